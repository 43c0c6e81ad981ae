"""Event detection and typing: trigger words -> PLOVER type and modes, ACLED sub-event type.

ACLED codes one event per actor pair, place and day with the highest type of its precedence list;
we do the same over the triggers of one sentence: the highest-ranked trigger decides, then the
context adjusts (a kidnapping with deaths is an Attack; fighting between armed groups is an Armed
clash; violence around a protest is coded under Protests or Riots).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..ontology import Lexicon, Trigger

_VIOLENT_EVENTS = ("ASSAULT",)
# Force or arrests by the authorities at a protest; not an arrest that is the protest's cause
# ("a sit-in against the arrest of party leaders", "demanding the release of detained colleagues").
_INTERVENTION = re.compile(r"\b(?:tear[\s\-]*gas\w*|(?:baton-)?charged\s+(?:at|into)|(?<=police\s)charged\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:protesters|demonstrators|marchers|crowds?|students)\b(?!\s+with\s+(?!(?:batons?|sticks|clubs|truncheons|horses|tear\s*gas)\b))|(?<!before\s)(?<!after\s)(?<!then\s)dispers(?:ed|ing|al|e)\b(?!\s+(?:peacefully|without|on\s+their\s+own|before\s+(?:police|security))|\s+(?:within\s+minutes|quickly)(?![^.;]{0,20}\bby\b))|"
                           # (pellets fired, not "the price of fertiliser pellets" or "a ban on lead birdshot")
                           r"water\s+cannons?|(?:rubber|rubber-coated|plastic)\s+bullets|pellet\s+guns?|"
                           r"(?:fired|shot|used)\s+(?:\w+\s+)?(?:pellets|birdshot|buckshot)|batons?|"
                           # ("Police blocked the march with barricades")
                           r"(?:blocked|stopped|halted)\s+(?:the\s+|their\s+)?(?:march|marchers|protesters|demonstrators|procession|rally|convoy\s+of\s+protesters)\b|"
                           r"(?<!against\sthe\s)(?<!over\sthe\s)(?<!release\sof\s)(?<!protest\sthe\s)(?<!avoid\s)(?<!evade\s)(?<!escape\s)(?<!fear\sof\s)"
                           r"(?<!risk\sof\s)(?:arrest(?!ed)\w*|detain(?!ed)\w*|"
                           # (not a detained person the protest is about: "the release of a detained producer")
                           r"(?<!\sa\s)(?<!of\sthe\s)(?<!their\s)(?<!his\s)(?<!her\s)(?<!its\s)(?:arrested|detained))|"
                           r"broke\s+up|(?:break|breaking)\s+up\s+(?=(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w\-]+\s+){0,2}?"
                           r"(?:protests?|sit-ins?|rall(?:y|ies)|march(?:es)?|demonstrations?|gatherings?|crowds?|vigils?|"
                           r"processions?|protesters|demonstrators)\b)|pepper\s+spray|stun\s+grenades?|beat(?:en|ing)?|lathi[- ]?charg\w*|"
                           r"controlled\s+the\s+situation|"
                           # ("fishermen blocking the highway were removed by municipal police")
                           # (not "a local official who was removed by the army in 2019")
                           r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)(?:were|was)\s+(?:forcibly\s+|later\s+)?(?:removed|evicted|cleared|expelled)\s+"
                           r"by\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:police|policemen|forces|soldiers|troops|army|gendarmes|officers|guards|agents)"
                           r"(?!\s+(?:in|on|last)\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|year|week|month))|"
                           r"(?:police|policemen|forces|soldiers|troops|army|gendarmes|officers|guards)\s+(?:\w+\s+){0,2}?"
                           r"pushed\s+(?:the\s+)?(?:protesters|demonstrators|crowds?|them)\s+(?:away|back))\b", re.IGNORECASE)
_FORCE = re.compile(r"\b(?:live\s+(?:ammunition|rounds|fire)|opened\s+fire|shot|killed|killing|dead|pellets|birdshot|buckshot|"
                    r"wounded|injured|wounding|injuring)\b", re.IGNORECASE)
# ("fired rubber bullets at demonstrators, seriously injuring a teenager": grave harm, whatever the means)
GRAVELY_HURT = re.compile(r"\b(?:seriously|critically|severely|gravely|badly)\s+(?:injur\w*|wound\w*|hurt)\b", re.IGNORECASE)
_PROTEST_VIOLENCE = re.compile(r"\b(?:clash\w*|threw|stones|rocks|"
                               # (not what a protest burns to make its point: "burnt copies of the
                               # constitution", "burned an effigy of the president")
                               r"burn\w*(?!\s+(?:(?:an?|the|copies\s+of\s+the|copies\s+of|pictures\s+of|\w+)\s+)?"
                               r"(?:effig\w+|flags?|copies|pictures?|photos?|photographs?|posters?|portraits?|images?|"
                               r"pamphlets?|books?|documents?|constitution|banners?|placards?|coffins?|candles?)\b)|torch(?!light|-lit|\s+(?:procession|march|rally))\w*|set\s+fire|ablaze|alight|vandal\w*|loot\w*|"
                               r"set\s+(?!(?:him|her|them)sel(?:f|ves)\b)(?:[\w\-]+\s+){1,4}?on\s+fire|stormed(?!\s+(?:out|off|away)\b)|"
                               r"barricad\w+|attack\w*|riot\w*(?!\s+(?:police\w*|squads?|gear|control|officers|units?))|violent|(?<!\bthieves\s)(?<!\bburglars\s)(?<!\brobbers\s)(?:broke|smashed|shattered)\s+(?:the\s+)?windows(?![^.;]{0,80}\b(?:separate|burglary|unrelated)\b))\b", re.IGNORECASE)
# What a protest is against is no violence of its own: "protesting against alleged attacks on
# party offices", "to condemn the burning of the Quran".
# Nor is what it praises or mourns: "in solidarity with Gaza and to praise the attack at the bridge".
_DECRYING = r"against|condemn\w*|denounc\w*|over|decry\w*"
# ("against settler attacks on their lands"; not "... with the miners and attacked": a new clause)
_FEW_WORDS_BEFORE = r"(?:(?!(?:and|then|before|after)\b)[\w\-’']+\s+){0,3}$"
_GRIEVANCE_BEFORE = re.compile(rf"\b(?:{_DECRYING}|demanding\s+an\s+end\s+to|(?<=to\s)protest|"
                               r"(?<=to\s)(?:praise|celebrate|hail|mark|commemorate|mourn|honou?r)|"
                               rf"in\s+(?:solidarity|support)\s+(?:with|of)|in\s+(?:honou?r|memory)\s+of)\s+{_FEW_WORDS_BEFORE}",
                               re.IGNORECASE)
# ... and attacks it answers ("a sit-in after repeated militant attacks"; not "after clashes broke out").
_CAUSE_BEFORE = re.compile(rf"\b(?:after|following|because\s+of|in\s+(?:response|reaction|retaliation)\s+(?:to|for))\s+"
                           rf"{_FEW_WORDS_BEFORE}", re.IGNORECASE)
# An arrest the crowd protests is no intervention: "against the exclusion of candidates and the
# arrest of opposition figures", "demanding the release of those detained".
_ARREST_PROTESTED = re.compile(rf"\b(?:{_DECRYING}|protest\w*|demand\w*|call\w*\s+for)\b"
                               r"[^.;]{0,80}?(?:\band\s+(?:the\s+)?|\brelease\s+of\s+(?:(?!(?:were|was|been|are|is|had|have)\b)\w+\s+){0,3}?)$",
                               re.IGNORECASE)


def _protest_violence(sentence: str) -> bool:
    """Violence the crowd did or met, not the violence it protests against."""
    return any(not _GRIEVANCE_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
               and not (re.fullmatch(r"attacks?", m.group(), re.IGNORECASE)
                        and _CAUSE_BEFORE.search(sentence, max(0, m.start() - 60), m.start()))
               and not (_FORCES_ON_BARRICADES.match(m.group()) and _FORCE_ON_THEM.search(sentence, 0, m.start()))
               # ("security forces attacked farmers protesting water shortages": force met, not done)
               and not (m.group().lower().startswith(("attack", "storm")) and _FORCES_JUST_BEFORE.search(sentence, max(0, m.start() - 60), m.start()))
               for m in _PROTEST_VIOLENCE.finditer(sentence))


# "branding him a police informer": whom a civilian was said to serve (also read by
# extraction.mentions: the police named so are no side)
INFORMER_AFTER = re.compile(r"\s+(?:informers?|informants?|spy|spies|collaborators?)\b", re.IGNORECASE)
_ARMED_VICTIMS = re.compile(r"\b(?:soldiers?|troops|police(?:men)?|officers?|militants?|fighters?|servicem[ae]n|"
                            r"servicewom[ae]n|service\s+members?|sappers?|paratroopers?|"
                            r"rebels?|insurgents?|militiamen|militia|army|forces|(?<!indigenous\s)guards?|personnel|"
                            r"military|gendarmes?|gendarmerie|combatants?|jihadists?|"
                            # (not "members of a peasant cooperative", a union or a family: civilians)
                            r"members\s+of(?!\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:[\w\-]+\s+){0,2}?"
                            r"(?:cooperatives?|co-ops?|unions?|famil(?:y|ies)|communit(?:y|ies)|congregations?|churches|parish|"
                            r"associations?|clubs?|choirs?|households?|tribes?|clans?|councils?|parliament|assembly)\b)|"
                            # Militias are armed: an attack on them is a battle (ACLED).
                            r"self-defen[cs]e\s+(?:group|militia|force|unit)s?|vigilantes?|VDPs?|CJTF|Koglweogo|dozos?|"
                            r"(?:army|military|police|gendarmerie|security)\s+(?:post|base|outpost|checkpoint|camp|barracks|position)s?|"
                            # forces named by their initials, and the places only the armed hold
                            r"(?-i:ANSF|ANDSF|ANA|ANP|FAMa|FARDC|SNA|SSPDF|SPLA|AMISOM|ATMIS|MINUSMA|MONUSCO|FDS)|"
                            r"(?:front-?line\s+)?positions|outposts?|garrisons?(?!\s+towns?)|patrols?)\b"
                            # (not whom a civilian was said to serve: "branding him a police informer")
                            r"(?!" + INFORMER_AFTER.pattern + ")",
                            re.IGNORECASE)
# An exchange of fire by its names (also read by extraction.mentions).
GUNFIGHT_WORDS = r"(?:gun\s?fight|fire\s?fight|shoot-?out|exchange\s+of\s+fire)"
_GUNFIGHT = re.compile(r"\b(?:killed|died|injured|wounded)\s+(?:[\w\-]+\s+){0,4}?in\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?"
                       rf"(?:{GUNFIGHT_WORDS}|encounter)\s+(?:with|between)\b", re.IGNORECASE)
_CIVILIAN_VICTIMS = re.compile(r"\b(?:civilians?|villagers?|residents?|women|children|farmers?|herders?|"
                               r"worshippers?|students?|passengers?|people|persons?|family|man|woman|"
                               r"boy|girl|journalists?|teachers?|traders?|mourners?|motorists?|refugees?|"
                               r"migrants?|prisoners?|detainees?|couple|youths?|locals|Palestinians|"
                               r"Rohingya|displaced|shepherds?|fishermen|miners?|workers?|driver|"
                               # (local administrators and councillors: civilians, as ACLED counts them)
                               r"(?:administrators?|council+ors?)(?!\s+(?:also\s+)?(?:said|say|says|told|reported|claimed)\b))\b",
                               re.IGNORECASE)
# The victims as the verb's object: the kin of the armed ("the wife of a police officer") and
# security personnel off duty or retired, whom ACLED counts as civilians.
_CIVILIAN_OBJECT = re.compile(r"^\W*(?:[\w\-]+\s+){0,2}?(?:the|a|an|his|her|their|two|three|four|five|\d+)\s+(?:[\w\-]+\s+)?"
                              r"(?:(?:wife|wives|husband|sons?|daughters?|child|children|brothers?|sisters?|relatives?|"
                              r"mother|father|parents|widows?|nephews?|nieces?|family)\s+(?:members?\s+)?of\b|"
                              r"(?:off-duty|retired|former|ex-))", re.IGNORECASE)
# A crowd of ordinary people as the attackers: ACLED's Mob violence.
_CROWD = re.compile(r"\b(?:mobs?|crowds?|group\s+of\s+(?:\w+\s+){0,2}(?:men|people|youths?|villagers|locals|residents|neighbou?rs)"
                    # (not men who came armed: "A group of men armed with sticks attacked a land rights activist")
                    r"(?!\s+(?:armed|carrying|wielding)\b)|"
                    # (not gunmen on motorbikes: "Unidentified motorcyclists opened fire on a policeman")
                    r"villagers|residents|locals|youths|(?<!unidentified\s)(?<!unknown\s)(?<!armed\s)(?<!masked\s)"
                    r"(?:riders|drivers|motorcyclists)(?!\s+(?:opened\s+fire|shot|fired|gunned|sprayed|armed|carrying|wielding)\b)|vigilantes?|angry\s+\w+|dispute|community\s+members|"
                    r"members\s+of\s+the\s+(?:local\s+)?(?:community|public))\b", re.IGNORECASE)
# ... not one a vehicle or fire went into ("a truck was driven into a crowd", "fired on a crowd")
# ("steered his car into a group of people": the victims, whatever crowd word names them)
_CROWD_RUN_INTO = re.compile(r"\b(?:into|through|on|at)\s+(?:a|the)\s+(?:\w+\s+)?(?:crowds?|mob|group\s+of\s+(?:\w+\s+){0,2}"
                             r"(?:people|men|pedestrians|youths?|villagers|locals|residents|worshippers|shoppers))\b", re.IGNORECASE)
_LIVE_FIRE = re.compile(r"\b(?:open(?:ed|ing)\s+fire\s+(?:on|at)|fired\s+(?:live\s+\w+\s+|pellets\s+|birdshot\s+|buckshot\s+)?(?:on|at|into))\s+(?:the\s+)?"
                        r"(?:\w+\s+)?(?:protesters|demonstrators|crowds?|marchers|protestors|[a-z]+\s+(?:protesting|demonstrating)|"
                        # ("opened fire on miners blocking a road in protest")
                        r"[a-z]+\s+blocking\s+(?:a|the)\s+(?:\w+\s+)?(?:road|highway|street|bridge|route)s?)|"
                        r"\blive\s+(?:ammunition|bullets|rounds|fire)\b",
                        re.IGNORECASE)
# The triggers that tell a toll (who died or was hurt), not how.
_TOLL_TRIGGERS = ("kill", "injure", "injure_limb", "died")
_FIGHTING = re.compile(r"\b(?:clash\w*|fight\w*|attack\w*|battle\w*|kill\w*|shell\w*|assault\w*|offensive|overr[au]n\w*|storm\w*|"
                       r"firefights?|gun\s?fights?|shoot-?outs?|gunfire|confrontations?|ambush\w*|exchange\s+of\s+fire|driv(?:ing|en|e)\s+out|drove\s+out|expell?(?:ed|ing)|"
                       r"broke\s+through|breach(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:lines|defen[cs]es))\b", re.IGNORECASE)


# Illness that kills with nobody doing the killing.
_ILLNESS = r"disease|virus|outbreak|epidemic|pandemic|influenza|cholera|measles|malaria|covid|coronavirus|illness|cancer"
_NOT_VIOLENCE = re.compile(
    rf"\b(?:{_ILLNESS}|viral|flu|infect\w*|cases|"
    r"accident\w*|crash\w*|collision|drown\w*|flood\w*|"
    r"boiling|scald\w*|overturn\w*|"
    r"earthquake|landslide|(?:a|the|tropical|winter|snow|severe|heavy|dust|sand|rain|ice|thunder)\s*storms?|storms|"
    r"(?-i:Storm\s+[A-Z][a-z]+)|rains|rainfall|downpours?|"
    r"hurricane|cyclone|heat ?wave|overdose|birds|cattle|animals|fish|"
    r"livestock|poison\w*|natural causes|old age|hospitali[sz]ed(?!\s+(?:with|for)\s+(?:\w+\s+)?(?:shrapnel|gunshot|bullet|stab|blast|burns|injuries|wounds|fractures)\b)|blaze|cows?|dogs?|"
    r"hypotherm\w*|frostbite|froze\s+to\s+death|freezing\s+to\s+death|dehydrat\w*|heat\s?stroke|heart\s+attack|"
    # A fire that burns, not the fire of guns ("killed by Israeli fire", "in cross-border fire").
    r"(?:a|the|house|building|forest|bush|wild|factory|market|warehouse|apartment|camp|shelter|tent|hostel|slum)\s+fires?|fires?\s+(?:broke|breaks|swept|sweeps|raged|rages|"
    r"ravaged|engulfed|gutted|destroyed)|caught\s+fire|"
    r"complications|wildfire|electrocut\w*|avalanche|bacteri\w*|e\.\s*coli|salmonella|listeria|germs?|"
    r"mutation|strain|pathogens?|highways?|traffic|motorists?|pedestrians?|junction|intersection|"
    r"tree\s+fell|fell\s+on|pigs?|poultry|chickens?|\w*dogs?|pupp(?:y|ies)|pets?|cats?|horses?|goats?|sheep|"
    # Habits are no events: "two people are killed every year at that junction".
    r"(?:every|each|per)\s+year|annually|a\s+year(?!\s+ago))\b", re.IGNORECASE)
# (an incident report's deaths belong to the incident whatever caused them, except a disease:
# "admitted to a clinic, one of them died of cholera")
_DISEASE = re.compile(rf"\b(?:{_ILLNESS}|natural\s+causes|old\s+age)\b", re.IGNORECASE)
# The nouns for whoever does the violence, when the report has no name for them.
_ATTACKER_NOUNS = (r"gunm[ae]n|assailants?|attackers?|militants?|insurgents?|rebels?(?!\s+(?:candidates?|factions?\s+of\s+the|MPs?|"
                   r"lawmakers?|councillors?|members\s+of\s+the\s+party))|fighters|bandits|terrorists?")
_ATTACKERS = re.compile(rf"\b(?:{_ATTACKER_NOUNS})\b", re.IGNORECASE)
# "Israeli settlers threw stones at Palestinian vehicles": an attack on civilians (ACLED), not a riot
# (not stones thrown at settlers, at each other, or at soldiers and police).
_SETTLERS = re.compile(r"\bsettlers\b(?![’']s?)", re.IGNORECASE)
_AT_FORCES = re.compile(r"\s+at\s+(?:[\w\-]+\s+){0,2}?(?:each\s+other|police\w*|soldiers|troops|forces|officers|settlers|army)\b",
                        re.IGNORECASE)


def _settlers_stoning(hits: Sequence[TriggerHit], sentence: str, offset: int) -> bool:
    riots = [h for h in hits if h.trigger.name == "riot"]
    first = min(h.start - offset for h in riots)
    return any(m.start() < first for m in _SETTLERS.finditer(sentence)) \
        and not any(_AT_FORCES.match(sentence, h.end - offset) for h in riots)
# Those who, named without a weapon, have in most reports used guns.
_GUNMEN = re.compile(r"\b(?:gunmen|assailants|attackers|militants)\b", re.IGNORECASE)
_PERPETRATORS = re.compile(
    rf"\b(?:{_ATTACKER_NOUNS}|killers?|murder\w*|shot|stabbed|bomb\w*|attack\w*|raid\w*|rustlers|"
    # (a deliberate killing has a doer: "Five farmers beheaded near Jakana on Maiduguri-Damaturu highway")
    rf"behead\w*|lynch\w*|hacked)\b", re.IGNORECASE)


@dataclass(frozen=True)
class TriggerHit:
    start: int
    end: int
    trigger: Trigger

    @property
    def event(self) -> str:
        return self.trigger.event


@dataclass(frozen=True)
class Typing:
    event: str
    modes: tuple[str, ...]
    acled_sub_event_type: str | None
    main: TriggerHit
    strong: bool
    fallback_modes: tuple[str, ...] = ()  # how it was likely done, when no report says


# "in connection with the attack", "responsible for the bombing": a noun that points back at an
# event already told is not a new event.
_BACK_REFERENCE = re.compile(r"\b(?:with|for|in|after|of|over|behind|about|since|following|attributed|claimed|condemned|"
                             r"blamed|denied|investigat\w+|said|says|called|describ\w+|termed|denounc\w+|mourn\w*|victims\s+of)\s+"
                             r"(?:the|this|that|these|those|its|their)\s+"
                             r"(?:(?:latest|recent|deadly|same|earlier|previous|twin|two|double|suicide)\s+)?$", re.IGNORECASE)
# What the police make of an act told before: "Police suspect a politically motivated attack".
_SUSPECTED_KIND = re.compile(r"\bsuspect(?:s|ed)?\s+an?\s+(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)
# Attacks ordered or urged, not yet made: "ordered fighters to carry out attacks across the province".
_ORDERED_TO = re.compile(r"\b(?:order(?:ed|s|ing)?|urg(?:ed|es|ing)|instruct(?:ed|s|ing)?|call(?:ed|s|ing)?\s+on|"
                         r"direct(?:ed|s|ing)?|encourag(?:ed|es|ing))\s+(?:[\w\-]+\s+){0,3}?to\s+(?:carry\s+out|launch|conduct|"
                         r"step\s+up|intensify|stage|mount)\s+(?:more\s+|new\s+|further\s+)?$", re.IGNORECASE)
_FREED_WHOM = re.compile(r"\b(?:released|freed)\b[^.;]{0,80}?\b(?:it|they|he|she|who|that)\s+had\s+(?:earlier\s+|previously\s+)?$",
                         re.IGNORECASE)
_PLOT_TO = re.compile(r"\bplots?\s+to\s+$", re.IGNORECASE)
_MOTIVE_TO = re.compile(r"\b(?:wanted|wants|wished|wishes|intended|intends|meant)\s+to\s+$", re.IGNORECASE)
_AFTER_A_PLOT = re.compile(r"\b(?:after|over|following|for|in\s+connection\s+with)\s+(?:an?|the)\s+$", re.IGNORECASE)
# What a trigger word is the cause, the object or the terms of, not an event told: "reduced patrols
# ... due to the ongoing exchanges of fire", "announced a halt to attacks", "the father of a
# protester killed in 2022", "disarmed under the ceasefire agreement".
_DUE_TO = re.compile(r"\b(?:due\s+to|because\s+of|owing\s+to)\s+(?:the\s+)?(?:ongoing|continued|continuing|recent|repeated|"
                     r"persistent|frequent)\s+$", re.IGNORECASE)
_HALT_TO = re.compile(r"\b(?:halt|end|stop|suspension|pause|moratorium|cessation)\s+(?:to|of|on)\s+(?:all\s+)?(?:the\s+)?"
                      r"(?:its\s+|their\s+)?(?:military\s+|armed\s+)?$", re.IGNORECASE)
_WHOSE_BEFORE = re.compile(r"\b(?:of|for)\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[\w\-]+\s+){0,2}?$", re.IGNORECASE)
_IN_AN_EARLIER_YEAR = re.compile(r"\s+(?:in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
                                 r"November|December)\s+)?(?:19|20)\d\d|last\s+year)\b", re.IGNORECASE)
_UNDER_A_DEAL = re.compile(r"\b(?:under|in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to)\s+(?:the|an?|its|their)\s+"
                           r"(?:[\w\-]+\s+){0,3}?$", re.IGNORECASE)
_REFERENCE_NOUNS = ("attack", "ied", "shelling", "airstrike", "suicide", "kill")
# A sentence about the event told before: "The attack took place ...", "This bombing was the third ...".
_TOLD_SUBJECT = re.compile(r"^\W*(?:The|This|That)\s+(?:(?:latest|recent|deadly|same|twin|suicide|grenade|bomb)\s+)?$")
_SAID_OF_IT = re.compile(r"\s+(?:took\s+place|happened|occurred|came|was\s+carried\s+out|was\s+the|is\s+the|"
                         r"follows|followed|was\s+claimed|has\s+been\s+claimed|(?:was|has\s+been|is)\s+attributed|"
                         r"was\s+blamed)\b")


# Protests named as the background of another act, not as the event.
_PROTEST_REFERENCE = re.compile(r"\b(?:(?:a\s+\w+|days?|weeks?|hours?)\s+after|following|ahead\s+of|supporting|"
                                # ("arrested ... for holding a campaign rally", "signed an agreement ...
                                # after five days of protests")
                                r"for\s+(?:holding|staging|organi[sz]ing|leading|attending|joining|planning|plotting|preparing)|"
                                r"after\s+(?:\w+\s+){0,2}?(?:days|weeks|months)\s+of|"
                                r"in\s+support\s+of|(?:for|of|had|who)\s+(?:\w+\s+)?organi[sz]\w*|(?:leader|organi[sz]er)s?\s+of|"
                                r"call(?:ing|ed|s)?\s+off|cancel(?:l?ed|l?ing|s)|postpon\w+|role\s+in|involvement\s+in|participat\w+\s+in|(?:took|(?:had|has|have)\s+taken)\s+part\s+in|for\s+(?:taking|having\s+taken)\s+part\s+in|joining|"
                                r"(?:who|that)\s+(?:had|has|have)\s+(?:joined|attended|covered|reported\s+on|filmed|documented)|"
                                r"(?:who|that)\s+(?:joined|attended|covered|reported\s+on|filmed|documented)(?=\s+(?:last|earlier|previous|recent|"
                                r"the\s+previous|the\s+recent|\w+['’]s)\b)|incit\w+)\s+"
                                r"(?:the\s+|a\s+|an\s+)?(?:[\w\-'’]+\s+){0,4}$", re.IGNORECASE)

# A person named by the protests they lead ("arrested a prominent protest organiser"): who, not
# a protest.
_PROTEST_PERSON = re.compile(r"protests?\s+(?:organi[sz]ers?|leaders?|figures?)\b", re.IGNORECASE)


# What a ban forbids: "announced a ban on all public gatherings and night vigils".
# (not "broke up a banned rally": the rally, banned, was held)
_BANNED = re.compile(r"\b(?:ban(?:s|ning)?|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)banned|prohibit\w*|outlaw\w*)\s+(?:on\s+)?(?:all\s+)?"
                     r"(?:(?!(?:after|following|amid|over|since|despite)\b)[\w\-]+\s+){0,6}?$", re.IGNORECASE)


# A protest a deal ended: "reached a 5-point agreement on pending payments, ending their sit-in".
_ENDED_BY_DEAL = re.compile(r"\b(?:agreement|agreed|deal|accord)\b[^.;]{0,120}\b(?:ending|ended|to\s+end|calling\s+off|"
                            r"called\s+off|suspending|suspended)\s+(?:the\s+|their\s+|a\s+|its\s+)?(?:[\w\-'’]+\s+){0,3}?$",
                            re.IGNORECASE)


# A protest someone called for ("arrested ... for calling online for protests", "who called on
# residents for a protest"), not one called for peace at a march.
_CALLED_FOR = re.compile(r"\bcall(?:ing|ed|s)?\s+(?:\w+\s+){0,2}?for\s+(?:the\s+|a\s+|an\s+)?"
                         r"(?:(?!(?:at|during|in|on|after|before|outside|near|with|to|while|by)\b)[\w\-'’]+\s+){0,4}$",
                         re.IGNORECASE)


_ACCIDENT = re.compile(r"\b(?:accident\w*|brakes?\s+failed|brake\s+failure|lost\s+control|swerv\w+|skidd\w+|"
                       r"overturn\w*|drunk|intoxicated|crash(?:ed)?\s+into\s+(?:a|another|the)\s+(?:car|truck|vehicle|bus|tree|wall))\b",
                       re.IGNORECASE)
# "A gas cylinder exploded in a restaurant": an accident, unless a word for an attack is near.
_ACCIDENTAL_BLAST = re.compile(r"\b(?:(?<!tear\s)gas\s+(?:cylinders?|canisters?|tanks?|leaks?|explosions?)|cooking\s+gas|"
                               r"fuel\s+(?:tank|tanker|depot)s?\s+(?:exploded|caught\s+fire|blew\s+up)|boilers?|transformers?|"
                               r"short[\s\-]circuit|(?:electrical|industrial)\s+(?:fault|accident)|accidental(?:ly)?|"
                               r"fireworks?\s+(?:factory|warehouse|store))\b", re.IGNORECASE)
_BOMB_WORD = re.compile(r"\b(?:bombs?|IEDs?|explosive\s+devices?|grenades?|suicide|attack\w*|militants?|rockets?|"
                        r"missiles?|shell(?:s|ing)|mortars?|sabotage\w*|planted|detonated|gunm[ae]n|assailants?|"
                        r"attackers?|insurgents?|rebels?|shot|shooting|gunfire|bullets?|stabb\w+|drones?|strikes?|"
                        # ("a gas canister filled with nails and bolts exploded": a bomb)
                        r"(?:filled|packed|laden|stuffed|loaded)\s+with\s+(?:\w+\s+)?(?:nails|bolts|ball\s+bearings|shrapnel|"
                        r"screws|metal\s+pieces|explosives?)|homemade|home-made|improvised)\b", re.IGNORECASE)
# ("two soldiers allegedly raped a girl" is the act, told with the source's caution; "a man who
# allegedly raped a girl" is why he was arrested)
_ALLEGED = re.compile(r"\b(?:alleged|(?:who|that|whom|for|after)\s+(?:had\s+)?allegedly|reports?\s+of|accus\w+\s+of|"
                      r"over\s+the|against\s+the|condemn\w*\s+the|"
                      r"charged\s+with|convicted\s+of|sentenced\s+for|trial\s+for)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


_CHARGE = re.compile(r"\b(?:charges?\s+of|charged\s+with|accused\s+of|suspicion\s+of|calling\s+for|call\s+for|"
                     r"incit(?:ing|ement\s+(?:of|to))|organi[sz](?:ing|ation\s+of)|plotting|planning)\s+(?:\w+\s+){0,3}$",
                     re.IGNORECASE)


# Who told it, after the deed ("..., according to the police", "..., police said."): no victims.
_TOLD_AFTER = re.compile(r",\s+(?:according\s+to\s+(?:the\s+)?[^,.;]{1,40}|(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:police|army|military|"
                         r"officials?|authorities|spokes(?:man|woman|person))(?:\s+(?:command|headquarters|spokes(?:man|woman|person)))?"
                         r"\s+(?:also\s+)?(?:said|says|reported|stated|told\s+[^,.;]{1,30})"
                         r"(?:\s+[^,.;]{0,25})?)\s*(?=[.;]|$)", re.IGNORECASE)
# (a charge the attackers made names no armed victim: "accused the victims of collaborating with the VDP")
_CHARGE_PHRASE = re.compile(r"\baccus(?:ed|ing)\s+(?:[\w\-]+\s+){0,2}?of\s+[^,.;]*", re.IGNORECASE)
# A group named in a charge ("on charges of 'membership of a terrorist organisation'") is no side
# of the event.
CHARGED_WITH = re.compile(r"\b(?:charges?\s+of|charged\s+with|accus(?:ed|ing)\s+(?:[\w\-]+\s+){0,2}?of|suspicion\s+of|"
                          r"membership\s+(?:of|in))\s+['\"‘“]?(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)


def _ends_with(pattern: re.Pattern[str], sentence: str, end: int, reach: int = 300) -> bool:
    """Whether ``pattern`` (anchored with ``$``) matches just before ``end``; only the last
    ``reach`` characters are searched, so long sentences stay linear."""
    return pattern.search(sentence, max(0, end - reach), max(0, end)) is not None


# Bodies found of people taken or killed on purpose: "Bodies of three missing musicians found".
_FOUL_PLAY = re.compile(r"\b(?:missing|kidnapped|abducted|abductees?|hostages?|bullet-riddled|riddled\s+with\s+bullets|"
                        r"mutilated|beheaded|decapitated|dismembered|tortured|bound|blindfolded|gunshot\s+wounds?|"
                        r"shot\s+in\s+the\s+head|hands\s+tied|executed)\b", re.IGNORECASE)
# ... not of people lost at sea or under rubble ("Bodies of 12 missing migrants found after boat capsized").
_MISHAP = re.compile(r"\b(?:capsiz\w*|sank|sunk|shipwreck\w*|boat|migrants|avalanche|collaps\w*)\b", re.IGNORECASE)


# One side's word that it took a place, which the other side denies, decides nothing.
_CLAIMED_TO_HAVE = re.compile(r"\b(?:claim(?:ed|s)?|said|says)\s+(?:that\s+)?(?:it|they|its\s+fighters|their\s+fighters)?\s*"
                              r"(?:to\s+have|had|has|have)\s+$", re.IGNORECASE)
# (the other side's denial, not the claimant's of something else: "said it had recaptured Anefis
# and denied reports of civilian casualties")
_CLAIM_DENIED = re.compile(r"[^.;]{0,80}?(?:,\s*(?:which|a\s+claim)|\bbut\s+(?!(?:also\s+)?(?:denied|denies|rejected))|\bwhich\b)"
                           r"[^.;]{0,60}?\b(?:denied|denies|rejected|dismissed|disputed)\b|"
                           # ("claimed to have overrun part of the base; Jubaland officials said they repelled the attack")
                           r"[^.]{0,120}?\b(?:said|says|stated|claimed)\s+(?:that\s+)?(?:they|it|its\s+(?:forces|troops))\s+(?:had\s+)?"
                           r"(?:repell?ed|repulsed|beat\s+back|fought\s+off)\b", re.IGNORECASE)
_ATTEMPTED = re.compile(r"\b(?:attempt(?:ed|ing|s)?|tried|trying|tries|sought|seeking|failed|bid)\s+to\s+$", re.IGNORECASE)


_GEAR = re.compile(r"(?:vest|belt)s?$", re.IGNORECASE)
_WORN = re.compile(r"\b(?:detonat\w*|explo(?:ded|sions?|sive\s+blast)|blasts?|blew|wearing|wore|strapped|bomber)\b", re.IGNORECASE)
# "... were seized", "... had been recovered": arms taken, told in the passive.
_TAKEN_PASSIVE = re.compile(r"\b(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?:seized|recovered|confiscated|impounded)\b",
                            re.IGNORECASE)
_SEIZED_AFTER = re.compile(r"[^.;]{0,60}?" + _TAKEN_PASSIVE.pattern, re.IGNORECASE)
_THREATENED_TO = re.compile(r"\bthreat(?:s|ened|ening)?\s+(?:by\s+[^,.;]{1,50}?\s+)?to\s+(?:\w+\s+)?$", re.IGNORECASE)
_PLOTTED = re.compile(r"\b(?:plann\w*|plott\w*|prepar\w*|conspir\w*|intend\w*|intent\s+to)\s+(?:to\s+(?:carry\s+out|stage|launch|commit|"
                      r"conduct|attack|bomb)\s+)?(?:an?\s+|the\s+|several\s+)?(?:[\w\-]+\s+){0,2}?$", re.IGNORECASE)
_ARRESTED = re.compile(r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|apprehended|captured|dismantled)\b", re.IGNORECASE)
# "began mobilising ... in preparation for a revenge raid": the raid is to come.
_PREPARED_FOR = re.compile(r"\bin\s+preparation\s+for\s+(?:an?\s+|the\s+|further\s+)?(?:[\w\-]+\s+){0,2}?$", re.IGNORECASE)
_COMBAT_WORD = re.compile(r"(?<!wanted\sfor\s)(?<!accused\sof\s)(?<!charged\swith\s)(?<!suspected\sof\s)"
                          r"\b(?:killing|killed|attack(?:ed|ing)|clash\w*|ambush\w*|fighting|fought|exchange\s+of\s+fire)\b",
                          re.IGNORECASE)

_CIVIL_DEAL = re.compile(r"\s+(?:the\s+|their\s+|a\s+|its\s+|all\s+)?(?:(?!(?:air|drone|missile|military|aerial|artillery|rocket)\b)[\w\-]+\s+){0,3}?"
                         # (not "strikes on each other's villages": attacks)
                         r"(?:strikes?(?!\s+(?:on|against|targeting)\b)|sit-ins?|boycotts?|flights?|trade|"
                         r"imports?|exports?|classes|lectures|tariffs?|fares?|prices?)\b", re.IGNORECASE)
_LEFT_OVER = re.compile(r"\b(?:left\s*over|leftover|remnants?)\s+(?:from|of)\s+(?:the\s+)?(?:previous|past|earlier|former|old)\s+"
                        r"(?:[\w\-]+\s+)?$", re.IGNORECASE)
_EXECUTED_ORDER = re.compile(r"executed\s+(?:a|an|the|two|several)\s+(?:\w+\s+)?(?:warrants?|orders?|plans?|operations?|raids?|search)\b",
                             re.IGNORECASE)
_CHARGED_WITH = re.compile(r"\b(?:warrants?\s+(?:of\s+arrest\s+)?|charges?\s+|charged\s+|accused\s+|convicted\s+|wanted\s+|"
                           r"suspected\s+|sentenced\s+)(?:\w+\s+){0,2}?(?:for|of|with)\s+(?:attempted\s+|multiple\s+|double\s+)?$",
                           re.IGNORECASE)
_SEIZED_BEFORE = re.compile(r"\b(?:recover\w*|seiz\w*|confiscat\w*|found|discover\w*|impound\w*|cache\s+of|"
                            r"arrested\s+(?:\w+\s+){0,4}?(?:with|carrying))\b(?:(?!\b(?:detonat|explod|blew|trigger)\w*)[^.;])*$",
                            re.IGNORECASE)


# A post of the armed, whose arms attackers carry off ("attacked a police station and seized weapons").
_ARMED_POST = re.compile(r"\b(?:police\s+stations?|(?:military|army|police|security|gendarmerie)\s+(?:posts?|bases?|camps?|"
                         r"outposts?|checkpoints?|barracks|stations?)|barracks|armou?ry|outposts?|checkpoints?|garrisons?)\b",
                         re.IGNORECASE)


# Who may order a curfew besides the armed: "the mayor of Butembo imposed a night curfew".
_AUTHORITY = re.compile(r"\b(?:mayor|governor|prefect|sub-prefect|district\s+commissioner|authorities|administrator|"
                        r"(?:interior|security|defen[cs]e|home)\s+minist(?:er|ry)|minister\s+of\s+(?:the\s+)?(?:interior|security|defen[cs]e)|"
                        r"(?:regional|district|municipal|provincial|county)\s+security\s+(?:council|committee)|"
                        r"municipal\s+council|state\s+government|local\s+government|district\s+administration(?:\s+office)?|"
                        r"district\s+magistrate|chief\s+district\s+officer|deputy\s+commissioner|collector|"
                        r"(?:national\s+)?(?:anti-?terrorism|counter-?terrorism)\s+committee)\b", re.IGNORECASE)

_WITHOUT = re.compile(r"\b(?:without|no)\s+(?:any\s+)?$", re.IGNORECASE)


def find_triggers(lexicon: Lexicon, text: str, offset: int = 0) -> list[TriggerHit]:
    """Trigger words in a sentence, longest first where two overlap."""
    found: list[TriggerHit] = []
    for trigger in lexicon.candidates(text):
        for m in trigger.regex.finditer(text):
            if trigger.name in _REFERENCE_NOUNS and m.group()[:1].islower() and m.group().endswith(
                    ("attack", "attacks", "bombing", "blast", "explosion", "incident", "killing", "assault", "massacre")) \
                    and (_BACK_REFERENCE.search(text[max(0, m.start() - 60):m.start()])
                         or _SUSPECTED_KIND.search(text[max(0, m.start() - 60):m.start()])
                         or _ORDERED_TO.search(text[max(0, m.start() - 80):m.start()])):
                continue
            if trigger.name in _REFERENCE_NOUNS and _TOLD_SUBJECT.match(text[:m.start()]) \
                    and _SAID_OF_IT.match(text, m.end()):
                continue  # "The attack took place in the run-up to the 20 May elections": the one told before
            if trigger.name == "protest" and (_PROTEST_REFERENCE.search(text[max(0, m.start() - 40):m.start()])
                                              or _CALLED_FOR.search(text[max(0, m.start() - 50):m.start()])
                                              or _PROTEST_PERSON.match(text, m.start())
                                              or _BANNED.search(text[max(0, m.start() - 70):m.start()])
                                              or _ENDED_BY_DEAL.search(text[max(0, m.start() - 200):m.start()])):
                continue  # "detained a leader a day after protests", "songs supporting the protests"
            if trigger.name == "disrupted" and re.match(r"foil|thwart", m.group(), re.IGNORECASE) \
                    and _AFTER_A_PLOT.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "arrested 7 suspects after a foiled plot to bomb a church": why they were arrested
            if _PLOT_TO.search(text, max(0, m.start() - 12), m.start()):
                continue  # ("... a plot to bomb a church": what was planned, not done)
            if trigger.event == "ASSAULT" and _MOTIVE_TO.search(text, max(0, m.start() - 20), m.start()):
                continue  # ("told police he wanted to kill infidels": a motive, no deed)
            if trigger.name == "abduct" and _FREED_WHOM.search(text[max(0, m.start() - 100):m.start()]):
                continue  # "released two soldiers it had kidnapped": the release is the news
            if trigger.name == "ramming" and _ACCIDENT.search(text):
                continue  # "a bus slammed into pedestrians after its brakes failed"
            if trigger.name in ("ied", *_TOLL_TRIGGERS) and _ACCIDENTAL_BLAST.search(text) \
                    and not _BOMB_WORD.search(text):
                continue  # "a gas cylinder exploded in a restaurant, injuring three": an accident, no attack
            if trigger.name == "sexual" and _ALLEGED.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "protesting over the alleged rape of a girl": the cause, not the act
            if trigger.name == "riot" and _CHARGE.search(text, max(0, m.start() - 60), m.start()):
                continue  # "detained three activists on charges of calling for mass riots"
            if trigger.name == "suicide" and _GEAR.search(m.group()) and not _WORN.search(text) \
                    and _SEIZED_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                continue  # "arrested three men and recovered explosives and 2 suicide vests": seized, not worn
            if trigger.name in ("grenade", "gun_noun", "heavy_weapon_noun") and not _WORN.search(text) \
                    and (_SEIZED_BEFORE.search(text, max(0, m.start() - 80), m.start()) or _SEIZED_AFTER.match(text, m.end())):
                continue  # "A pistol and a hand grenade were seized from him": arms taken, none used
            if trigger.event == "ASSAULT" and _THREATENED_TO.search(text, max(0, m.start() - 80), m.start()):
                continue  # "fled ... following threats by Mai-Mai militiamen to attack the town": not yet
            if trigger.event == "ASSAULT" and _PLOTTED.search(text, max(0, m.start() - 60), m.start()) \
                    and _ARRESTED.search(text, 0, m.start()):
                continue  # "arrested a supporter ... who was allegedly planning an attack": the arrest
            if trigger.name == "disrupted" and _TAKEN_PASSIVE.search(m.group()) and _COMBAT_WORD.search(text):
                continue  # "the army attacked a rebel camp ... several guns were recovered": spoils of a fight
            if trigger.name == "agree" and _CIVIL_DEAL.match(text, m.end()):
                continue  # "the government and the union agreed to end the strike": no conflict's deal
            if trigger.name == "agree" and (under := _UNDER_A_DEAL.search(text, max(0, m.start() - 60), m.start())) \
                    and text[:under.start()].strip(" ,;:"):
                # "disarmed under the ceasefire agreement": the deal in force, not a new one (not
                # "Under the truce, the army will release ...": its terms told)
                continue
            if _LEFT_OVER.search(text, max(0, m.start() - 50), m.start()) \
                    or (trigger.event == "ASSAULT" and _PREPARED_FOR.search(text, max(0, m.start() - 50), m.start())):
                continue  # "cleared ordnance left over from previous battles": the old fighting named
            if trigger.name == "kill" and (_CHARGED_WITH.search(text, max(0, m.start() - 50), m.start())
                                           or _EXECUTED_ORDER.match(text, m.start())):
                continue  # "arrested ... by virtue of a warrant of arrest for murder": the charge
            if trigger.name in ("clash", "fighting", "shelling") and _DUE_TO.search(text, max(0, m.start() - 50), m.start()):
                continue  # "reduced patrols ... due to the ongoing exchanges of fire": why, not what happened
            if trigger.name == "abduct" and m.group().lower().startswith("held") \
                    and _STATE_SUBJECT.search(text, max(0, m.start() - 60), m.start()):
                continue  # "Police raided the church and held 30 worshippers for hours": a detention
            if trigger.event == "ASSAULT" and _HALT_TO.search(text, max(0, m.start() - 50), m.start()):
                continue  # "announced a halt to attacks", "called for an end to the attacks": none made
            if trigger.name == "kill" and _WHOSE_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                    and _IN_AN_EARLIER_YEAR.match(text, m.end()):
                continue  # "arrested the father of a protester killed in 2022": who he is, not an event
            used = trigger
            if trigger.name in ("overtakes", "gov_regains") and (
                    _ATTEMPTED.search(text, max(0, m.start() - 30), m.start())
                    or (_CLAIMED_TO_HAVE.search(text, max(0, m.start() - 40), m.start())
                        and _CLAIM_DENIED.match(text, m.end()))):
                # "militants who had attempted to overrun a base", "NAS claimed to have overrun a
                # base, a claim the army denied": an attack, no territory changed hands
                used = next((t for t in lexicon.triggers if t.name == "attack"), trigger)
            found.append(TriggerHit(m.start() + offset, m.end() + offset, used))
    found.sort(key=lambda h: (h.start, -(h.end - h.start), -h.trigger.rank))
    kept: list[TriggerHit] = []
    for hit in found:
        if any(k.start <= hit.start and hit.end <= k.end for k in kept):
            continue
        kept.append(hit)
    if any(h.trigger.name in ("transfer", "overtakes", "gov_regains") for h in kept):
        # "handed over positions ... to the STC without clashes": the handover, without a fight
        kept = [h for h in kept if not (h.trigger.name in ("clash", "fighting")
                                        and _WITHOUT.search(text, max(0, h.start - offset - 20), h.start - offset))]
        if any(h.trigger.name in ("clash", "fighting")
               and _FIGHT_BEFORE_TAKING.search(text, max(0, h.start - offset - 30), h.start - offset) for h in kept):
            # "took over Kafr Naha after Third Front fighters withdrew following clashes": taken
            # in a fight, not handed over.
            overtakes = next(t for t in lexicon.triggers if t.name == "overtakes")
            kept = [TriggerHit(h.start, h.end, overtakes) if h.trigger.name == "transfer" else h for h in kept]
    return kept


def _modes(hits: Sequence[TriggerHit], event: str) -> tuple[str, ...]:
    modes: list[str] = []
    for hit in sorted(hits, key=lambda h: -h.trigger.rank):
        if hit.event == event:
            modes.extend(m for m in hit.trigger.modes if m not in modes)
    return tuple(modes)


_FIRED = frozenset({"shelling", "airstrike", "drone"})  # strikes by projectiles, some of which may be stopped
_STRIKES = frozenset({"drone", "airstrike", "shelling", "heavy_weapon_noun", "ied", "grenade", "shoot"})


_OVERFLYING = re.compile(r"(?:war|fighter|military)\s?(?:planes?|jets?|aircraft)|(?:drones?|UAVs?)(?:\s+launched)?|"
                         r"(?:military\s+)?helicopters?|gunships?|(?:air\s+force\s+)?(?:jets?|planes?)", re.IGNORECASE)


def _names_gunmen(h: TriggerHit, sentence: str, offset: int) -> bool:
    """Whether a shooting word is only the noun for the doers ("gunmen"), no shot told."""
    return h.trigger.name == "shoot" and _GUNMEN_NOUN.fullmatch(sentence, h.start - offset, h.end - offset) is not None


def _only(pool: Sequence[TriggerHit], names: tuple[str, ...], sentence: str, offset: int) -> bool:
    """Whether every strong word of ``pool`` is one of ``names`` or only names the doers ("gunmen")."""
    return all(h.trigger.name in names or _names_gunmen(h, sentence, offset) for h in pool if h.trigger.strong)


def _taken_without_arms(h: TriggerHit, sentence: str, offset: int, has_armed_actor: bool, has_state_actor: bool) -> bool:
    """A territory word that needs a holder the clause lacks: "a mining company took control of
    several gold sites" (sites change hands by arms only), "farmers cleared the bandits from their
    farms" (only the state's forces clear an area of fighters; "Taliban cleared the district of
    government forces" is still a capture)."""
    said = sentence[h.start - offset:h.end - offset]
    return (not has_armed_actor and h.trigger.name == "overtakes"
            and re.search(r"\b(?:sites?|hilltops?|community)\b", sentence[h.start - offset:h.end - offset + 40]) is not None) \
        or (not has_state_actor and h.trigger.name == "gov_regains" and re.fullmatch(r"cleared\b.*\bfrom", said) is not None)


def classify(hits: Sequence[TriggerHit], sentence: str, *, has_state_actor: bool,
             has_armed_actor: bool, killed: bool, injured: bool, offset: int = 0,
             victim_phrases: Sequence[str] = (), incident_report: bool = False, demand: bool = False,
             organised: bool = False) -> list[Typing]:
    """The events one clause reports: one violent (or protest) event, else one per type.

    ``incident_report``: the document is a summary of one incident (it opens with its date), so
    deaths it reports belong to the incident even when a fire or a crash caused them.
    Violence subsumes the rest of its clause ("police arrested the attackers" after a bombing is
    part of the bombing story); without violence, a threat and a troop movement in one clause are
    two events. Weak words count only when no strong word fires.

    ``demand``: the clause as written states what its crowd wants ("in protest against the power
    cuts"), even where that part was set aside as another event's context. ``organised``: a rebel
    group or political militia the lexicon names acts in the clause ("HTS militants").
    """
    if not hits:
        return []
    # "signed a peace agreement ... after weeks of clashes", "agreeing to return stolen
    # livestock": the fighting that led to it and the terms agreed are its context, not events.
    hits = [h for h in hits if h.event not in _VIOLENT_EVENTS
            or not (_ends_with(_SPELL_BEFORE, sentence, h.start - offset)
                    or ((h.trigger.name in ("clash", "fighting") or _KILLING_NOUN.match(sentence, h.start - offset)
                         or _MURDER_NOUN.match(sentence, h.start - offset))
                        and (_ends_with(_BASE_AFTER, sentence, h.start - offset)
                             or (not (killed or injured) and _ends_with(_MEASURE_AFTER, sentence, h.start - offset)))))] or hits
    # "settling a rido that had killed several family members": what the feud did before, never
    # the news (even alone: "Elders settled a rido that had killed several people").
    hits = [h for h in hits if not (h.event in _VIOLENT_EVENTS and _ends_with(_FEUD_HAD, sentence, h.start - offset))]
    if not hits:
        return []
    # "detained 3 members ... before a planned rally": a protest yet to come is why they were
    # arrested, not the event.
    hits = [h for h in hits if not (h.trigger.name == "protest" and _ends_with(_PROTEST_TO_COME, sentence, h.start - offset))] or hits
    # "released 38 persons detained during the unrest": who was freed, not an arrest, nor the
    # protests they were detained at.
    freed = [h for h in hits if h.trigger.name == "arrest"
             and _FREED_BEFORE.search(sentence, max(0, h.start - offset - 60), h.start - offset)]
    hits = [h for h in hits if h not in freed and not (
        h.trigger.name in ("protest", "riot") and any(_DETAINED_AT.fullmatch(sentence, f.end - offset, h.start - offset)
                                                      for f in freed))]
    # "fragments of a missile fell in a field": the fall of the debris is no strike.
    debris = [h for h in hits if h.trigger.name == "debris"]
    hits = [h for h in hits if not any(d is not h and h.start < d.end and d.start < h.end for d in debris)]
    if not hits:
        return []
    if _DEPOT_GOING_OFF.search(sentence) and not _ATTACKERS.search(sentence) \
            and not _STRUCK_DEPOT.search(re.sub(_BLAST_HIT_DEPOT, " ", sentence, flags=re.IGNORECASE)):
        # "a fire broke out at an ammunition depot, followed by several detonations": the stock
        # going off, nobody's bomb.
        # (nor is the toll it took: "A blast at an arms depot killed 20 people, officials said,
        # blaming negligence")
        hits = [h for h in hits if not ((h.trigger.name == "ied" and _BLAST_WORD.fullmatch(sentence, h.start - offset, h.end - offset))
                                        or h.trigger.name in _TOLL_TRIGGERS)]
        if not hits:
            return []
    if any(h.trigger.name == "warning_shots" for h in hits) and not (killed or injured):
        # "gunmen fired shots in the air during a wedding": the men named by their guns shot at nobody.
        hits = [h for h in hits if not _names_gunmen(h, sentence, offset)]
    # "security forces attacked protesters and their makeshift barricades", "police cleared the
    # barricades": barricades the forces acted on are no riot of the crowd's.
    hits = [h for h in hits if not (h.trigger.name == "riot" and _FORCES_ON_BARRICADES.match(sentence, h.start - offset)
                                    and _FORCE_ON_THEM.search(sentence, 0, h.start - offset))] or hits
    # ("a mining company moved into former army camps": who moved in took nothing)
    hits = [h for h in hits if not (h.trigger.name == "transfer" and re.match(r"mov", sentence[h.start - offset:], re.IGNORECASE)
                                    and _CIVIL_MOVERS.search(sentence, max(0, h.start - offset - 60), h.start - offset))]
    if not hits:
        return []
    if not (has_armed_actor and has_state_actor):
        hits = [h for h in hits if not _taken_without_arms(h, sentence, offset, has_armed_actor, has_state_actor)]
        if not hits:
            return []
    remote = [h.start for h in hits if h.trigger.acled in _REMOTE]
    if remote:
        # "bombs fell on a camp during fighting with the FARDC": the battle is when, the shelling
        # what happened to the camp (not "killed during fighting with men who planted bombs").
        hits = [h for h in hits if h.trigger.acled != "Armed clash" or h.start < min(remote)
                or not _ends_with(_DURING, sentence, h.start - offset)] or hits
    if any(h.trigger.name == "overflight" for h in hits):
        # "Israeli warplanes flew at low altitude over Qana": the aircraft named are the show of
        # force, not a strike; with no warplane or drone named, a flight is no event ("the prime
        # minister flew over the flooded districts"). ("a drone launched from Lebanon crossed into
        # Israeli airspace": launched, it struck nothing.)
        craft = [h for h in hits if _OVERFLYING.fullmatch(sentence, h.start - offset, h.end - offset)
                 and h.trigger.name in ("airstrike", "drone")]
        hits = [h for h in hits if h not in craft and (craft or h.trigger.name != "overflight")]
        if not hits:
            return []
    if CROWD_ON_FORCES.search(sentence) and any(h.trigger.name == "riot" for h in hits):
        # ("angry residents erected barricades and threw stones at police": the crowd riots
        # against the state, no mob)
        hits = [h for h in hits if h.trigger.name != "mob"]
    if any(h.trigger.name == "protest" for h in hits) and (demand or _TO_PROTEST.search(sentence)) and not (killed or injured) \
            and not _LYNCHING.search(sentence):
        # ("angry residents burned tyres and blocked the main streets ... in protest against the
        # power cuts": a crowd with a demand demonstrates; a mob's violence has victims)
        hits = [h for h in hits if h.trigger.name != "mob"]
    strong = [h for h in hits if h.trigger.strong]
    names = {h.trigger.name for h in hits}
    if "riot" in names and "protest" not in names and (_ATTACKERS.search(doers := _riot_doers(hits, sentence, offset))
                                                       or _LONE_DOER.search(doers)
                                                       or _settlers_stoning(hits, sentence, offset)) \
            and not _PROTESTERS.search(sentence):
        # "Attackers threw petrol bombs at a bus": armed men, not a crowd; fire is a primitive
        # weapon (PLOVER).
        riot = max((h for h in hits if h.trigger.name == "riot"), key=lambda h: h.trigger.rank)
        hits = [h for h in hits if h.trigger.name != "riot"]
        if not any(h.event in _VIOLENT_EVENTS and h.trigger.modes for h in hits):
            # (with nobody hurt, what burned was the aim: "threw petrol bombs at a bus"; stones
            # that hurt two are the weapon: "threw stones at vehicles, injuring 2")
            return [Typing("ASSAULT", ("primitive",) if killed or injured else ("primitive", "destroy"), "Attack", riot, True)]
        names = {h.trigger.name for h in hits}
    each_other = _EACH_OTHER.search(sentence)
    # (the two sides are named in the clause before "each other": "youths and police", "two
    # militias"; not "police said" or a clause before it)
    sides = _CLAUSE_OR_SPEECH.split(sentence[:each_other.start()])[-1] if each_other else ""
    if "riot" in names and "protest" not in names and each_other \
            and not _POLICE.search(sides) and not _ARMED_VICTIMS.search(sides) and not _ATTACKERS.search(sides) \
            and not _GUNFIRE.search(sides):
        # "residents of two villages threw stones at each other": crowds fighting crowds, ACLED's
        # mob violence, not a demonstration.
        riot = max((h for h in hits if h.trigger.name == "riot"), key=lambda h: h.trigger.rank)
        return [Typing("ASSAULT", ("primitive",), "Mob violence", riot, True)]
    lynching = _LYNCHING.search(sentence)
    if "riot" in names and "protest" not in names and lynching and not _TO_PROTEST.search(sentence) \
            and not _GRIEVANCE_OF.search(sentence, 0, lynching.start()):
        # "a mob stormed the police station, dragged out a tourist ... and lynched him": a crowd
        # killing a person is ACLED's mob violence, whatever it stormed on the way.
        riot = max((h for h in hits if h.trigger.name == "riot"), key=lambda h: h.trigger.rank)
        return [Typing("ASSAULT", ("beat",), "Mob violence", riot, True)]
    if "riot" in names and "protest" not in names and _ACCUSED_HOME.search(sentence) and not _POLICE.search(sentence) \
            and not _PROTESTERS.search(sentence) and not _TO_PROTEST.search(sentence):
        # "residents stormed and torched the house of an elderly man accused of witchcraft": a
        # crowd's justice on a person, ACLED's mob violence, not a riot against anyone in power.
        # (``_protest`` has the narrower rule, the property told right after the riot word; here
        # the burning is another trigger's, and the sentence may not read as a protest at all)
        riot = max((h for h in hits if h.trigger.name == "riot"), key=lambda h: h.trigger.rank)
        return [Typing("ASSAULT", ("beat",) if killed or injured else ("destroy",), "Mob violence", riot, True)]
    if ("protest" in names or "riot" in names) and _about_protest(hits, sentence, offset):
        return [_protest(hits, sentence, names, killed, injured, offset, organised)]
    fled = [h for h in hits if h.trigger.name == "displaced_by_threats"]
    if fled and (killed or _DEATHS.search(sentence)) and any(h.event in _VIOLENT_EVENTS and h.trigger.strong for h in hits):
        # "fled ... amid fears of a new attack after militants killed 86": the killing is the news.
        hits = [h for h in hits if h.trigger.name != "displaced_by_threats"]
        strong = [h for h in hits if h.trigger.strong]
        names = {h.trigger.name for h in hits}
    elif fled:
        # "families fled X after armed men threatened to attack it": the flight is the event,
        # the attack only threatened.
        hits = [h for h in hits if h.event not in _VIOLENT_EVENTS or not _threatened(h, fled[0], sentence, offset)]
        strong = [h for h in hits if h.trigger.strong]
        names = {h.trigger.name for h in hits}
    violent = [h for h in hits if h.event in _VIOLENT_EVENTS]
    if violent and not incident_report and all(h.trigger.name == "body_found" for h in violent) \
            and not (_FOUL_PLAY.search(sentence) and not _NOT_VIOLENCE.search(sentence) and not _MISHAP.search(sentence)):
        return []  # a body found, outside an incident report, is no attack we can tell
    if violent and (not incident_report or _DISEASE.search(sentence)) \
            and all(h.trigger.name in (*_TOLL_TRIGGERS, "storm_verb", "burned_alive") for h in violent) \
            and _NOT_VIOLENCE.search(sentence) and not _PERPETRATORS.search(sentence):
        # "seven dead children and 4,761 HFMD cases", "wild birds were found dead": deaths
        # from disease, accidents or nature, with nobody doing the killing, are no attack.
        violent = []
        hits = [h for h in hits if h.event not in _VIOLENT_EVENTS]
        if not hits:
            return []
        strong = [h for h in hits if h.trigger.strong]
        names = {h.trigger.name for h in hits}
    disrupted = [h for h in violent if h.trigger.name == "disrupted"]
    if disrupted and all(re.match(r"intercept", sentence[h.start - offset:h.end - offset], re.IGNORECASE) for h in disrupted) \
            and any(h.trigger.name in ("kill", "assassinate", "shoot", "beat", "stab") and h.start > disrupted[0].start
                    for h in violent):
        # "intercepted a minibus ... and executed two traders on board": the stop was the attack's.
        violent = [h for h in violent if h.trigger.name != "disrupted"]
        hits = [h for h in hits if h.trigger.name != "disrupted"]
        strong = [h for h in hits if h.trigger.strong]
        disrupted = []
    if disrupted and (killed or injured) and any(h.trigger.strong and h.trigger.name != "disrupted" and h.start < disrupted[0].start
                                                 for h in violent) \
            and _SECOND_DEVICE.search(sentence[max(0, disrupted[0].start - offset - 80):disrupted[0].end - offset + 40]):
        # "A car bomb killed five; a second device was destroyed in a controlled explosion": the
        # bombing happened; the second device is what was disrupted.
        violent = [h for h in violent if h.trigger.name != "disrupted"]
        hits = [h for h in hits if h.trigger.name != "disrupted"]
        strong = [h for h in hits if h.trigger.strong]
    elif disrupted and all(_SEIZURE.match(sentence, h.start - offset) for h in disrupted) and (
            ((killed or injured) and any(h.trigger.strong and h.trigger.name != "disrupted" for h in violent))
            or (any(h.trigger.strong and h.trigger.name != "disrupted" and h.start < disrupted[0].start for h in violent)
                and _ATTACKERS.search(sentence) and _ARMED_POST.search(sentence))):
        # "Bandits killed 6 ...; troops recovered 4 rifles after a gunfight": the killing is the
        # event, the weapons its spoils; so are the arms of a post attacked ("attacked a police
        # station and seized weapons").
        violent = [h for h in violent if h.trigger.name != "disrupted"]
        hits = [h for h in hits if h.trigger.name != "disrupted"]
        strong = [h for h in hits if h.trigger.strong]
    elif disrupted and not (killed or injured) and any(h.trigger.name == "arrest" for h in hits) \
            and all(_SEIZURE.match(sentence, h.start - offset) for h in disrupted) \
            and not any(h.trigger.strong and h.trigger.name != "disrupted"
                        and not re.match(r"raid", sentence[h.start - offset:h.end - offset], re.IGNORECASE)
                        # ("recovered a pistol and extortion notes from them": papers found, no looting)
                        and not _PAPERS.match(sentence, h.start - offset) for h in violent):
        # "police arrested an NPA finance officer, recovering a hand grenade": the arrest is the
        # event, the weapons found on him its detail (and the raid it was made in its means:
        # "arrested 3 suspected militants during a raid ... and recovered explosives").
        violent = []
        hits = [h for h in hits if h.trigger.name != "disrupted" and not _PAPERS.match(sentence, h.start - offset)
                and not (h.trigger.strong and re.match(r"raid", sentence[h.start - offset:h.end - offset], re.IGNORECASE))]
        strong = [h for h in hits if h.trigger.strong]
    elif disrupted and not (killed or injured) and all(_SEIZURE.match(sentence, h.start - offset) for h in disrupted) \
            and any(h.trigger.strong and h.trigger.name != "disrupted" for h in violent) \
            and all(re.match(r"raid", sentence[h.start - offset:h.end - offset], re.IGNORECASE)
                    for h in violent if h.trigger.strong and h.trigger.name != "disrupted"):
        # "police seized 12 firearms and ammunition during a raid in Rahat": the weapons taken out
        # of use are the event, the raid its means.
        violent = [h for h in violent if h.trigger.name == "disrupted" or not h.trigger.strong]
        hits = [h for h in hits if not (h.trigger.strong and h.event in _VIOLENT_EVENTS and h.trigger.name != "disrupted")]
        strong = [h for h in hits if h.trigger.strong]
    elif disrupted and all(
            # ("An airstrike destroyed caches of rifles": the strike, told first, destroyed them; not
            # "destroyed a cache containing 40 kilograms of explosives, 12 improvised mines")
            (_DESTROYED_BEFORE.search(sentence, max(0, h.start - offset - 25), h.start - offset)
             or re.match(r"destroy", sentence[h.start - offset:], re.IGNORECASE))
            and any(v.trigger.name in _STRIKES and v.end <= h.start for v in violent) for h in disrupted):
        # "air strikes ... killing 14 militants and destroying a weapons cache": what the strike
        # destroyed, not arms taken out of use.
        violent = [h for h in violent if h.trigger.name != "disrupted"]
        hits = [h for h in hits if h.trigger.name != "disrupted"]
        strong = [h for h in hits if h.trigger.strong]
    elif disrupted and ((_STRUCK_HOME.search(sentence) and any(h.trigger.name in _STRIKES for h in violent))
                        or (_SOME_LANDED.search(sentence) and any(h.trigger.name in _FIRED for h in violent))):
        # "one drone hit an infrastructure facility, while air defence shot down several others":
        # the strike that landed is the event; so is one of which "one was intercepted and the
        # other fell in an open area" (fired, it struck, if only the ground).
        violent = [h for h in violent if h.trigger.name != "disrupted"]
        hits = [h for h in hits if h.trigger.name != "disrupted"]
        strong = [h for h in hits if h.trigger.strong]
    elif disrupted and not (killed or injured):
        # "launched 12 drones at Odesa; all were shot down": the weapons never struck.
        violent = [h for h in violent if h.trigger.name not in _STRIKES]
    strong_violent = [h for h in violent if h.trigger.strong]
    struck_takers = [h for h in strong_violent if h.trigger.name == "abduct" and _KIDNAP_NOUN.match(sentence, h.start - offset)
                     and _TAKERS_STRUCK.search(sentence, max(0, h.start - offset - 50), h.start - offset)]
    if struck_takers and len(struck_takers) < len(strong_violent):
        # "youths beat up two suspected kidnappers": the kidnappers are who was struck, not a kidnapping.
        hits, violent, strong, strong_violent = ([h for h in x if h not in struck_takers]
                                                 for x in (hits, violent, strong, strong_violent))
    seized = [h for h in strong_violent if h.trigger.name == "abduct"
              and re.match(r"seiz", sentence[h.start - offset:h.end - offset], re.IGNORECASE)
              and _STATE_SUBJECT.search(sentence, 0, h.start - offset)]
    if seized and len(seized) == len(strong_violent) and has_state_actor and not (killed or injured) \
            and not _ATTACKERS.search(sentence) and not _TAKERS.search(sentence):
        # "The navy seized 12 fishermen": people the state takes are arrested, not abducted.
        return [Typing("COERCE", ("arrest",), "Arrests", seized[0], True)]
    arrests = [h for h in hits if h.trigger.name == "arrest"]
    if arrests and strong_violent and not (killed or injured) and all(
            _KIDNAP_NOUN.match(sentence, h.start - offset) for h in strong_violent):
        # "arrested 6 suspected kidnappers and rescued 2 kidnap victims": the kidnapping is
        # what they were arrested for.
        main = max(arrests, key=lambda h: h.trigger.rank)
        return [Typing("COERCE", ("arrest",), "Arrests", main, True)]
    # (the militants arrested are who the raid was for, not attackers: "arrested 3 suspected
    # insurgents during a raid")
    taken = [(h.end - offset, h.end - offset + 40) for h in arrests]
    fighters = [m for m in _ATTACKERS.finditer(sentence) if not any(s <= m.start() < e for s, e in taken)
                and not CHARGED_WITH.search(sentence, max(0, m.start() - 60), m.start())]
    if arrests and strong_violent and not (killed or injured) and (has_state_actor or has_armed_actor) and not fighters and all(
            re.match(r"raid", sentence[h.start - offset:h.end - offset], re.IGNORECASE) for h in strong_violent):
        # "Police detained 18 people in raids": ACLED codes raids that only arrest as arrests (and so
        # are the SDF's: "raided houses in Tal Brak ... and arrested seven men").
        main = max(arrests, key=lambda h: h.trigger.rank)
        return [Typing("COERCE", ("arrest",), "Arrests", main, True)]
    captives = [h for h in strong if h.trigger.name == "arrest"
                and re.match(r"(?:was|were|been|being)\s+captured", sentence[h.start - offset:h.end - offset], re.IGNORECASE)]
    if violent and (killed or injured) and strong and len(captives) == len(strong):
        # "Six officers died and two were captured": the battle's captives, not an arrest.
        strong = []
    if strong_violent or (violent and not strong):
        pool = strong_violent or violent
        # Who suffered it: the words after the first violent word, and the casualty phrases (not
        # after "gunmen", who name the doers: "gunmen believed to be Al Shabaab militants shot
        # dead a traditional elder").
        first = min([h for h in pool if not _names_gunmen(h, sentence, offset)] or pool, key=lambda h: h.start)
        after = sentence[first.end - offset:]
        if _PASSIVE_VERB.search(sentence, 0, first.end - offset):
            # "two men were shot dead by suspected militia members": the agent, not the victims
            after = _BY_AGENT.sub(" ", after, count=1)
        # (not who told it after: "..., according to the police", "..., police said.")
        victims = " ".join([_TOLD_AFTER.sub(" ", after), *victim_phrases])
        # A weapon named beside a stronger word still says how ("attacked ... with machetes").
        weapons = [h for h in violent if h not in pool and h.trigger.name in ("melee_weapon_noun", "gun_noun")]
        return [_violence(pool, sentence, names, has_state_actor, has_armed_actor, killed, injured, victims,
                          weapons, offset, victim_phrases)]
    # A base is an armed force's ("Displaced families built a new camp" is no base), and so is a
    # levy as a change of activity (a council's or a government's new tax is no conflict event);
    # set aside before the strong words are picked, so that a protest beside a party's new
    # headquarters is still told.
    unfit = {"base", "levy"} if not has_armed_actor else {"levy"} if has_state_actor else set()
    pool = [h for h in strong if h.trigger.name not in unfit] or [h for h in hits if h.trigger.name not in unfit]
    # (an armed group's curfew "against" an epidemic is still its rule: "FARC dissidents ... imposing a
    # curfew ... on anyone who does not comply with quarantine measures")
    if (_CIVIL_EMERGENCY.search(sentence) and not (has_armed_actor and not has_state_actor)) \
            or not (has_armed_actor or has_state_actor or _AIRCRAFT.search(sentence)
                                                 or _AUTHORITY.search(sentence)):
        # A lockdown, curfew or evacuation against an epidemic or a storm is civil protection,
        # and one nobody armed or in power orders (a school's) no security measure.
        pool = [h for h in pool if h.trigger.name not in ("curfew", "evacuation_order")]
    out = []
    for event in dict.fromkeys(h.event for h in pool):
        of_type = [h for h in pool if h.event == event]
        main = max(of_type, key=lambda h: h.trigger.rank)
        out.append(Typing(event, _modes(of_type, event), main.trigger.acled, main, main.trigger.strong))
    return out


# ("took over ... following clashes": the fight the taking followed)
_FIGHT_BEFORE_TAKING = re.compile(r"\b(?:following|after|amid)\s+(?:(?:heavy|fierce|intense|brief|several|days\s+of|hours\s+of)\s+)?$",
                                  re.IGNORECASE)
# "a second device", "another bomb": a further weapon, found or defused after the attack.
_PAPERS = re.compile(r"extort\w*\s+(?:notes?|letters?|slips?|demands?|receipts?)\b", re.IGNORECASE)
_SEIZURE = re.compile(r"(?:seiz(?:ed|ing|es|e)|recover(?:ed|ing|s)?|confiscat(?:ed|ing|es)|impounded|unearthed)\b", re.IGNORECASE)
_DESTROYED_BEFORE = re.compile(r"\bdestroy(?:ed|ing)\s+(?:an?\s+|the\s+|their\s+|several\s+)?$", re.IGNORECASE)
SECOND_DEVICE = r"(?:second|another|other|additional|further)\s+(?:\w+\s+)?(?:device|bomb|IED|explosive|mine|grenade)s?"
_SECOND_DEVICE = re.compile(rf"\b{SECOND_DEVICE}\b", re.IGNORECASE)
_PROTESTERS = re.compile(r"\b(?:protesters|protestors|(?:a|one|another)\s+(?:\w+\s+)?protest(?:er|or)\b(?![\'’])|demonstrators|rioters|marchers|crowds?|mobs?|"
                         r"[a-z]+\s+(?:protesting|demonstrating)|"
                         r"(?:youths|people|students|pupils|mourners|residents|villagers|women|workers|supporters|farmers|"
                         r"teachers|relatives|families)\s+(?:who\s+)?(?:were\s+)?marching)\b", re.IGNORECASE)


_FORCES = re.compile(r"\b(?:police|policemen|security|forces|soldiers|troops|army|gendarmes?|carabineros|carabinieri|riot\s+squads?|militia\s+police)\b", re.IGNORECASE)
_PROTESTERS_STRUCK = re.compile(r"(?:protesters|protestors|demonstrators|marchers)\s+(?:were|was)\s+(?:\w+\s+)?"
                                r"(?:struck|hit|run\s+over|mown\s+down)\b", re.IGNORECASE)


_PEOPLE_SET_UPON = re.compile(r"\s+(?:\d+|two|three|four|five|a|an|the)?\s*(?:\w+\s+)?(?:men|man|women|woman|people|"
                              r"persons?|suspects?|thie(?:f|ves)|boys?|robbers?|kidnappers?)\b", re.IGNORECASE)
# "torched the houses of two men accused of robberies" (the charge is blanked before typing): a
# crowd's justice on people, no protest.
_ACCUSED_PROPERTY = re.compile(r"\s+(?:to\s+)?(?:the\s+)?(?:houses?|homes?|property|properties|shops?|huts?|vehicles?|cars?|"
                               r"trucks?|motorcycles?|motorbikes?)\s+of\s+"
                               r"(?:(?:an?|the|two|three|four|five|\d+)\s+)?(?:\w+\s+){0,2}?(?:men|man|women|woman|persons?|suspects?|"
                               r"thie(?:f|ves)|robbers?|famil(?:y|ies)|witch(?:es)?|wizards?|sorcerers?|(?:drug\s+)?dealers?|"
                               r"traffickers?|rapists?|murderers?|kidnappers?|rustlers?|informers?|informants?)\b", re.IGNORECASE)
_BURNED = re.compile(r"fire|ablaze|alight|torch|burn", re.IGNORECASE)
# (the charge itself is blanked before typing: "the shop of a herbalist [accused of ritual killings]")
_ACCUSED_OF = (r"(?:of|belonging\s+to|owned\s+by)\s+(?:an?\s+|the\s+|two\s+|three\s+)?"
               r"(?:(?:[\w\-]+\s+){0,2}?(?:accused|alleged|suspected|suspects?)\b|[\w\-]+(?:\s[\w\-]+)?\s{6,})")
_ACCUSED_OWNER = re.compile(rf"\b{_ACCUSED_OF}", re.IGNORECASE)
# ... and the home or goods of that person ("the house of an elderly man [accused of witchcraft]"),
# not a company's offices a crowd wrecked after a death, nor an office-holder's home ("the home of
# a councillor accused of corruption": a grievance against power, a riot).
_ACCUSED_HOME = re.compile(rf"\b(?:houses?|homes?|huts?|shacks?|cars?|vehicles?|motorcycles?|shops?|propert(?:y|ies)|compounds?)\s+"
                           r"(?!\S+\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?(?:councillors?|councilors?|governors?|MPs?|mayors?|ministers?|"
                           r"officials?|lawmakers?|senators?|legislators?|politicians?|commissioners?|administrators?|chiefs?)\b)"
                           rf"{_ACCUSED_OF}", re.IGNORECASE)
# (what a crowd is angry about: "stormed a police station over the lynching of a teenager")
_GRIEVANCE_OF = re.compile(r"\b(?:over|against|after|following|of|protest\w*|condemn\w*|denounc\w*)\s+(?:the\s+)?(?:[\w\-]+\s+)?$",
                           re.IGNORECASE)
CROWD_ON_FORCES = re.compile(r"\b(?:threw|throwing|hurled|hurling|pelted|pelting)\s+(?:stones|rocks|bricks|petrol\s+bombs|"
                              r"molotov\s+cocktails)\s+at\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:police(?:men)?|security\s+forces|soldiers|troops|"
                              r"officers|gendarmes|police\s+officers)\b|\berect(?:ed|ing)\s+barricades\b|"
                              # ("stoned a police vehicle")
                              r"\bston(?:ed|ing)\s+(?:a|the|two|several)\s+(?:police|military|army|security|gendarmerie)\s+(?:vehicles?|cars?|trucks?|vans?|patrols?|officers|station)\b",
                              re.IGNORECASE)
_TO_PROTEST = re.compile(r"\b(?:to\s+(?:protest|denounce|demand|decry)|in\s+protest|protesting|demanding\s+(?:the\s+release|justice|an\s+end|"
                         r"the\s+resignation|the\s+arrest|compensation|answers|accountability))\b", re.IGNORECASE)
# (not "forces": "Houthi forces seized 25 crew members" took hostages)
_STATE_SUBJECT = re.compile(r"\b(?:navy|naval|police|army|troops|soldiers|coast\s*guards?|authorities|security\s+forces|"
                            r"gendarmes?|military|customs|border\s+guards?)\b[^.;,]{0,40}$", re.IGNORECASE)
# What is yet to come: "ahead of planned gatherings", "to prevent an announced march".
TO_COME = (r"\b(?:before|ahead\s+of|to\s+prevent|to\s+thwart|to\s+foil|in\s+anticipation\s+of)\s+"
           r"(?:(?:an?|the|their|its|his|her)\s+)?(?:planned|scheduled|upcoming|proposed|announced|expected)\s+")
_PROTEST_TO_COME = re.compile(TO_COME + "$", re.IGNORECASE)
_FREED_BEFORE = re.compile(r"\b(?:releas(?:e|es|ed|ing)|free(?:d|s|ing)?)\s+(?:(?!(?:and|but|then|after|before)\b)[\w\-]+\s+){0,3}?(?:(?:persons|people|men|women|"
                           r"activists|protesters|students|civilians|members|suspects|\d+)\s+)?(?:who\s+(?:were|had\s+been)\s+)?$",
                           re.IGNORECASE)
_SOME_LANDED = re.compile(r"(?<!from\s)(?<!of\s)\b(?:the\s+other|the\s+others|the\s+rest|another|others|one|two|three|\d+)\s+(?:\w+\s+)?"
                          r"(?:fell|landed|hit|struck|exploded|impacted)\b", re.IGNORECASE)
DEPOT = r"(?:ammunition|arms|munitions?|weapons?|ordnance)\s+(?:depot|dump|store|storage|warehouse)s?\b"
# The blast itself the subject of the verb that hit the depot (no striker named).
_BLAST_HIT_DEPOT = (r"\b(?:explosions?|blasts?|detonations?)\s+(?:(?:of\s+unknown\s+(?:origin|cause)|\w+)\s+){0,4}?"
                    rf"(?:hit|rocked|struck|ripped\s+through|tore\s+through)\s+(?:an?\s+|the\s+)?(?:\w+\s+){{0,2}}?{DEPOT}")
_DEPOT_GOING_OFF = re.compile(rf"\bfires?\b[^.;]{{0,80}}\b{DEPOT}|\b{DEPOT}"
                              r"[^.;]{0,40}\b(?:caught\s+fire|fire\s+broke\s+out|burned|burnt|was\s+on\s+fire)|"
                              # ("an explosion occurred at an ammunition depot": the stock, nobody's bomb,
                              # where nothing struck it)
                              rf"\b(?:explosions?|blasts?|detonations?)\s+(?:\w+\s+){{0,4}}?(?:at|in)\s+(?:an?\s+|the\s+)?{DEPOT}|"
                              # ("an explosion of unknown origin hit an ammunition depot")
                              + _BLAST_HIT_DEPOT,
                              re.IGNORECASE)
# (not a depot struck: "a drone struck an ammunition depot, setting it on fire")
_STRUCK_DEPOT = re.compile(r"\b(?:struck|strikes?|hit|shell\w*|missiles?|rockets?|drones?|sabotage\w*|attack\w*|bomb\w*|targeted)\b",
                           re.IGNORECASE)
_BLAST_WORD = re.compile(r"(?:detonations?|explosions?|blasts?|exploded|explosives?)", re.IGNORECASE)
_DETAINED_AT = re.compile(r"\s+(?:during|at|in|after|over|for)\s+(?:taking\s+part\s+in\s+)?(?:the|a|an|their)?\s*(?:[\w\-]+\s+){0,2}?",
                          re.IGNORECASE)
# Who moves into a place without taking it: "a mining company moved into former army camps".
_CIVIL_MOVERS = re.compile(r"\b(?:compan(?:y|ies)|firms?|contractors?|famil(?:y|ies)|residents|settlers|villagers|displaced|"
                           r"refugees|farmers|traders|herders|squatters|returnees|NGOs?|agencies)\b", re.IGNORECASE)
# Whose property it was: "burned the shacks of landless families" set no one on fire.
_OWNED = re.compile(r"\b(?:houses?|homes?|shacks?|huts?|dwellings?|tents?|propert(?:y|ies)|shops?|stores?|farms?|crops|"
                    r"granar(?:y|ies)|vehicles?|cars?|belongings)\s+(?:belonging\s+to|owned\s+by|of)\s+(?:the\s+)?"
                    r"(?:[\w\-]+\s+)?[\w\-]+", re.IGNORECASE)
_PEOPLE_SET_ON = re.compile(r"\b(?:civilians?|residents|villagers|people|passengers|worshippers|students|pupils|farmers|traders|"
                            r"women|children|men|famil(?:y|ies)|occupants|staff|workers|officials?|officers|soldiers|police\w*|guards?)\b"
                            # (a police checkpoint or station burned is property: "set ablaze a police checkpoint")
                            r"(?!\s+(?:checkpoints?|stations?|posts?|vehicles?|cars?|trucks?|offices?|headquarters|barracks|"
                            r"quarters|buildings?|divisions?|outposts?))",
                            re.IGNORECASE)
# "a young man was shot dead by gendarmes during a demonstration": the force named after the act
_GUNMEN_NOUN = re.compile(r"gunm[ae]n", re.IGNORECASE)
_FORCE_NOUNS = r"(?:police\w*|army|troops|soldiers|security\s+forces|forces|gendarmes?|military|riot\s+police|authorities)"
_BY_FORCES = re.compile(r"\s+by\s+(?:the\s+|riot\s+|anti-riot\s+)?(?:police\w*|gendarmes?|soldiers|troops|security\s+forces|"
                        r"army|military|officers|forces)\b", re.IGNORECASE)
# (and with others: "police and ruling party activists attacked a BNP procession")
_FORCES_JUST_BEFORE = re.compile(rf"\b{_FORCE_NOUNS}\s+(?:(?:\w+\s+){{0,2}}?|(?:and|along\s+with)\s+(?:[\w\-]+\s+){{1,4}}?)$",
                                 re.IGNORECASE)
_FORCES_ON_BARRICADES = re.compile(r"barricad(?:es?|ing)\b", re.IGNORECASE)
_FORCE_ON_THEM = re.compile(rf"\b{_FORCE_NOUNS}\s+(?:\w+\s+){{0,2}}?(?:attack\w*|clear\w*|remov\w*|dismantl\w*|tore\s+down|"
                            # (barricades of their own: "Police blocked the march with barricades")
                            r"blocked|set\s+up|erected|put\s+up|placed|installed|mounted|manned|"
                            r"destroy\w*|bulldoz\w*|storm\w*|raid\w*|fired\s+(?:on|at)|opened\s+fire\s+on)\b"
                            r"(?:(?!\b(?:where|who|which|that|after|as|while|when|because|but)\b)[^.;,]|,(?=\s+\w+\s+and\b)){0,60}$",
                            re.IGNORECASE)
# A crowd burning a police post or an office rises against the state: a riot, not a mob.
_STATE_PROPERTY = re.compile(r"\s+(?:[\w'’]+\s+){0,4}?(?:(?:police|polling)\s+(?:stations?|posts?)|posts?|government|"
                             r"offices?|headquarters|council|court(?:house)?|town\s+hall|barracks|prison|jail|ministry|party|"
                             r"commission|ballot|parliament|assembly)\b", re.IGNORECASE)
# The state's own property (not "the offices of a mining company"): a crowd that burns it riots.
_THE_STATES = re.compile(r"\s+(?:[\w'’]+\s+){0,3}?(?:(?:police|gendarmerie|government|party|council|district|municipal|state|"
                         r"county|local\s+government)\s+(?:offices?|posts?|headquarters|stations?|vehicles?|buildings?)|"
                         r"police\s+stations?|courthouses?|court|town\s+halls?|city\s+halls?|barracks|prisons?|jails?|"
                         r"ministry|parliament|assembly|polling\s+(?:stations?|booths?))\b", re.IGNORECASE)
# Those who take people, besides the attackers ``_ATTACKERS`` names.
_TAKERS = re.compile(r"\b(?:kidnappers?|abductors?|pirates?|hijackers?|bandit)\b", re.IGNORECASE)
_KIDNAP_NOUN = re.compile(r"(?:kidnappers?|abductors?|kidnap(?:ping)?\s+(?:victims?|suspects?|kingpins?)|"
                          r"kidnapped\s+(?:victims?|persons?|people))\b", re.IGNORECASE)
_TAKERS_STRUCK = re.compile(r"\b(?:beat(?:en|ing)?|lynch\w*|attack\w*|assault\w*|ston(?:ed|ing)|burn\w*|torch\w*|"
                            r"set\s+upon|kill\w*|mobb\w*|hack\w*|lashed|flogged|paraded)\s+(?:up\s+)?(?:\w+\s+){0,3}?$",
                            re.IGNORECASE)
_LYNCHING = re.compile(r"\b(?:lynch\w*|mob\s+justice|jungle\s+justice|(?:beat|thrashed|bludgeoned|clubbed)\s+(?:\w+\s+){0,3}to\s+death)\b",
                       re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r"[;,]|\b(?:but|and|then|later|still|when|returned|found)\b", re.IGNORECASE)


def _threatened(h: TriggerHit, fled: TriggerHit, sentence: str, offset: int) -> bool:
    """A violent word inside the threat people fled ("after armed men threatened to attack"), not
    one of a clause after it ("..., but gunmen still killed 12" is an attack)."""
    between = sentence[fled.end - offset:h.start - offset]
    return h.start >= fled.start and (h.end <= fled.end or (len(between) < 60 and not _CLAUSE_BREAK.search(between)))


# The force a crowd protests about, told before it ("against the police use of").
_FORCE_DECRIED = re.compile(r"\b(?:against|over|condemn\w*|denounc\w*|decry\w*|decried|protest(?:ing|ed|s)?)\s+(?:the\s+)?"
                            r"(?:(?:police(?:['’]s)?|army(?:['’]s)?|military(?:['’]s)?|security\s+forces['’]?|soldiers['’]?)\s+)?(?:use\s+of\s+)?$",
                            re.IGNORECASE)


def _live_fire(sentence: str) -> bool:
    """Force that kills used on a crowd; tear gas "fired at protesters" is none."""
    m = _LIVE_FIRE.search(sentence)
    if m is not None and re.search(r"\b(?:no|not|without|denied\s+(?:using|firing))\s+(?:\w+\s+)?$", sentence[:m.start()], re.IGNORECASE):
        return False  # "no live rounds were used", "police denied using live ammunition"
    if m is not None and _FORCE_DECRIED.search(sentence[:m.start()]):
        return False  # "protested against the police use of live ammunition": what the crowd decried
    return m is not None and (m.group().lower().startswith("live")  # "tear gas and live ammunition"
                              or not re.search(r"tear\s*gas[^.;]{0,40}$", sentence[:m.start()], re.IGNORECASE))


_DURING_PROTEST = re.compile(r"\b(?:during|at|in)\s+(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:protest|demonstration|march|procession|sit-in)|"
                             r"(?:[\w\-]+\s+)?(?:protests|demonstrations|marches|sit-ins))\b",
                             re.IGNORECASE)


# One person is no crowd: "A man threw Molotov cocktails into a refugee shelter".
_LONE_DOER = re.compile(r"(?:^|[,:]\s*|\b(?:when|after|as)\s+)(?:an?|one)\s+(?:[\w\-]+\s+){0,3}?(?:man|woman|person|individual|"
                        r"suspect|teenager|arsonist|assailant|attacker)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _riot_doers(hits: Sequence[TriggerHit], sentence: str, offset: int) -> str:
    """Who threw or burned: the words before the first riot word, and any agent after "by" (not the
    militant whose killing a crowd stoned the police over)."""
    at = min(h.start for h in hits if h.trigger.name == "riot") - offset
    return " ".join([sentence[:at], *(m.group() for m in re.finditer(r"\bby\s+(?:[\w\-]+\s+){0,3}[\w\-]+", sentence[at:]))])


def states_demand(clause: str) -> bool:
    """Whether a clause says what its crowd wants ("to demand", "in protest against")."""
    return _TO_PROTEST.search(clause) is not None


def _about_protest(hits: Sequence[TriggerHit], sentence: str, offset: int = 0) -> bool:
    """A protest is the event unless it is only the scene of an attack ("stabbed an MP at a rally")."""
    protest = [h for h in hits if h.trigger.name in ("protest", "riot")]
    other = [h for h in hits if (h.event in _VIOLENT_EVENTS or h.event == "COERCE") and h.trigger.strong]
    if other and all(_PROTESTERS_STRUCK.match(sentence[h.start - offset:]) for h in protest):
        return False  # "Two protesters were struck; one died": the victims of an attack told before
    if not other or min(h.start for h in protest) < min(h.start for h in other) or _live_fire(sentence):
        return True  # "detained two organisers and opened fire on the protesters who stayed"
    if _TO_PROTEST.search(sentence) and _CIVIL_CROWD.search(sentence) and all(h.trigger.name == "arson" for h in other):
        return True  # "farmers ... set fire to hay bales ... to protest against falling incomes"
    first = min(h.start for h in other) - offset
    doer = _STATE_SUBJECT.search(sentence, 0, first) or next(
        (m for h in other if h.event in _VIOLENT_EVENTS for m in [_BY_FORCES.match(sentence, h.end - offset)] if m), None)
    if doer and (_DURING_PROTEST.search(sentence) or _ON_THE_PROTEST.search(sentence)) and not _ATTACKERS.search(sentence) \
            and not re.search(r"\b(?:said|says|told|reported|according)\b", doer.group()):
        return True  # "police shot dead a rider during a protest by riders": force used on it
    # "55 people were arrested for participating in protests": the arrest is the event.
    return bool(_PROTESTERS.search(sentence)) and not all(h.event == "COERCE" for h in other)


# "police opened fire on a BNP procession": force used on the protest itself.
_ON_THE_PROTEST = re.compile(r"\b(?:opened\s+fire|fired|shot|charged|baton-charged|attacked|tear-gassed)\s+(?:on|at|into)?\s*(?:a|an|the)\s+"
                             r"(?:[\w\-]+\s+){0,2}?(?:protests?|processions?|rall(?:y|ies)|march(?:es)?|demonstrations?|sit-ins?)\b|"
                             # ("beat supporters who had gathered for a sit-in")
                             r"\b(?:who|that)\s+(?:had\s+)?(?:gathered|assembled|rallied|met)\s+(?:for|in|to\s+(?:hold|stage|join))\s+(?:a|an|the)\s+"
                             r"(?:[\w\-]+\s+){0,2}?(?:protests?|rall(?:y|ies)|march(?:es)?|demonstrations?|sit-ins?|vigils?)\b",
                             re.IGNORECASE)
# A passive violent verb and its agent: "were shot dead by suspected militia members".
_PASSIVE_VERB = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:also\s+)?(?:[a-z]+(?:ed|en|shot|hit|struck|slain)?\S*|"
                           # ("Two protesters were hit in the legs by live rounds")
                           r"(?:hit|struck|shot)\s+in\s+(?:the|both|his|her|their|one)\s+\w+)\s*$", re.IGNORECASE)
_BY_AGENT = re.compile(r"^(?:\s+(?:dead|and\s+killed|to\s+death))?(?:\s+(?:at|in|near|outside|on)\s+[^,.;()]{1,60}?)?"
                       r"\s+by\s+[^,.;()]*", re.IGNORECASE)
# "confronted each other" is a clash only between armed sides ("state police and armed civilians").
_CONFRONTED = re.compile(r"(?:confronted|fought)\s+each\s+other", re.IGNORECASE)
_ARMED_SIDE = re.compile(r"\b(?:police\w*|soldiers|troops|army|forces|gunmen|militia\w*|cartels?|armed|fighters|militants|"
                         r"rebels|insurgents|guerrillas|gangs?|gangsters|bandits)\b", re.IGNORECASE)
# "farmers and herders clashed over crop damage", no weapon named: herders go armed (a battle).
_PASTORAL = re.compile(r"\b(?:herders|herdsmen|pastoralists)\b", re.IGNORECASE)
_MELEE = re.compile(r"\b(?:machetes?|knives|knife|clubs?|sticks|stones|rocks|axes|cudgels|spears|hoes|bows|arrows|whips|sickles)\b",
                    re.IGNORECASE)
# "members of two communities clashed with sticks and stones": a brawl, not a battle.
_CRUDE_WEAPONS = re.compile(r"^\s+(?:\w+\s+){0,4}?with\s+(?:sticks|stones|rocks|clubs|bricks|batons|iron\s+rods|bamboo\s+sticks)\b",
                            re.IGNORECASE)
_BY_CROWD = re.compile(r"\s+(?:\w+\s+){0,2}?by\s+(?:a\s+|an\s+)?(?:angry\s+|irate\s+)?(?:mob|crowd|villagers|residents|"
                       r"locals|youths|vigilantes)\b", re.IGNORECASE)
_ARMED_NOUNS = r"youths?|young\s+men|men|villagers|residents|herders|herdsmen"
# ("armed Arab herders attacked farmers ... after a dispute over grazing": armed, no quarrel of a mob)
_ARMED_PEOPLE = re.compile(rf"\barmed\s+(?:\w+\s+)?(?:{_ARMED_NOUNS}|civilians|individuals|groups?)\b|"
                           rf"\b(?:{_ARMED_NOUNS})\s+armed\s+with\s+(?:\w+\s+)?(?:guns|rifles|firearms|AK-47s?)\b", re.IGNORECASE)
# ("beat to death 3 suspected dahalo (cattle rustlers)": the cattle thieves are the crowd's victims)
_ARMED_CROWD = re.compile(rf"\b(?:armed\s+(?:\w+\s+)?(?:{_ARMED_NOUNS})|"
                          r"cattle(?!\s+(?:rustlers?|thie(?:f|ves)|rustling|theft))|raid(?:ed|ing|s)?|"
                          r"communal\s+militia|ethnic\s+militia)\b", re.IGNORECASE)
# "AA fighters took control of an abandoned outpost ... after the police withdrew": left, not fought for.
_LEFT_BEHIND = re.compile(r"\bcontrol\s+of\s+(?:an?\s+|the\s+)?abandoned|\bafter\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,7}?"
                          r"(?:withdrew|pulled\s+out|retreated|abandoned|handed\s+(?:it|them)\s+over|handed\s+over)\b|"
                          # ("took control of ... after the withdrawal of ELN fighters")
                          r"\bafter\s+the\s+(?:\w+\s+)?(?:withdrawal|departure|retreat|pull-?out)\s+of\b|"
                          # ("took control of several neighbourhoods vacated by UPC fighters, who had withdrawn")
                          r"\b(?:vacated|abandoned|evacuated|left\s+empty)\s+by\b|"
                          r"\b(?:who|which)\s+had\s+(?:already\s+)?(?:withdrawn|pulled\s+out|retreated|left)\b", re.IGNORECASE)
# A post of the other side's forces seized, or a place taken from them, is taken by arms ("RSF seized
# the SAF garrison in Kutum", "captured Djibo town from the army"), unless they are told to have left.
_TAKEN_FROM_FORCES = re.compile(
    r"\b(?:seiz|captur)\w*\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,2}?(?:garrisons?|bases?|barracks|outposts?|camps?|"
    r"(?:military|army|police|border)\s+(?:posts?|stations?|positions?)|checkpoints?|"
    r"positions(?![^.;]{0,80}\b(?:redeploy\w*|hand-?over|handed)\b))\b|"
    r"\b(?:seiz|captur)\w*\s+[^.;]{0,60}?\bfrom\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:army|military|troops|forces|soldiers)\b",
    re.IGNORECASE)
_UNOPPOSED = re.compile(r"\b(?:without\s+(?:a\s+|any\s+)?(?:fight|fighting|resistance|clashes|confrontations?|a\s+shot)|unopposed|"
                        r"no\s+(?:fighting|resistance|clashes)\s+(?:was|were)\s+reported)\b", re.IGNORECASE)
_CIVIL_CROWD = re.compile(r"\b(?:supporters|fans|protesters|protestors|demonstrators|rioters|youths|residents|locals|inhabitants|students|"
                          r"villagers|crowds?|mobs?|workers|traders|vendors|shopkeepers|(?<!arms\s)(?<!drug\s)(?<!weapons\s)merchants|"
                          r"drivers(?!\s+of\s+(?:an?|the)\s+(?:military|army|police|security))|motorists|miners|"
                          r"activists|farmers|party\s+members|communities|asylum\s+seekers|migrants|refugees|"
                          r"community\s+members|factions\s+of\s+the\s+(?:\w+\s+){0,3}?(?:party|league|congress))\b", re.IGNORECASE)
# (not the police as a place: "a village under Dhubri police station")
_POLICE = re.compile(r"\b(?:police|riot\s+police|security\s+forces|gendarmes?|gendarmerie|law\s+enforcement|"
                     r"national\s+guard|GNB|ESMAD|anti-riot\s+(?:police|unit|squad)|riot\s+(?:unit|squad)|Rapid\s+Action\s+Battalion|RAB|CRPF)\b"
                     r"(?!\s+(?:station|post|district|circle|limits|jurisdiction|area)\b)", re.IGNORECASE)
# "Dozens of protesters were killed": the force that killed them was used on a protest.
# ("police fired stun grenades": no bomb thrown at the crowd)
_NOT_A_WEAPON_BEFORE = re.compile(r"\b(?:stun|flash|smoke|sound|tear[\s\-]*gas)\s+$", re.IGNORECASE)
# ... and the shots that make force on protesters excessive when they were only hurt
_SHOT_AT_THEM = re.compile(r"\b(?:were|was|had\s+been)\s+shot\b|\bby\s+(?:gunfire|live\s+(?:ammunition|bullets|rounds))",
                           re.IGNORECASE)
_PROTESTERS_KILLED = re.compile(r"\b(?:protest(?:er|or)s?|demonstrators?|marchers)\s+(?:were|was|had\s+been)\s+"
                                r"(?:\w+\s+)?(?:killed|shot|injured|wounded)\b", re.IGNORECASE)


# "unidentified men charged at a JUI procession with axes, injuring 4": attackers with no other name
_UNKNOWN_MEN = re.compile(r"\b(?:unidentified|unknown|armed|masked)\s+(?:men|individuals|persons|assailants|youths)\b", re.IGNORECASE)
_LONE_ATTACKER = re.compile(r"\b(?:a|an|the)\s+(?:\w+\s+)?(?:man|woman|driver|motorist|shooter|gunman|assailant|attacker|"
                            r"suspect|teenager|youth)\s+(?:(?!(?:who|was|were|been|had)\b)\w+\s+){0,3}?"
                            r"(?:rammed|drove|ploughed|plowed|opened|fired|shot|"
                            r"stabbed|attacked|threw|hurled|detonated)\b", re.IGNORECASE)


# ("Residents had fled before the attack": the attack's victims, told after it)
_BEFORE_THE_ATTACK = re.compile(r"\b(?:before|during|after)\s+the\s+(?:attack|raid|assault|violence|fighting)\b", re.IGNORECASE)
_FLED = re.compile(r"\b(?:flee|fled|flees|fleeing|escape[sd]?|escaping|displaced|ran\s+away|hid|hide)\b", re.IGNORECASE)
_SUFFERED = re.compile(r"\b(?:were|was)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|abducted|kidnapped|shot|attacked)\b",
                       re.IGNORECASE)


def _protest(hits: Sequence[TriggerHit], sentence: str, names: set[str], killed: bool,
             injured: bool, offset: int = 0, organised: bool = False) -> Typing:
    protest = [h for h in hits if h.trigger.name in ("protest", "riot")]
    violent = [h for h in hits if h.event in _VIOLENT_EVENTS]
    main = max(protest, key=lambda h: h.trigger.rank)
    by_forces = _FORCES.search(sentence)
    # Force used on the protesters ("were shot and beaten ... by armed police") is excessive force,
    # whatever they were hit with; force used by them is a violent demonstration.
    on_them = re.search(r"\b(?:were|was)\s+(?:\w+\s+){0,2}(?:shot|beaten|killed|injured|wounded|attacked)\b[^.;]{0,80}?\bby\s+"
                        r"(?:\w+\s+){0,2}(?:police|security|forces|soldiers|troops|army|gendarmes?|officers)\b", sentence, re.I)
    if "riot" in names:
        riots = [h for h in protest if h.trigger.name == "riot"]
        if "protest" not in names and not _TO_PROTEST.search(sentence) and any(
                (re.match(r"(?:an?\s+|the\s+)?mobs?\b", sentence[h.start - offset:], re.IGNORECASE)
                 and not _STATE_PROPERTY.match(sentence, h.end - offset))
                or _PEOPLE_SET_UPON.match(sentence, h.end - offset)
                or _ACCUSED_PROPERTY.match(sentence, h.end - offset) for h in riots):
            # "a mob set fire to 70 houses", "residents beat and set fire to 2 men": a crowd
            # with no demand, or one set upon people, is ACLED's mob violence.
            return Typing("ASSAULT", ("beat",), "Mob violence", riots[0], True)
        # ACLED: force used on rioters, lethal or not, leaves a violent demonstration.
        return Typing("PROTEST", ("riot",), "Violent demonstration", main, True)
    rams = [h for h in violent if h.trigger.name == "ramming"]
    # (the forces that matter drove the vehicle, not the police violence protested against)
    forces_rammed = bool(rams) and _FORCES.search(sentence, 0, rams[0].end - offset)
    blasts = [h for h in violent if h.trigger.name in ("grenade", "ied", "suicide") and h.trigger.strong
              and h.start < min(p.start for p in protest)
              and not _NOT_A_WEAPON_BEFORE.search(sentence, max(0, h.start - offset - 12), h.start - offset)]
    if blasts and not by_forces:
        # "A grenade was thrown into a crowd at a rally": a bomb set off among a protest is an
        # attack on it by explosives, whoever threw it.
        strongest = max(blasts, key=lambda h: h.trigger.rank)
        return Typing("ASSAULT", _modes(violent, "ASSAULT"), strongest.trigger.acled, strongest, True)
    if (any(h.trigger.strong for h in violent) or ((killed or injured) and _UNKNOWN_MEN.search(sentence))) and (
            (rams and not forces_rammed) or (not by_forces and not organised
                                             and (_ATTACKERS.search(sentence) or _LONE_ATTACKER.search(sentence)
                                                  or _UNKNOWN_MEN.search(sentence)))):
        # ACLED: a gunman or a driver who turns on a protest attacks civilians; excessive force is
        # the state's, or that of an organised armed group that holds the area ("HTS militants
        # opened fire on protesters").
        strongest = max((h for h in violent if h.trigger.strong), key=lambda h: h.trigger.rank)
        return Typing("ASSAULT", _modes(violent, "ASSAULT") or ("firearms",), "Attack", strongest, True)
    if _live_fire(sentence) or on_them or ((killed or injured) and by_forces and (_FORCE.search(sentence) or GRAVELY_HURT.search(sentence))
                                                  and not _protest_violence(sentence)) \
            or ((killed or injured) and _PROTESTERS_KILLED.search(sentence)
                and (killed or _SHOT_AT_THEM.search(sentence))):
        return Typing("ASSAULT", _modes(violent, "ASSAULT") or ("firearms",),
                      "Excessive force against protesters", main, True)
    if "riot" in names or _protest_violence(sentence):
        return Typing("PROTEST", ("riot",), "Violent demonstration", main, True)
    if any(not (m.group().lower().startswith(("arrest", "detain"))
                and _ARREST_PROTESTED.search(sentence, max(0, m.start() - 80), m.start()))
           for m in _INTERVENTION.finditer(sentence)):
        return Typing("PROTEST", ("demo",), "Protest with intervention", main, True)
    return Typing("PROTEST", ("demo",), "Peaceful protest", main, True)



# What was attacked when it is a thing, not a person: GTD's facility attacks, PLOVER's "destroy".
_FACILITY = re.compile(
    r"\b(?:attack\w*|targeted|struck|hit|raided|stormed|bombed|burn\w*|set\s+fire\s+to|torched|vandali[sz]ed)\s+(?:on\s+)?"
    r"(?:a|an|the|two|three|several)?\s*(?:\w+\s+){0,2}?(?:hospital|clinic|school|mast|tower|church|mosque|temple|synagogue|office|"
    r"polling\s+station|station|building|bridge|pipeline|power\s+(?:line|plant|station)|pylons?|substation|plant|factory|mine|shop|market|"
    r"warehouse|depot|headquarters|house|home|residence|facility|infrastructure|installation|vehicle|truck|bus|train|"
    r"railway|airport|port|camp|property|farm|farmland|crops|construction\s+site|site)s?\b", re.IGNORECASE)
# A post of armed men attacked with no word of damage ("attacked a police headquarters"): GTD's
# armed assault on the men inside, not an attack on the building.
_SECURITY_POST = re.compile(r"(?:attack\w*|targeted|struck|hit|raided|stormed)\s+(?:on\s+)?(?:a|an|the|two|three|several)?\s*"
                            r"(?:[\w\-]+\s+){0,2}?(?:police|military|army|security|gendarmerie|border|troops['’]?)\s+"
                            r"(?:[\w\-]+\s+)?(?:headquarters|station|post|base|barracks|outpost|camp|compound|checkpoint|"
                            r"position)s?\b", re.IGNORECASE)


def _facility_attacked(sentence: str) -> bool:
    return any(not _SECURITY_POST.match(m.group()) or _DAMAGE.search(sentence) for m in _FACILITY.finditer(sentence))


# (the post damaged: "attacked a police headquarters with explosives, heavily damaging the building")
_DAMAGE = re.compile(r"\b(?:damag\w*|destroy\w*|wreck\w*|blew\s+up|blown\s+up|set\s+(?:\w+\s+)?(?:on\s+)?fire|burn\w*|"
                     r"torch\w*|razed|gutted|ransack\w*|loot\w*)\b", re.IGNORECASE)


_OFFICIAL = re.compile(r"\b(?:official|leader|commander|mayor|governor|chief|judge|journalist|reporter|activist|politician|"
                       r"administrator|commissioner|chairman|"
                       r"candidate|lawmaker|(?-i:MP)|member\s+of\s+(?:the\s+)?(?:parliament|congress|assembly)|parliamentarian|"
                       r"legislator|senator|councill?or|councilman|imam|priest|pastor|cleric|businessman|"
                       r"businessperson|minister|director|prosecutor|former\s+\w+)\b", re.IGNORECASE)

# ("..., the deputy county commissioner said": the official tells, not suffers)
_SPEAKS = re.compile(r"(?:\s+[\w\-]+){0,3}?\s+(?:said|says|told|condemned|confirmed|announced|stated|added|reported)\b",
                     re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,3}?$", re.IGNORECASE)


def _default_modes(sentence: str, killed: bool, injured: bool) -> tuple[str, ...]:
    """How an attack was likely carried out when no sentence of the event says: a facility
    attacked is "destroy"; people killed or hurt with no weapon named were, in most reports of
    that shape, shot (GTD's Armed Assault); a named official as the victim makes it "targeted".
    Consolidation uses these only when the event has no explicit mode."""
    out = []
    if _facility_attacked(sentence):
        out.append("destroy")
    elif killed or injured or _GUNMEN.search(sentence):
        out.append("firearms")
    return tuple(out)


def _stated_modes(modes: tuple[str, ...], sentence: str, killed: bool, injured: bool) -> tuple[str, ...]:
    """Modes the clause states beyond its weapon words: a named official as the victim is a
    targeted attack; a facility attacked with nobody hurt is an attack on the facility."""
    out = list(modes)
    if (killed or injured) and "targeted" not in out and any(
            not _SPEAKS.match(sentence, m.end()) and not _ACCORDING.search(sentence, max(0, m.start() - 40), m.start())
            for m in _OFFICIAL.finditer(sentence)):
        out.append("targeted")
    if "primitive" in out and "targeted" not in out and _ONE_STABBED.search(sentence):
        # "An assailant stabbed a police officer", "stabbed Elmar Valiyev": a knife attack on one
        # person chosen (GTD's Armed Assault or Assassination), not a spree ("stabbed three
        # passers-by")
        out.append("targeted")
    if _facility_attacked(sentence) and not (killed or injured) and "destroy" not in out:
        out.append("destroy")
    return tuple(out)


# One person, by a singular noun ("a stranger", "the police officer") or a name ("Elmar Valiyev"),
# not a people or a body ("Israeli Border Police officers", "New Year revellers") nor a crowd.
_ONE_VICTIM = (r"(?:(?:a|an|the)\s+(?:(?!(?:and|or)\b)[\w\-]+\s+){0,2}?"
               r"(?!(?:number|group|crowd|family|couple|series|pair|and|or|of|to|in|at|on|with|from|by|two|three|four|"
               r"five|six|seven|eight|nine|ten|several|many|few|dozens|people|persons|men|women|children)\b)[a-z][\w\-]*[^\Ws](?!['’\w\-])"
               # (not the first of several: "a police officer and two soldiers", "a preacher and his disciples")
               r"(?!\s+(?:of|and|or)\b|\s+(?:[\w\-]+\s+)?[a-z]+s\b|(?:\s+[\w\-]+)?(?:\s+and|\s*,)\s+(?:an?|the|his|her|their|"
               r"two|three|four|five|six|\d+|several|other|others)\b)"
               r"|(?:(?:presidential\s+)?candidate\s+|journalist\s+|activist\s+|lawmaker\s+)?"
               # (a first name may end like a people's, "Hassan Ali", but a people is no plural: "Chinese Muslims")
               r"(?-i:[A-Z][\w'’\-]+\s+(?:(?<=(?:an|se|sh|[a-z]i)\s)[A-Z][\w'’\-]*[^\Ws]|(?<!(?:an|se|sh|[a-z]i)\s)[A-Z][\w'’\-]+)\b)"
               r"(?!\s+(?-i:[A-Z])|\s+[a-z]+s\b))")
# "An assailant stabbed a police officer", "hacked to death Nityaranjan Pande", "armed with a knife
# attacked a soldier"
_BLADE = r"(?:knives|knife|machetes?|axes?|hatchets?|blades?|swords?|daggers?|cleavers?|bayonets?|screwdrivers?)"
_ONE_STABBED = re.compile(rf"\b(?:(?:stabbed|knifed|hacked|slashed)(?:\s+to\s+death)?|"
                          rf"armed\s+with\s+(?:an?\s+)?(?:[\w\-]+\s+)?{_BLADE}\b[^.;]{{0,60}}?\b(?:attacked|assaulted|stabbed))"
                          rf"\s+{_ONE_VICTIM}|"
                          # ("Two assailants attacked a police officer with knives")
                          rf"\b(?:attacked|assaulted)\s+{_ONE_VICTIM}(?=[^.;]{{0,40}}?\bwith\s+(?:a\s+|an\s+)?(?:[\w\-]+\s+)?{_BLADE}\b)",
                          re.IGNORECASE)


# Triggers of property taken or wrecked, with nobody hurt.
_TAKEN_OR_WRECKED = ("loot", "arson", "house_blown_up", "wrecked")
# "Four vigilantes were killed": the word before a passive of harm is who was struck.
_STRUCK_AFTER = re.compile(r"[\w\-]+,?\s+(?:[\w\-]+,?\s+){0,2}?(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?"
                           r"(?:killed|injured|wounded|shot|abducted|kidnapped|attacked|ambushed|targeted)\b", re.IGNORECASE)
# An attack verb just before a word: what follows is what was struck.
_STRUCK_BEFORE = re.compile(r"\b(?:attack(?:ed|ing|s)?|ambush(?:ed|ing)?|kill(?:ed|ing)|shot|shoot(?:ing)?|abduct(?:ed|ing)|"
                            r"kidnapp(?:ed|ing)|target(?:ed|ing)|raid(?:ed|ing)|storm(?:ed|ing)|overr(?:an|unning)|"
                            r"wound(?:ed|ing)|injur(?:ed|ing)|on|against)\s+(?:(?:a|an|the|two|three|four|five|six|"
                            r"several|\d+|local|community|civilian|of)\s+){0,3}$", re.IGNORECASE)


# Epidemics and hazards: what curfews, lockdowns and evacuations of civil protection answer.
_CIVIL_EMERGENCY = re.compile(r"\b(?:virus|covid\S*|coronavirus|pandemic|epidemic|outbreak|ebola|cholera|infections?|"
                              r"vaccin\w+|quarantine|cyclone|hurricane|typhoon|floods?|flooding|storms?|wildfires?|"
                              r"volcano|eruption|earthquake|tsunami|landslides?|gas\s+leaks?|leaks?|spills?|toxic|fumes|"
                              r"bushfires?|blaze)\b", re.IGNORECASE)
# What a feud had done before the sentence's own news ("a rido that had killed several").
_FEUD_HAD = re.compile(r"\b(?:feuds?|ridos?|vendettas?|conflicts?|disputes?)\s+(?:that|which)\s+had\s+"
                       r"(?:already\s+|previously\s+|earlier\s+)?$", re.IGNORECASE)
# The words between a context phrase and the trigger it holds, short of a new clause.
_UP_TO_SIX_WORDS = r"(?:(?!(?:who|which|that|and)\b)\w+\s+){0,6}?"
_SPELL_BEFORE = re.compile(r"\b(?:(?:demand\w*|call\w*\s+for)\s+(?:[\w\-]+\s+){0,10}?an\s+end\s+to\s+(?:[\w\-]+\s+){0,2}?|"
                          # ("to demand lower fuel prices and an end to extortion by gangs": a demand)
                          r"(?:after|following|amid|ending|to\s+end|end(?:ed|s)?)\s+(?:\w+\s+){0,2}?"
                          r"(?:days|weeks|months|years|decades)\s+of\s+(?:[\w\-]+\s+){0,5}?|"
                          # (the terms agreed, within their own clause: not "agreed to a ceasefire, but
                          # fighting resumed")
                          r"(?:agree(?:d|ing|s)?|pledg(?:ed|ing|es)|committ?(?:ed|ing|s))\s+(?:to|on)\s+"
                          r"(?:(?!(?:but|then|yet|however|before|after|when|while)\b)[\w'’\-]+\s+){0,8}?|"
                          # (who is to be given back: "agreed to stop cattle raids and return abducted children",
                          # "to return livestock raided in previous weeks")
                          # (a withdrawal agreed: "followed by the withdrawal of M23 from occupied areas")
                          r"(?:withdrawal|pull-?out)\s+of\s+(?:[\w\-]+\s+){1,4}?from\s+(?:the\s+|all\s+)?(?:[\w\-]+\s+){0,2}?|"
                          r"(?:to|and|would|will)\s+(?:return|release|free|hand\s+over|exchange)\s+(?:the\s+|all\s+)?(?:(?!(?:and|but|then)\b)[\w\-]+\s+){0,2}?|"
                          # what a measure answers: "set up a base ... to respond to attacks by armed men"
                          r"(?:to\s+(?:respond\s+to|counter|stop|prevent|curb|combat|fight|tackle|deter|end|resolve|settle|reduce)|in\s+response\s+to|"
                          r"(?:following|after)\s+(?:recent|a\s+spate\s+of|a\s+series\s+of|a\s+wave\s+of|several|repeated)|"
                          # ("deployed troops ... following a surge in bandit attacks": the reason)
                          r"(?:following|after|amid)\s+(?:an?\s+)?(?:surge|increase|rise|upsurge|escalation|spike|uptick)\s+(?:in|of)|"
                          r"amid\s+(?:rising|increasing|growing|mounting|escalating)|"
                          # ("arrived in Dori, fleeing threats and attacks by militants": why they fled)
                          r"(?<=,\s)fleeing(?:\s+\w+\s+and)?|"
                          # ("during which the bandits released 11 kidnapped persons": those set free)
                          r"(?:released|freed|handed\s+over)\s+(?:[\d,]+|all|the|several|some|\w+)(?=\s+$)|"
                          # ("refugees, who had fled attacks by militants, settled": why they left;
                          # "to jointly investigate recent cattle raids", "blood money for the victims
                          # of clashes": terms about violence told before)
                          r"\bhad\s+fled|to\s+(?:jointly\s+)?(?:investigate|probe|look\s+into)|"
                          r"(?:victims|survivors|widows|orphans)\s+of|"
                          # ("detained two suspects ... after assisting the perpetrator of the 13 November
                          # Istiklal Avenue bombing": whom the arrest is for)
                          r"(?:perpetrators?|masterminds?|planners?|organi[sz]ers?|suspects?)\s+(?:of|behind|in)\s+the|"
                          # ("displaced following threats and fighting between armed groups")
                          r"\bthreats\s+and)"
                          r"\s+" + _UP_TO_SIX_WORDS + r")$", re.IGNORECASE)

# "imposed a dusk-to-dawn curfew in Melfi following intercommunal clashes": the unrest a measure
# answers (where the clause reports no toll of its own).
_MEASURE_AFTER = re.compile(r"(?:\b(?:impos\w+|declar\w+|announc\w+|enforc\w+|extend\w+)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?"
                            r"(?:curfews?|lockdowns?|states?\s+of\s+emergency)\b|"
                            # ("additional companies were deployed to Moreh following the killing of a police officer")
                            r"\b(?:were|was|been)\s+(?:\w+\s+)?(?:deployed|sent|dispatched|rushed)\b)[^.;]{0,100}?\s(?:following|after)\s+"
                            + _UP_TO_SIX_WORDS + "$", re.IGNORECASE)
# "established a temporary operating base in Bouca following clashes between anti-Balaka and
# ex-Seleka", "signed a reconciliation document following clashes": the fighting is the reason for
# the base or the pact (not "after militants killed 8 civilians", which is news of its own).
_BASE_AFTER = re.compile(r"\b(?:(?:established|set\s+up|opened|installed|built)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
                         r"(?:[\w\-]+\s+){0,3}?(?:base|camp|outpost|post|detachment|barracks)s?|"
                         # ("signed a reconciliation document ... following clashes over grazing land")
                         r"(?:signed|reached|concluded|struck)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?"
                         r"(?:agreement|deal|accord|truce|ceasefire|pact|covenant|document|declaration|charter)s?|"
                         # ("a tribal truce was reached between two tribes ... following a revenge killing")
                         r"(?:agreement|deal|accord|truce|ceasefire|pact)\s+(?:was|were|has\s+been|had\s+been)\s+"
                         r"(?:reached|signed|concluded|struck|brokered|agreed))"
                         r"\b[^.;]{0,100}?\s(?:following|after)\s+" + _UP_TO_SIX_WORDS + "$", re.IGNORECASE)
# "following a revenge killing", "after the killings of two herders": a killing told as a noun
# (not "after killing three militants", what they did before).
_KILLING_NOUN = re.compile(r"(?<!after\s)(?<!following\s)killings?\b", re.IGNORECASE)
# ("declared a state of emergency after the assassination of a presidential candidate": its cause)
_MURDER_NOUN = re.compile(r"(?:assassination|murder|massacre)s?\b", re.IGNORECASE)
_REMOTE = frozenset({"Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"})
_DURING = re.compile(r"\b(?:during|amid)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_AIRCRAFT = re.compile(r"\b(?:drones?|aircraft|planes?|helicopters?|jets?)\b", re.IGNORECASE)
_STRUCK_HOME = re.compile(r"\b(?:one|two|three|four|five|\d+|some|several|a|the\s+(?:other|remaining|rest))\s+(?:of\s+(?:them|the\s+\w+)\s+)?"
                          r"(?:[\w\-]+\s+)?(?:drones?|missiles?|rockets?|shells?|UAVs?)?\s*(?:hit(?!\s+by)|struck|damaged|"
                          r"landed\s+(?:on|in)(?!\s+(?:an?\s+)?(?:open|empty|uninhabited|unpopulated)\b)|"
                          r"exploded\s+(?:on|in|near))\b", re.IGNORECASE)
_DEATHS = re.compile(r"\b(?:killed|killing|dead|died)\b", re.IGNORECASE)
_CLAUSE_OR_SPEECH = re.compile(r"[,;:]|\b(?:said|says|told|reported|that|according\s+to\s+\w+)\b", re.IGNORECASE)
_GUNFIRE = re.compile(r"\b(?:militias|fire|fired|firing|shots?|guns?|gunfire)\b", re.IGNORECASE)
_EACH_OTHER = re.compile(r"\b(?:at|with|on|against)\s+(?:each\s+other|one\s+another)\b", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:said|says|say|told|reported|according|claimed|added|stated)\b", re.IGNORECASE)


# A party's or a movement's youths or supporters are its militia, no crowd ("suspected ZANU-PF
# youths assaulted two activists").
_PARTY_MEN = re.compile(r"\b(?-i:ZANU-PF|ZANU|MDC|CCC|ANC|EFF|IFP|APC|PDP|CNDD-FDD|ODM|UDA|Jubilee|NRM|NUP|FDC|UPND|PF|FRELIMO|RENAMO|"
                        r"MPLA|UNITA|SWAPO|CPP|NPP|NDC|RPF|AKP|BJP|TMC|CPI\(M\)|Awami\s+League|BNP|PTI|PML-N|PPP|MQM|JUI-F)"
                        r"\s+(?:youths|youth\s+wingers|supporters|cadres|loyalists|activists)\b", re.IGNORECASE)


def _violence(pool: Sequence[TriggerHit], sentence: str, names: set[str], has_state_actor: bool,
              has_armed_actor: bool, killed: bool, injured: bool, victims: str,
              weapons: Sequence[TriggerHit] = (), offset: int = 0, victim_phrases: Sequence[str] = ()) -> Typing:
    vigilantes = [h for h in pool if h.trigger.name == "mob"
                  and re.match(r"vigilantes?\b", sentence[h.start - offset:], re.IGNORECASE)]
    struck = [h for h in vigilantes if _ends_with(_STRUCK_BEFORE, sentence, h.start - offset)
              or _STRUCK_AFTER.match(sentence, h.start - offset)]
    if struck and len(struck) < len(pool):
        # "attacked a vigilante checkpoint, killing two vigilantes": the militia is the target,
        # not a mob; what remains says what the attackers did.
        pool = [h for h in pool if h not in struck]
        vigilantes = [h for h in vigilantes if h not in struck]
        if not any(h.trigger.name == "mob" for h in pool):
            names = names - {"mob"}
    if vigilantes and _ATTACKERS.search(sentence) and not _LYNCHING.search(sentence):
        # "vigilantes and hunters repelled bandits": a militia fighting armed men (ACLED's
        # Armed clash), not a mob.
        rest = [h for h in pool if h not in vigilantes]
        main = max(rest or vigilantes, key=lambda h: h.trigger.rank)
        return Typing("ASSAULT", _modes(rest, "ASSAULT") or ("firearms",), "Armed clash", main, True)
    main = max(pool, key=lambda h: h.trigger.rank)
    sub = main.trigger.acled
    if main.trigger.name == "clash":
        before, after = sentence[:max(0, main.start - offset)], sentence[main.end - offset:]
        if _CIVIL_CROWD.search(before) and _POLICE.search(after) and not _ATTACKERS.search(sentence):
            # "Opposition supporters clashed with police": a crowd fighting the police is a
            # violent demonstration (ACLED), not a battle.
            return Typing("PROTEST", ("riot",), "Violent demonstration", main, True)
        if _CONFRONTED.fullmatch(sentence, main.start - offset, main.end - offset) and not _ARMED_SIDE.search(before):
            # "rival student groups confronted each other": nobody armed, a brawl (ACLED's mob violence)
            return Typing("ASSAULT", ("beat",), "Mob violence", main, True)
        if (_CIVIL_CROWD.search(before) or _CRUDE_WEAPONS.search(after)) and not has_armed_actor \
                and not _ATTACKERS.search(sentence) and not _POLICE.search(before) and not _ARMED_CROWD.search(sentence) \
                and not (_PASTORAL.search(sentence) and not _MELEE.search(sentence)):
            # "Villagers clashed with sticks and stones over land", rival party supporters: crowds
            # fighting each other are ACLED's mob violence.
            return Typing("ASSAULT", ("beat",), "Mob violence", main, True)
    if main.trigger.needs_state_actor and not has_state_actor:  # "retook" by rebels: a capture
        sub = "Non-state actor overtakes territory"
    if sub == "Abduction/forced disappearance" and killed:
        sub = "Attack"
    if sub == "Looting/property destruction" and (killed or injured):
        sub = "Attack"
    if sub == "Attack" and not (killed or injured) and any(
            h.trigger.name in ("attack", "storm_verb") and re.match(r"raid", sentence[h.start - offset:], re.IGNORECASE)
            for h in pool) \
            and _only(pool, ("attack", "storm_verb", *_TAKEN_OR_WRECKED, *_TOLL_TRIGGERS), sentence, offset) \
            and any(h.trigger.name in _TAKEN_OR_WRECKED for h in pool):
        # "raided a village, looting shops and livestock and burning several houses. No
        # casualties": a raid that took and burned, and hurt nobody, is ACLED's looting.
        sub = "Looting/property destruction"
    if sub == "Attack" and not (killed or injured) and any(h.trigger.name in _TAKEN_OR_WRECKED for h in pool) \
            and _only(pool, _TAKEN_OR_WRECKED, sentence, offset) \
            and not (_PEOPLE_SET_ON.search(_OWNED.sub(" ", sentence)) and any(h.trigger.name == "arson" for h in pool)):
        # "unknown gunmen set ablaze the INEC office ... No casualties": property burned, nobody
        # attacked, is ACLED's property destruction (the men named by their guns fired none); so
        # is what they took ("Gunmen seize grain, livestock from farmers").
        sub = "Looting/property destruction"
    if sub == "Non-state actor overtakes territory" and not (killed or injured) \
            and (not (_FIGHTING.search(sentence) or _TAKEN_FROM_FORCES.search(sentence)) or _UNOPPOSED.search(sentence)
                 or (_LEFT_BEHIND.search(sentence) and not _FIGHTING.search(re.sub(r"\bfighters?\b", "", sentence)))):
        sub = "Non-violent transfer of territory"
    head = victims[:30]
    # Who did it: the words before the victims, or before the first violent word when the victims
    # are told by a casualty phrase alone ("residents caught a thief and burned him alive.").
    told = [sentence.find(p) for p in victim_phrases if p and p in sentence]
    if head.strip(" .;,") and head in sentence:
        agents = sentence[:sentence.find(head)]
    else:
        agents = sentence[:max(0, min([min(h.start for h in pool) - offset, *told]))]
        said = list(_REPORTED.finditer(agents))
        if said:
            # "Residents said three farmers were killed": witnesses, not the killers; but what
            # they said may name the crowd ("... told reporters that a crowd had burned ...").
            agents = agents[said[-1].end():]
    # Armed youths raiding cattle are a communal militia (ACLED's identity militias), not a mob.
    # ... and people told as victims ("Three residents were killed and 15 others ...") did nothing.
    # ... nor people fleeing while gunmen attack ("Residents flee as gunmen attack a village").
    crowd_did_it = bool(_CROWD.search(_CROWD_RUN_INTO.sub(" ", agents))) and not _ARMED_VICTIMS.search(agents) \
        and not _ARMED_CROWD.search(sentence) and not _SUFFERED.search(agents) \
        and not (_FLED.search(agents) and (_ATTACKERS.search(sentence) or _BEFORE_THE_ATTACK.search(sentence))) \
        and not _ATTACKERS.search(agents) \
        and not _PARTY_MEN.search(agents)  # "Residents said gunmen beat two farmers": the gunmen did
    armed_agent = has_armed_actor or _ATTACKERS.search(sentence) or _ARMED_PEOPLE.search(sentence)
    # "a man was beaten to death by villagers": the crowd, told after the verb
    crowd_did_it = crowd_did_it or (not armed_agent and _BY_CROWD.match(sentence, main.end - offset) is not None)
    private_quarrel = not armed_agent and re.search(r"\bdispute\b", sentence, re.IGNORECASE)
    if sub == "Attack" and crowd_did_it and not armed_agent and CROWD_ON_FORCES.search(sentence):
        # "angry residents erected barricades and threw stones at police": a crowd against the
        # state riots (ACLED's violent demonstration); a mob sets upon people.
        return Typing("PROTEST", ("riot",), "Violent demonstration", main, main.trigger.strong)
    if sub == "Attack" and ("mob" in names or crowd_did_it or private_quarrel):
        sub = "Mob violence"
    elif sub == "Looting/property destruction" and crowd_did_it and not armed_agent \
            and any(h.trigger.name == "arson" and _BURNED.search(sentence[h.start - offset:h.end - offset]) for h in pool) \
            and _ACCUSED_OWNER.search(sentence):
        # "residents ... set ablaze the shop of a herbalist accused of ritual killings": a crowd's
        # justice on someone's property is ACLED's mob violence (not "youths set on fire the
        # men's hostel", property destroyed).
        sub = "Mob violence"
    elif sub == "Looting/property destruction" and crowd_did_it and not armed_agent \
            and any(_THE_STATES.match(sentence, h.end - offset) for h in pool):
        # "youths burned a police post and vandalised vehicles": a crowd against the state riots
        # (ACLED's violent demonstration).
        return Typing("PROTEST", ("riot",), "Violent demonstration", main, main.trigger.strong)
    elif sub == "Attack" and has_armed_actor and _ARMED_VICTIMS.search(_CHARGE_PHRASE.sub(" ", victims)) \
            and ((not _CIVILIAN_VICTIMS.search(victims) and not _CIVILIAN_OBJECT.match(victims)) or _GUNFIGHT.search(sentence)):
        # ("two army soldiers and a civilian were killed in a gunfight with militants": a battle,
        # whoever else fell in it)
        sub = "Armed clash"
    return Typing("ASSAULT", _stated_modes(_modes([*pool, *weapons], "ASSAULT"), sentence, killed, injured), sub, main,
                  main.trigger.strong, _default_modes(sentence, killed, injured))
