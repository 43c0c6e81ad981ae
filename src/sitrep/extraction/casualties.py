"""Killed and injured figures with the phrase they came from.

Rules (README "Coding rules: casualties"):
- "46 people were killed" -> 46/46; "at least 12", "more than 100" -> 12/None, 100/None;
  "10 to 15" -> 10/15; "nearly/about 50" -> 50/50.
- Vague words take ACLED's conservative values: dozens 12, several 3, tens 10, hundreds 100.
- "an unknown number" gives no figure.
- Groups joined in one clause are summed: "two soldiers and three civilians were killed" -> 5.
- A singular subject with "was killed" is one death.
- Victim groups that are the attackers ("the assailant", "five militants") are flagged, because
  GTD counts attackers in its totals while other figures in the same report may not.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..models import Count
from .numbers import NUMBER, WORD_NUMBER, parse_number

KILLED, INJURED = "killed", "injured"
STRUCK = "struck"  # attacked; how many of them died or were hurt is told apart
TAKEN = "taken"  # abducted, held or attacked: "the hostages were later executed" counts them
REFERRED = "referred"  # "the hostages were executed": as many as were taken or struck
DIED_OF_INJURIES = "died-of-injuries"  # "two of the injured later died", told apart from their figure
DIED_LATER = "died-later"  # "He died in hospital": one person told before died, if not already counted
MAX_FIGURE = 10_000_000  # larger than any single event's toll on record

_QUAL = (r"(?:at\s+least|more\s+than|over|nearly|almost|about|around|approximately|some|up\s+to|"
         r"as\s+many\s+as|at\s+most|fewer\s+than|less\s+than|roughly|an\s+estimated|a\s+total\s+of|"
         r"reportedly|another|an\s+additional|a\s+further|all)")
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
# A day of a month ("On 7 May 2020"), a year or an age ("a 12-year-old") is never a casualty figure.
_NOT_DATE = rf"(?!\s+{_MONTHS})(?!\s*(?:st|nd|rd|th)\b)(?<!\b(?:19|20)\d\d)(?![-\s](?:years?|months?)[-\s]old\b)"
# (a length of time is no figure of people: "a gunfight lasting several hours"; nor is a sum:
# "carrying a reward of Rs 2 lakh")
_NUM = (rf"(?<![\w'’\-])(?<!\bno\s)(?<!\bNo\s)(?<!\bRs\s)(?<!\bRs\.\s)(?<![$€£])"
        rf"(?:between\s+{NUMBER}\s+and\s+{NUMBER}\b|(?:{_QUAL}\s+)?{NUMBER}\b{_NOT_DATE}"
        rf"(?:\s*(?:-|to|or)\s*\d+\b)?)(?!\s+(?:more\s+)?(?:hours|days|minutes|weeks|months|years)\b)"
        rf"(?!\s+(?:lakhs?|crores?|rupees|dollars|naira|shillings|francs|euros)\b)")
_KILL_VERB = (r"(?:killed|dead|died|slain|martyred|murdered|executed|beheaded|decapitated|massacred|shot\s+dead|gunned\s+down|"
              r"(?:clubbed|thrashed|bludgeoned)\s+to\s+death|"
              r"lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|perished|fatalities|fatality|deaths|"
              r"bodies|hacked\s+to\s+death|burn(?:ed|t)\s+to\s+death|stabbed\s+to\s+death|beaten\s+to\s+death|stoned\s+to\s+death|"
              r"lynched|assassinated|succumbed|neutrali[sz]ed|death|paid\s+the\s+(?:supreme|ultimate)\s+price)")
_INJURE_VERB = (r"(?:injured|wounded|hurt|injuries|sickened|fell\s+ill|"
                # ("A farm guard was beaten during the raid"; not "beaten back", nor in an election)
                r"(?:badly\s+|severely\s+)?beaten(?!\s+(?:back|off|to\s+death|in\s+(?:the\s+|a\s+)?(?:\w+['’]s\s+)?(?:elections?|polls?|votes?|race|final|match|runoff|ballot|primary|"
                r"primaries|by-elections?|contest)\b(?!\s+(?:officials|school|centre|center|counting|workers|staff|observers)\b)|"
                r"by\s+(?:\d[\d,]*\s+votes|a\s+(?:\w+\s+)?margin|(?:the\s+|a\s+)?(?:incumbent|rival|opponent|challenger|ruling\s+party)\b)))"
                r"(?!\s+(?:\w+\s+){0,3}?(?:before|and)\s+(?:then\s+)?(?:being\s+)?(?:shot|killed|executed|stabbed|hacked|burned|beheaded))\b|(?:suffered|sustained)\s+(?:\w+\s+){0,2}?(?:injuries|injury|wounds?|burns|cuts?|bruises|"
                r"fractures?|smoke\s+inhalation)|hospitali[sz]ed|"
                # "were treated in hospital for burns": hurt, as GTD counts them
                # (an aside between: "treated in hospital, most for flash burns")
                r"treated\s+(?:(?:in|at)\s+(?:a\s+|the\s+)?hospital(?:\s*,\s*(?:most|many|some|all)(?:\s+of\s+them)?)?\s+)?for\s+"
                r"(?:\w+\s+)?(?:injuries|wounds|burns|smoke\s+inhalation)|"
                # ("six people were treated in hospital." after an attack: hurt; "nine other people
                # needed hospital treatment")
                r"(?:needed|required|received)\s+(?:hospital\s+|medical\s+)?treatment(?:\s+in\s+hospital)?(?=\s*(?:[.;,]|$))|"
                r"(?:treated\s+(?:in|at)|admitted\s+to)\s+(?:a\s+|the\s+)?hospital(?=\s*(?:[.;]|$))|"
                # ("one man died and eleven others were taken to hospital.", not the bodies)
                r"(?:(?<=\bothers\swere\s)|(?<=\bpeople\swere\s)|(?<=\bpersons\swere\s))(?:taken|rushed|evacuated|transported)\s+to\s+(?:a\s+|the\s+)?"
                r"(?:nearby\s+|local\s+|(?-i:[A-Z])[\w\-]+\s+)?hospitals?(?=\s*(?:[.;,]|$)|\s+(?:in|at|after|when|following)\b)"
                # (not those "taken to hospital, where they were declared dead")
                r"(?!,?\s+where\s+(?:they|he|she|both|all(?:\s+\w+)?|the\s+\w+)\s+(?:(?:were|was)\s+(?:later\s+|subsequently\s+)?"
                r"(?:pronounced|declared|confirmed)\s+dead|(?:later\s+)?died|succumbed)\b|\s+dead\s+on\s+arrival)|"
                # ("Eight others were taken to hospital with gunshot wounds")
                r"taken\s+to\s+(?:a\s+|the\s+)?hospitals?\s+with\s+(?:\w+\s+)?(?:injuries|wounds|burns))")
_AUX = r"(?:(?:were|was|have\s+been|has\s+been|had\s+been|(?-i:are|is)|got|being|been)\s+)"
_ADV = r"(?:(?:reportedly|allegedly|also|later|all|critically|seriously|severely|slightly|lightly|fatally|reported|confirmed|left|found)\s+)"
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
ORDINAL_WORDS = "(?:" + "|".join(_ORDINALS) + ")"
# "a second attack on Tuesday": another incident, not a further victim.
NOT_ANOTHER_INCIDENT = r"(?!(?:[\w\-]+\s+){0,2}?(?:attack|raid|blast|bombing|incident|explosion|strike|assault|ambush)s?\b)"
_DURATION = r"(?:hours?|days?|weeks?|months?|years?|minutes?|times)"
# The attackers as GTD names them in a casualty phrase.
_ATTACKER_NOUN = r"(?:suicide\s+)?(?:assailant|attacker|bomber|gunm[ae]n|perpetrator|hostage-taker|hijacker)s?"
# Words between the number and the verb: the victim noun phrase ("people", "police officers",
# "fighters from the 5th Brigade"); no other number and no sentence break inside.
_GAP = (r"(?:(?!(?<=,\s)(?:shooting|stabbing)\b)(?!(?:said|says|told)\s+(?:(?-i:[A-Z])[\w\-]*\s+)?(?:that\s+)?(?:at\s+least\s+|only\s+|just\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens)\b))(?!(?:and|or|were|was|killed|injured|wounded|dead|died|paid(?=\s+the\s+(?:supreme|ultimate)\s+price)|killing|injuring|wounding|but|no|nobody|none|while|whom|among(?!\s+(?:them|the\s+hostages|the\s+victims)\b)|"
        r"lost\s+(?:their|his|her)\s+li(?:ves|fe)|perished|succumbed|"
        # ("Eleven passengers burned to death and nine suffered burns", "hacked five farmers to
        # death and seven suffered machete wounds" tell two groups)
        r"(?:to(?=\s+death)|shot(?=\s+dead)|gunned(?=\s+down))(?=\s+\w+\s*(?:,|and\b))|"
        r"whereas|although|though|before|after|when|until|he|she|they|it|\d+(?!-(?:years?|months?)-old))\b)"
        r"[\w'’()/&\-]+[,]?\s+){0,12}?")
# ... and no time between two groups of one verb ("rose to 17 the next day, and 40 others were
# wounded" tells two facts).
# ... nor an act ("One rocket struck the yard of a house and a woman was injured" is one woman).
_GAP_TIMELESS = _GAP.replace("(?:and|or|", "(?:and|or|next|following|later|previous|monday|tuesday|wednesday|thursday|"
                                           "friday|saturday|sunday|struck(?!\\s+by)|hit(?!\\s+by)|fell|landed|exploded|detonated|", 1)
_ATTACKER = re.compile(
    r"\b(?:assailants?|attackers?|gunm[ae]n|hostage[- ]takers?|hijackers?|militants?|insurgents?|terrorists?|bombers?|"
    r"perpetrators?|suspects?|jihadists?|fighters? of the|rebels?)\b", re.IGNORECASE)
# A sentence whose subject does violence before anything else is told: "A man dressed in a
# security uniform stabbed 9 people" (not "A farmer fought off robbers", "was attacked").
_DOER_FIRST = re.compile(r"\W*(?:\d{1,2}/\d{1,2}/\d{4}:\s*)?(?:(?!(?:before|until|when|after|was|were|been|fought|resisted)\b)[\w\-.,]+\s+){1,10}?"
                         r"(?:stabbed|shot|attacked|opened\s+fire|killed|wounded|injured|rammed|hacked|detonated|fired|"
                         r"knifed|shot\s+dead)\b", re.IGNORECASE)
_DOERS_TOLD = re.compile(r"\b(?:both|(?P<n>two|three|four|five|\d+))\s+(?:suicide\s+)?(?:bombers|attackers|assailants|gunmen)\b",
                         re.IGNORECASE)
# "Only the assailants were killed": the attackers' own dead, all of them (GTD counts them).
_ONLY_ATTACKERS_DIED = re.compile(r"\bonly\s+the\s+(?:(?P<n>two|three|four|five|\d+)\s+)?(?:suicide\s+)?(?:bombers|attackers|"
                                  r"assailants|gunmen|perpetrators)\s+(?:died|were\s+killed)\b", re.IGNORECASE)
# "There were no reported casualties aside from the death of the assailant": the attacker died.
_ASIDE_FROM_ATTACKER = re.compile(r"\b(?:aside\s+from|apart\s+from|except(?:\s+for)?|other\s+than|besides)\s+"
                                  r"(?P<death>the\s+death\s+of\s+the\s+(?:suicide\s+)?(?:assailant|attacker|bomber|perpetrator|"
                                  r"gunman|driver))\b", re.IGNORECASE)
_WEAPON = re.compile(r"\b(?:bombs?|bombings|explosions?|blasts?|attacks?|shootings|stabbings|shells?|rockets?|missiles?|"
                     r"strikes?|IEDs?|devices?|grenades?|mines?|vehicles?|cars?)\b", re.IGNORECASE)

_HABITUAL = re.compile(r"\b(?:every|each|per|a)\s+(?:year|month|week|day)\b|\bannually\b|\bon\s+average\b", re.IGNORECASE)
# A headline's present tense: "Four soldiers die in IED blast", "Three civilians die as shell hits
# market" (never "to die", "would die": nothing before the verb but the victims).
_DIE_NOW = r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bcould\s)(?-i:die|dies)(?=\s+(?:in|as|after|when|during|from|at|near)\b)"
# "46 people were killed", "two soldiers and three civilians were killed", "46 killed"
_SUBJECT_FIRST = re.compile(
    # (not the object of a verb before it: "killing 26 people and 40 others were wounded")
    rf"\b(?<!\bkilling\s)(?<!\bkilled\s)(?<!\bwounding\s)(?<!\binjuring\s)(?!an?\s+{ORDINAL_WORDS}\b)"
    # (nor the dead's own share: "28 people were killed, four attackers among them, and 43 ...")
    rf"(?!\S+\s+{_ATTACKER_NOUN}\s+(?:among|of)\s+them\b)"
    # ("killed in Yaha and one in Panare, and 19 wounded": a figure with a place is the last
    # verb's, not a group of the next one)
    rf"(?P<nums>(?:(?<!\band\s)|(?!{_NUM}\s+(?:in|at|near)\s+(?-i:[A-Z])))"
    # (nor across an aside: "the toll rose to seven, including four soldiers, and 12 others were
    # wounded" is blanked to "seven" and spaces)
    # (nor a part of the figure before: "334 killed, 186 of them children, and 783 wounded")
    # (nor things: "Two coaches derailed and seven passengers were injured")
    rf"(?:{_NUM}(?!\s{{4}})\s+(?!(?:{_DURATION}|km|kilomet\w+|miles?|of\s+(?:them|whom|those|these)|"
    rf"(?:coaches|carriages|wagons)(?=\s+(?:derailed|overturned|were\s+(?:derailed|damaged|destroyed|overturned)))|"
    rf"vehicles|cars|buses|trucks|lorries|houses|homes|shops|buildings|tents|boats)\b){_GAP_TIMELESS}"
    rf"(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+))*{_NUM})\s+"
    # ("a civilian who was selling food nearby were injured": the clause that says who)
    rf"(?P<gap>{_GAP})(?:who\s+(?:were|was)\s+[^,.;]{{1,60}}?(?:,\s+|\s+(?=(?:were|was)\s+{_ADV}?(?:{_KILL_VERB}|{_INJURE_VERB})\b)))?"
    rf"(?P<aux>{_AUX})?{_ADV}?{_ADV}?"
    # ("Two of the wounded were shot in the legs": those already counted)
    # ("A protester was hit in the head and critically injured")
    rf"(?:(?:\w+ed|shot|hit|struck|beaten)(?:\s+(?:in|on)\s+the\s+\w+)?\s+and\s+{_ADV}?)?(?<!\bof\sthe\s)(?P<verb>{_KILL_VERB}|{_INJURE_VERB}|{_DIE_NOW})\b"
    # ("wounding six others, then killed himself": the attacker's own death, not theirs)
    rf"(?!\s+(?:himself|herself|themselves)\b)",
    re.IGNORECASE,
)
# One person more, told by whose he was: "killing 10 police commandos and their civilian driver".
_THEIR_ONE = (r"(?:his|her|their)\s+(?:[\w\-]+\s+)?(?:driver|bodyguard|escort|guide|interpreter|translator|assistant|"
              r"son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin)\b(?!['’\-])")
# A further group of the same victims: "killed two soldiers and three civilians", "five
# civilians and a child" (a figure with its noun; never "and a day later", "and an unknown number",
# nor the sources of the figure: "killing 26 people, witnesses and a doctor said").
_CHAINED = (# ("injuring six of them, two seriously": how badly some of them were hurt, no more of them)
            rf"(?!\S+\s+(?:lightly|slightly|moderately|seriously|critically|severely|badly|mildly|gravely)\b)"
            rf"(?!(?:an?\s+)?(?:day|week|month|year|hour|time|number|unknown|undisclosed|unspecified|unreported|unconfirmed|"
            rf"uncounted|unclear|undetermined)\b)"
            # ("the bodies of five gunmen and two burned vehicles": things, no victims)
            rf"(?!\S+\s+(?:[\w\-]+\s+)?(?:vehicles?|cars?|trucks?|pick-?ups?|motorcycles?|motorbikes?|houses?|homes?|buildings?|"
            rf"shops?|weapons?|rifles?|guns?)(?=\s*(?:[,.;)]|$)|\s+(?:were|was|and|in|on|at|near|of|that|which)\b))"
            rf"(?!\S+\s+(?:[\w\-]+\s+)?(?:cattle|cows|goats|sheep|camels|donkeys|horses|livestock)\b)"
            # ("killing one protester, and a curfew was declared": "a" that opens a clause of its own)
            rf"(?!an?\s+(?:[\w\-]+\s+){{0,2}}?(?:was|were|is|are|has|had)\b)"
            # ("killed 4 civilians on the road between Nekemte and a nearby kebele", "shot dead two
            # people outside a synagogue in Halle and a kebab shop nearby": a place, no victim)
            rf"(?!an?\s+(?:[\w\-]+\s+){{0,2}}?(?:village|town|city|kebele|hamlet|locality|settlement|district|area|camp|"
            rf"market|road|neighbou?rhood|community|shop|store|restaurant|cafe|hotel|bar|club|mosque|church|synagogue|"
            rf"temple|school|station|hospital|office|building|house|home)s?\b"
            # (but "a bar owner" or "a hotel receptionist" is one more: the place noun ends a place)
            rf"(?=\s*(?:[,.;)]|$)|\s+(?:in|on|at|near|nearby|outside|of|where|which|that|and|along|close|west|east|north|south)\b))"
            rf"{_NUM}(?=\s+[a-z])(?!\s+[\w\-]+\s+(?:said|says|say|told|reported|added)\b)"
            # ("killing 12 soldiers, three military sources told AFP": who told it)
            rf"(?!\s+(?:(?!(?:who|whom|that)\b)[\w\-]+\s+){{0,2}}(?:sources?|officials?|officers?|residents|witnesses|police|spokesm[ae]n)\s+"
            rf"(?:said|says|told|reported|added)\b)"
            # ("..., and one survived": a figure with its own verb is another clause)
            rf"(?!\s+(?:others?\s+|people\s+|more\s+)?(?:survived|escaped|fled|was|were|managed|remains|remained)\b)"
            # ("killed 5 people and three civilians were wounded": nor with its verb a word later)
            rf"(?!\s+[\w\-]+(?:\s+[\w\-]+)?\s+(?:were|was)\s+(?:also\s+|seriously\s+|slightly\s+|critically\s+)?(?:wounded|injured|hurt|"
            rf"abducted|kidnapped|arrested|detained|rescued|missing|taken)\b)")
# (a statue "decapitated" by protesters is no one killed)
_NO_BODY = r"(?!\s+(?:an?|the|his|her|their)\s+(?:[\w\-]+\s+)?(?:statues?|monuments?|busts?|effig(?:y|ies)|sculptures?|dolls?)\b)"
# "killed 26 people", "killing at least 12", "Kills 46", "left 5 dead", "wounding two others"
_VERB_FIRST = re.compile(
    rf"\b(?P<verb>kill(?:ed|ing|s)?\s+(?:himself|herself|themselves)\s+(?:and|along\s+with)|kill(?:ed|ing|s)?|neutrali[sz](?:ed|ing|es)|(?:hack|burn|stabb?|beat|stone)(?:ed|ing|t|en)?\s+to\s+death|"
    rf"burn(?:ed|t|ing)\s+alive|"
    rf"injur(?:ed|ing|es|e)|wound(?:ed|ing|s)?|claim(?:ed|ing)?\s+the\s+lives\s+of|"
    rf"execut(?:ed|ing)(?!\s+(?:a|an|the)\s+(?:\w+\s+)?(?:warrants?|orders?|search|raids?|plans?|operations?)\b)|murder(?:ed|ing)|massacr(?:ed|ing)|(?:beheaded|decapitat(?:ed|ing)){_NO_BODY}|lynched|shot\s+dead|shooting\s+dead|gunned\s+down|(?:death|deaths|killing)\s+of|"
    rf"death\s+toll\s+(?:has\s+|had\s+|now\s+)?(?:reached|reaches|hit|hits|stands\s+at|stood\s+at)|"
    rf"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?:behead(?:s)?|shoots?\s+dead|guns?\s+down|execute[sd]?(?!\s+(?:a|an|the)\s+(?:\w+\s+)?(?:warrants?|orders?|search|raids?|plans?|operations?)\b))|"
    rf"(?:lose|loses|lost)(?=\s+{NUMBER}\s+(?:\w+\s+)?(?:soldiers|troops|men|policemen|officers|fighters)\b"
    rf"(?!\s+(?:\w+\s+)?(?:wounded|injured|missing|captured|arrested|detained|taken|defected|deserted|to|who|that)\b))|"
    rf"(?:wounding|injuring|injury|injuries)\s+of|behead(?:ed|ing)|bodies\s+of(?:\s+the(?:\s+(?:other|remaining))?)?|"
    rf"left|leaving|death\s+toll\s+(?:\w+\s+){{0,5}}?(?:to|at|of|:)|death\s+toll|"
    rf"(?:rais(?:ed|ing)|revis(?:ed|ing)|updat(?:ed|ing)|put(?:ting)?|bring(?:ing|s)?|brought|tak(?:ing|es)|took)\s+the\s+(?:death\s+)?toll\s+(?:\w+\s+){{0,2}}?(?:to|at)|"
    rf"toll\s+(?:in|from|of)\s+(?:[\w\-']+\s+){{1,5}}?(?:rises|rose|climbs|climbed|hits|reaches|reached|jumps|jumped)\s+to|"
    rf"toll\s+(?:later\s+|since\s+|has\s+(?:since\s+)?|had\s+|now\s+)?(?:rose|rises|risen|climbed|climbs|reached|reaches|hit|hits|jumped|jumps|increased|increases)\s+to)\s+"
    # ("killed his two personal security officers", "killing its three occupants", "killing the
    # four passengers"; a second verb of the same victims between: "beat to death and set ablaze two")
    rf"(?:(?<!\bleft\s)(?<!\bleaving\s)and\s+(?:set\s+ablaze|set\s+alight|set\s+on\s+fire|burn(?:ed|t)|dumped|mutilated)\s+"
    rf"(?=(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w\-]+\s+){{0,2}}?(?:men|women|people|persons|suspects|"
    rf"kidnappers|thieves|robbers|children|villagers|youths|boys|girls|civilians|farmers|herders|soldiers|policemen)\b))?"
    rf"(?:(?<!\bleft\s)(?<!\bleaving\s)(?:his|her|their|its|the)\s+(?=(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s))?"
    # ("killing 241 US servicemen, 58 French paratroopers and 6 civilians": a list of groups, the
    # gap having taken the comma, each with its figure; not after a total, "killing 16 people, 12
    # civilians and 4 ...", nor a breakdown by sex or age, "killing 23 villagers, 15 women and 8
    # children", nor "killing 12 soldiers, a relative said", nor "four soldiers in Balcad, 30 km
    # north of the capital")
    rf"(?P<nums>{_NUM}(?:\s+{_GAP_TIMELESS}(?:,\s*(?:and\s+)?|and\s+|(?<=,\s)(?<!people,\s)(?<!persons,\s)(?<!others,\s)(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)"
    rf"(?!\S+\s+(?:{_DURATION}|km|kilomet\w+|miles?|metres?|meters?|(?:[\w\-]+\s+)?(?:women|men|children|boys|girls|minors)|"
    rf"(?:among|of)\s+(?:them|whom))\b)){_CHAINED})*"
    rf"(?:\s+(?:[\w\-]+\s+){{0,3}}?and\s+{_THEIR_ONE})?)"
    rf"(?=(?P<tail>(?:\s+[\w'’\-]+){{0,4}}))",
    re.IGNORECASE,
)
_WITH_WOUNDS = re.compile(r"\s+(?:\w+\s+)?with\s+(?:\w+\s+){0,2}?(?:wounds|injuries)\b", re.IGNORECASE)
# A vehicle used as the weapon: a ramming or a car bomb kills, whatever the grammar says.
_VEHICLE_ATTACK = re.compile(r"\b(?:attack\w*|ramm\w*|drove\s+(?:it|the\s+\w+|a\s+\w+)\s+into|plough\w*|plow\w*|"
                             r"detonat\w*|explod\w*|bomb\w*|deliberately|terror\w*|assailants?|attackers?|gunm[ae]n|suicide)\b",
                             re.IGNORECASE)
_SURVIVED = re.compile(r"[^.;,]{0,60}?\b(?:but|yet)\s+(?:he\s+|she\s+|they\s+)?(?:later\s+|miraculously\s+)?survived\b",
                       re.IGNORECASE)
# "after a truck killed a student": a road death, not a victim of the violence told.
# (Only a vehicle that opens its clause: "Gunmen in a car killed two", "gunmen riding a
# motorcycle killed" name the killers' ride.)
_VEHICLE_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:after|when|as|and|before|while|until)\s+)"
                              r"(?:a|an|the)\s+(?:speeding\s+|passing\s+|moving\s+|runaway\s+)?"
                              r"(?:truck|lorry|car|bus|vehicle|train|motorbike|motorcycle|tanker|minibus|van)\s+$",
                              re.IGNORECASE)
# What follows a participle used as a passive: "Three Assam Rifles men killed in ambush".
_PASSIVE_AFTER = re.compile(r"\s*(?:$|[.,;:]|\s(?:in|at|near|on|during|after|while|when|as|across|outside|inside|by)\b)", re.IGNORECASE)
# What follows a transitive verb when the verb has an object: "killed 39 people", "killed the".
_OBJECT_AHEAD = re.compile(rf"\s+(?:{NUMBER}\b|the\b|his\b|her\b|their\b|at\s+least\b|more\s+than\b|dozens\b|several\b)", re.IGNORECASE)
# "Three assailants shot and killed Rakesh Pandita": a person's name as the object of attackers (in
# lower-case prose only: a title-case headline capitalises its prepositions, "Three Soldiers Killed
# In Ambush"; and not "Two worshippers killed Christmas Day").
_NAME_AHEAD = re.compile(rf"\s+(?!(?:In|At|On|Near|As|After|While|During|Over|For|By|From|With|Outside|Inside|Across|Along|"
                         rf"Amid|And|Or|But|Today|Yesterday|Last|This|Early|Late|Monday|Tuesday|Wednesday|Thursday|"
                         rf"Friday|Saturday|Sunday|Easter|Christmas|Palm|Good|New|Eid|Independence|Election)\b)(?!{_MONTHS})"
                         rf"(?!(?-i:[A-Z][a-z]+)\s+(?-i:Day|Eve|Night)\b)(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))+")
# (the word after each figure of a list: "9 Malians", "5 Burkinabe")
_FIGURE_NOUN = re.compile(rf"(?:{_NUM})\s+([\w\-]+)", re.IGNORECASE)
_KILLERS = re.compile(r"\b(?:gunm[ae]n|assailants|attackers|militants|men|terrorists|bandits|insurgents|suspects|bombers|"
                      r"rebels|jihadists|kidnappers|soldiers|troops|policem[ae]n|officers|guards|fighters|youths|herders|"
                      r"robbers|assassins|militiamen)\b", re.IGNORECASE)
# ("two gunmen on a motorcycle shot him dead": the figure is the doers')
_OBJECT_BEFORE_VERB = re.compile(r"\b(?:\w+ed|shot|hit|struck|beat|cut)\s+(?:him|her|them)\s+$", re.IGNORECASE)
# Two people joined by "and": "the guard and the assailant were injured", "X, the minister,
# and his wife were injured".
_PAIR = re.compile(
    r"\b(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+[\w\-]+(?<!s)|[A-Z][\w'’\-]+(?:,\s+[^,.;]{2,60},)?)\s+and\s+"
    r"(?:the|a|an|his|her|their)\s+[\w\-]+(?<!s)\s+were\s+(?:\w+\s+)?(?P<verb>killed|injured|wounded|hurt)\b")
# Attackers hurt: "Another assailant was wounded and arrested", "Two wounded assailants were
# captured" (GTD counts them among the injured).
_ATTACKER_HURT = re.compile(
    rf"\b(?:(?:the|an?|one|another|a\s+(?:second|third))\s+(?:suicide\s+)?(?:assailant|attacker|bomber|gunman|perpetrator|terrorist|militant|suspect|insurgent|robber|kidnapper)\s+was\s+"
    # ("the assailant was shot and injured by troops")
    rf"(?:also\s+|later\s+)?(?:(?:shot|stabbed|hit|struck|beaten)\s+and\s+)?"
    rf"(?:seriously\s+|critically\s+|slightly\s+|lightly\s+)?(?:wounded|injured|hurt)|"
    # ("the other officer shot and injured the assailant")
    rf"\b(?:shot|stabbed)\s+and\s+(?:injured|wounded)\s+(?:the|an?|one)\s+(?:suicide\s+)?(?:assailant|attacker|bomber|gunman|"
    rf"perpetrator|terrorist|militant|suspect)\b|"
    # ("Officers at the scene shot and wounded the driver", who had rammed them)
    rf"\b(?:officers|police\w*|soldiers|troops|forces|guards)\s+(?:[\w\-]+\s+){{0,4}}?(?:shot|stabbed)\s+and\s+"
    rf"(?:injured|wounded)\s+the\s+driver\b|"
    # ("before police shot the assailant in the leg")
    rf"\b(?:officers|police\w*|soldiers|troops|forces|guards|gendarmes)\s+(?:[\w\-]+\s+){{0,4}}?shot\s+(?:the|an?)\s+(?:suicide\s+)?"
    rf"(?:assailant|attacker|gunman|perpetrator|knifeman|stabber)\s+in\s+the\s+(?:legs?|arms?|shoulder|stomach|abdomen|"
    rf"chest|thigh|knee|foot|feet|hand|back|torso)\b|"
    rf"(?<!\bthe\s)(?P<nums>{NUMBER})\s+(?:wounded|injured)\s+(?:assailants|attackers|gunmen|militants|suspects|insurgents|fighters)\s+"
    rf"(?:were|was)\s+(?:\w+\s+)?(?:captured|arrested|detained|apprehended|taken\s+into\s+custody))\b", re.IGNORECASE)
# A lone attacker killed by the security forces: GTD counts the attacker in its total.
_ATTACKER_KILLED = re.compile(
    r"\bkilling\s+the\s+(?:suicide\s+)?(?:assailant|attacker|gunman|bomber)\b(?!['’])|"
    r"\b(?:(?:killed|shot\s+dead|shot\s+and\s+killed|neutrali[sz]ed)\s+(?:the|an?|one)\s+(?:suicide\s+)?"
    r"(?:assailant|attacker|gunman|bomber|perpetrator|terrorist|militant)\b|"
    r"(?:the\s+)?(?:assailant|attacker|gunman|shooter|perpetrator)\s+(?:then\s+|later\s+)?(?:killed|shot)\s+himself|"
    r",\s+(?:and\s+)?then\s+(?:killed|shot)\s+himself|"
    # "killing himself and four worshippers": the bomber, besides the figure
    r"(?<!tried\s)(?<!trying\s)(?<!attempted\s)\bkill(?:ed|ing)\s+(?:himself|herself|themselves)\s+(?:and|along\s+with)\b|"
    # ("Only the bomber died.")
    r"\bonly\s+the\s+(?:suicide\s+)?(?:bomber|attacker|assailant|gunman)\s+(?:died|was\s+killed)\b|"
    # ("detonated an explosive belt ..., killing only himself")
    r"(?<=,\s)kill(?:ed|ing)\s+only\s+(?:himself|herself)\b|"
    r"turn(?:ed|ing)\s+the\s+(?:gun|weapon)\s+on\s+himself|"
    # ("An assailant stabbed two people ... before he was shot and killed by a security guard")
    r"\b(?:before|until)\s+(?P<pronoun2>he|she)\s+was\s+(?:shot\s+and\s+killed|shot\s+dead|killed|neutrali[sz]ed)\b|"
    # ("An assailant stabbed a police officer ... before being shot dead by other officers")
    r"\b(?:an?|the)\s+(?:suicide\s+)?(?:assailant|attacker|gunman|perpetrator|shooter)\b(?:(?!,\s*(?:who|whom)\b)[^.;]){0,150}?"
    r"\b(?:before|after)\s+being\s+"
    r"(?:shot\s+and\s+killed|shot\s+dead|killed|gunned\s+down|neutrali[sz]ed)\b|"
    # ("He was shot dead by police as he fled", after the attack told: the attacker)
    r"^\W*(?:he|she)\s+was\s+(?:later\s+)?(?:shot\s+dead|shot\s+and\s+killed|killed|neutrali[sz]ed)\s+by\s+(?:the\s+|other\s+|an?\s+)?"
    r"(?:\w+\s+)?(?:police(?:men)?|officers?|soldiers|troops|security\s+(?:forces|guards?)|guards?|gendarmes)\b|"
    r"(?:\b(?P<pronoun>he|she)|\bthe\s+(?:suicide\s+)?(?:assailant|attacker|bomber|gunman|perpetrator|shooter))\s+was\s+"
    r"the\s+only\s+(?:(?:one|person)\s+(?:killed|to\s+die|who\s+died)|fatality)|"
    r"(?:the|an?|one)\s+(?:second\s+|third\s+|other\s+)?(?:suicide\s+)?(?:assailant|attacker|gunman|bomber|perpetrator)(?:\s*,\s+[^,.;]{1,80},)?\s+(?:was|were)\s+"
    r"(?:also\s+|later\s+)?(?:killed|shot\s+dead|shot\s+and\s+killed)|"
    # "Five SDF fighters were killed, and the bomber also died"
    # ("... killing 3 ANP members. The bomber also died.")
    r"(?:\band\s+|;\s*|^\s*)the\s+(?:suicide\s+)?(?:assailant|attacker|gunman|bomber|perpetrator)\s+"
    r"(?:also\s+died|died\s*(?:[.;]|$)|died\s+in\s+the\s+(?:blast|explosion|attack|bombing)\b))",
    re.IGNORECASE)
_PERSON_NOUN_SHORT = (r"(?:victim|hostage|captive|man|woman|boy|girl|soldier|officer|policeman|guard|driver|child|"
                      r"journalist|teacher|farmer|worker|official|chief|trader|herder|villager|student|priest|"
                      r"engineer|contractor|businessman|director|leader|commander|shepherd|herdsman|fisherman)")
# One named or possessed person: "Al-Abbasi, a farmer, was killed", "killing the driver",
# "Carreno's driver was also killed", "injuring his wife".
_PERSON_NOUN = (r"(?:victim|man|woman|boy|girl|officer|soldier|policeman|policewoman|guard|driver|child|"
                r"journalist|student|teacher|priest|imam|pastor|worker|official|leader|chief|commander|civilian|"
                r"resident|farmer|member|wife|husband|son|daughter|father|mother|brother|sister|owner|"
                r"candidate|mayor|judge|businessman|businessperson|trader|herder|villager|passenger|bodyguard|"
                r"publisher|editor|blogger|writer|lawyer|doctor|nurse|activist|politician|councillor|councilor|"
                r"elder|cleric|monk|nun|engineer|contractor|tourist|hostage|shopkeeper|vendor|fisherman|miner|"
                r"senator|lawmaker|legislator|minister|governor|ambassador|diplomat|prosecutor|commissioner|"
                r"sheikh|colonel|captain|sergeant|lieutenant|nephew|niece|cousin|uncle|aunt|"
                r"caretaker|custodian|shepherd|herdsman|pharmacist|technician|mechanic|labourer|laborer|"
                r"customer|waiter|pedestrian|bystander|passer-by|passer\s+by|passerby|worshipper|pilgrim|patient|volunteer|rider|"
                r"grandson|granddaughter|grandfather|grandmother|fiancée?|bride|groom|baby|infant|toddler|"
                r"teenager|girlfriend|boyfriend|friend|neighbou?r|colleague|companion|assistant|secretary|aide|"
                r"deputy|spokesman|spokeswoman|principal|headmaster|chairman|president|councilman|head|"
                r"administrator|ranger|jawan|sepoy|havildar|naik|subedar|constable|trooper|marine|peacekeeper|volunteer|medic|paramedic|director|cop|"
                r"host|presenter|broadcaster|reporter|photographer|cameraman|singer|musician|artist|footballer|"
                r"professor|lecturer|scholar|clerk|coordinator|organi[sz]er|boss|employer|campaigner|accountant|banker|entrepreneur|landowner|cook|cleaner|gardener|"
                r"gendarme|militiaman|catechist|seminarian|missionary|deacon|bishop|chaplain|hostage-taker|hijacker|"
                r"manager|superintendent|inspector|helper|porter|conductor|apprentice|motorist|cyclist|motorcyclist|"
                r"hunter|thief|robber|rustler|kidnapper|protester|protestor|demonstrator|ruler|headman|emir|chieftain|sarpanch|mukhiya|pradhan|councillor|councilor|"
                r"vaccinator|escort|interpreter|translator|informer|informant|employee|clerk|cashier|accountant|partner|spouse|"
                r"captive|commuter|cook|guide|herbalist|logger|photographer|rabbi|reporter|tapper|watchman|"
                r"refugee|migrant|preacher|disciple|follower|scholar|professor|lecturer|poet|singer|musician|artist|"
                r"athlete|footballer|coach|magistrate|surgeon|dentist|tailor|carpenter|butcher|baker|barber|welder|"
                r"electrician|builder|rancher|landowner|tenant|hawker|merchant|storekeeper|chauffeur|pilot|sailor|"
                r"warden|inmate|prisoner|detainee|cameraman|unionist|organi[sz]er|sultan|mullah|muezzin|envoy|consul|"
                r"midwife|pupil|schoolboy|schoolgirl|villager|guest|visitor|relative|stepson|stepdaughter|"
                r"agronomist|economist|scientist|researcher|geologist|surveyor|veterinarian|forester|architect|"
                r"banker|industrialist|landlord|treasurer|agent|chemist|planner|analyst|consultant|executive|"
                r"entrepreneur|auditor|notary|registrar|ombudsman|campaigner|steward|teen|youngster|schoolchild|mukhtar|mokhtar|general)")
# "killing herself and her two year old son": the one victim beside the attacker.
_ONE_BESIDE = re.compile(rf"\s+(?:his|her|their|an?|the)\s+(?:[\w\-]+\s+){{0,4}}?{_PERSON_NOUN}\b(?!['’\-]|\s+and\b)",
                         re.IGNORECASE)
# What people die of with nobody killing them: "A man died of a heart attack during the march".
_NATURAL_DEATH = (r"(?:heart|illness|ill|disease|cholera|covid|natural|(?:road|traffic|car)\s+(?:accident|crash)|accident|crash|"
                  r"stroke|hunger|starvation|malaria|exhaustion|cancer|fever|drowning|snakebite|asphyxia|suffocation)\b")
# "The victim was injured", "the officer suffered serious injuries": one person.
_SINGULAR = re.compile(
    # ("the general's daughter was killed", "the owner of the house was killed")
    # ("A police constable was burnt to death": one, told by the way he died)
    rf"\b(?:the|another|one\s+more|its|an?(?=\s+(?:[\w\-]+\s+){{0,2}}?{_PERSON_NOUN}\s+(?:died|was\s+(?:burnt|burned|hacked|"
    rf"beaten|stoned|stabbed)\s+to\s+death)\b))\s+(?:[\w\-]+(?:['’]s)?\s+){{0,2}}?"
    rf"(?:person|{_PERSON_NOUN})(?:\s+of\s+(?:the|a|an)\s+(?:[\w\-]+\s+)?(?!(?:also|later|then|reportedly|subsequently)\b)[\w\-]+)?"
    # ("The woman's husband, who tried to intervene, was shot dead", "Its rider, a council
    # member, died instantly", "The governor, Abdul Qayum, was killed")
    # (not the attacker named so: "The driver, Mohamed Bouhlel, was shot dead by police")
    rf"(?:,\s+(?:who|an?|the)\s+[^,.;]{{1,60}},|(?<!driver)(?<!assailant)(?<!attacker)(?<!gunman)(?<!bomber)(?<!shooter)"
    rf"(?<!perpetrator)(?<!stabber),\s+(?-i:[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}}),)?\s+"
    # ("the driver was shot and seriously wounded")
    rf"(?:was\s+(?:(?!not\b|never\b)\w+\s+)?(?:(?<=\bshot\s)and\s+(?:\w+ly\s+)?)?(?P<verb>{_KILL_VERB}|{_INJURE_VERB})|"
    rf"(?:had\s+)?(?P<verb2>died(?!\s+(?:of|from|in|after)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?{_NATURAL_DEATH})|"
    rf"(?:suffered|escaped\s+with|survived\s+with)\s+(?!(?:no|zero|without)\b)(?:\w+\s+){{0,2}}?(?:injuries|wounds|burns)))\b", re.IGNORECASE)
# ACLED's code for an unknown toll: "Unknown fatalities coded as 10", "Fatalities unknown (coded
# as 3)", "an unknown number of fatalities (coded as 3)". Read before asides are blanked.
# "troops recovered the body of one assailant": an attacker dead.
_ATTACKER_BODIES = re.compile(rf"\b(?:recovered|found|retrieved)\s+the\s+bod(?:y|ies)\s+of\s+(?P<nums>{NUMBER})\s+(?:of\s+the\s+)?"
                              rf"(?:{_ATTACKER_NOUN}|militants?|insurgents?)\b", re.IGNORECASE)
# "His body was found on 03/06/2021": one person dead.
# "The bodies of the village chief and one family member were found": as many as the list names.
_BODIES_OF_LIST = re.compile(r"\b(?:the\s+)?bodies\s+of\s+(?P<list>(?:the|a|an|one|his|her|their|(?-i:[A-Z]))[^.;]{2,80}?\s+and\s+"
                             r"(?:the|a|an|one|his|her|their|(?-i:[A-Z]))[^.;]{1,40}?)\s+(?:were|had\s+been)\s+(?:later\s+)?"
                             r"(?:found|discovered|recovered)\b", re.IGNORECASE)
# Words that give no number: attackers told so are not counted ("Several assailants were also killed").
_VAGUE = re.compile(r"\s*(?:several|a\s+few|few|some|a\s+number\s+of|many|dozens|scores|a\s+handful\s+of|numerous)\b", re.IGNORECASE)
# "Both men were declared dead at the scene": two dead.
_BOTH_DEAD = re.compile(r"\bboth\s+(?:of\s+(?:them|the\s+\w+)|(?:\w+\s+)?(?:men|women|victims|brothers|boys|girls|suspects|"
                        r"hostages|officers|soldiers))\s+(?:were|had\s+been)\s+(?:(?:declared|pronounced|confirmed|found|later)\s+)?"
                        r"(?:dead|killed)\b", re.IGNORECASE)
# "Mohammad Nasim Sadat, the head of the district education department, who was killed along with
# his driver": two dead.
_KILLED_ALONG = r"\bwas\s+(?:also\s+)?(?:killed|shot\s+dead)\s+(?:along|together)\s+with\s+"
_KILLED_ALONG_WITH = re.compile(rf"{_KILLED_ALONG}(?:his|her)\s+"
                                rf"(?:(?P<n>{NUMBER})\s+)?(?:[\w\-]+\s+)?(?:driver|bodyguard|guard|son|daughter|wife|husband|brother|sister|"
                                rf"father|mother|nephew|cousin|aide|assistant|secretary|companion|colleague|child(?:ren)?)s?\b", re.IGNORECASE)
# "Khanzada was killed along with at least 18 other people": those others and him.
_KILLED_WITH_OTHERS = re.compile(rf"(?:{_KILLED_ALONG}|\b(?P<plural>died|perished)\s+(?:along|together)\s+with\s+)"
                                 rf"(?:at\s+least\s+|some\s+|about\s+|around\s+)?(?P<n>{NUMBER})\s+other(?:s|\s+people|\s+persons)?\b",
                                 re.IGNORECASE)
# (one named person: not "Two Pakistanis and three others", a figure and a nationality)
_PLAN_NAMED = re.compile(r"\b(?:Operation|Plan|Project|Exercise|Mission|Order|Phase|Memorandum|Agreement|Contract|Warrant|Deal)\b")
_ONE_AND_OTHERS = re.compile(rf"(?<!\d\s)(?<!two\s)(?<!three\s)(?<!four\s)(?<!five\s)(?<!six\s)(?<!the\s)"
                             rf"\b(?:he|she|(?!(?:Police|Soldiers|Troops|Militants|Civilians|Residents|Villagers|Gunmen|Security|"
                             rf"Authorities|Officials|Rebels|Officers)\b)(?-i:[A-Z])[\w'’\-]*[a-rt-z])\s+and\s+(?P<n>{NUMBER})\s+others\s+(?:were|had\s+been)\s+"
                             rf"(?:\w+ly\s+)?(?P<verb>{_KILL_VERB}|{_INJURE_VERB})\b", re.IGNORECASE)
# (the figure that opens the subject: not "the commander of 3 battalions")
_SUBJECT_FIGURE = re.compile(rf"(?:^|(?<=[.;:,]\s)|(?<=\band\s)|(?<=\bwhile\s))(?P<n>{NUMBER})\s+(?!of\b)(?:[\w\-]+\s+){{0,2}}?$",
                             re.IGNORECASE)
_BODY_FOUND = re.compile(rf"\b(?:(?:his|her|the\s+(?:\w+\s+){{0,2}}?{_PERSON_NOUN}['’]s|(?-i:[A-Z][\w\-]+)['’]s)\s+(?:[\w\-]+\s+)?(?:body|corpse|remains)|"
                         # ("The decapitated body of his employer was found")
                         rf"the\s+(?:(?:decapitated|headless|mutilated|charred|burned|burnt|bullet-riddled|lifeless)\s+)?(?:body|corpse|remains)\s+of\s+"
                         rf"(?:(?:the|a|an|his|her|their)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_PERSON_NOUN}|employer|employee|colleague|neighbou?r|friend|relative)|"
                         rf"one\s+of\s+(?:them|the\s+(?:\w+\s+)?(?:hostages|captives|victims|abductees|kidnapped|missing))|"
                         # ("The body of one hostage", "the body of the third, an engineer,")
                         rf"one\s+(?:\w+\s+)?(?:hostage|captive|victim|abductee)|"
                         rf"the\s+(?:second|third|fourth|fifth|other|last|remaining)(?=\s*,\s+(?:an?|the)\s)))"
                         # ("His body, bearing gunshot wounds, was found")
                         rf"(?:,\s+(?:bearing|with|showing|riddled|covered|marked|which\s+(?:bore|had|showed))\b[^,.;]{{1,50}},|"
                         rf",\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,3}}?[\w\-]+,|"
                         # ("The body of a shepherd who had been missing for two days was found")
                         rf"\s+(?:who|that)\s+(?:had\s+(?:been\s+)?|was\s+|went\s+)[^,.;]{{1,50}}?)?\s+(?:was|were)\s+"
                         rf"(?:later\s+|subsequently\s+)?(?:found|discovered|recovered|dumped)\b",
                         re.IGNORECASE)
# "One victim was killed and the other was injured".
_THE_OTHER = re.compile(rf"\b(?:the\s+other|another|the\s+(?:second|third|fourth|last)(?=\s+was\b))(?:\s+one)?\s+(?:was\s+(?:\w+\s+)?(?P<verb>{_KILL_VERB}|{_INJURE_VERB})|"
                        rf"(?P<verb2>survived\s+with\s+(?:\w+\s+)?(?:injuries|wounds|burns))|"
                        # ("one officer was seriously hurt and the other lightly wounded": the verb left out)
                        r"\w+ly\s+(?P<verb3>wounded|injured|hurt)(?=\s*(?:[.;,]|$)))\b", re.IGNORECASE)
# ("unknown number coded as 3": ACLED's note without the word)
_ACLED_CODED = re.compile(rf"\b(?:fatalit(?:y|ies)|unknown\s+number)\b(?:\s+unknown\s*;|[^.;]{{0,20}}?)\(?\s*coded\s+"
                          rf"(?:conservatively\s+)?(?:as|to|at)\s+(?P<nums>{_NUM})", re.IGNORECASE)
# "A 15-year-old resident suffered burns to his arms": one person hurt.
# The bones a broken one of which is an injury ("a broken arm", "broken ribs").
_BONE = r"(?:arms?|legs?|skull|jaw|nose|hands?|wrists?|ankles?|ribs?|fingers?|collarbone|shoulder)"
# (with who he was between commas: "The journalist, who worked for an opposition newspaper,
# sustained head injuries"; and a broken limb: "The victim sustained a broken arm")
_ONE_SUFFERED = re.compile(rf"\b(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){{0,3}}?{_PERSON_NOUN}(?:\s+[a-z]+ing(?:\s+[\w\-]+){{0,4}}?)?"
                           rf"(?:\s*,\s*(?:who|whose)\s+[^,.;]{{1,80}},)?\s+(?P<verb>(?:suffered|sustained|escaped\s+with)\s+"
                           rf"(?:(?:\w+\s+){{0,2}}?(?:injuries|injury|burns|wounds?|gunshot\s+wounds|cuts?|bruises|fractures?)|"
                           rf"(?:an?\s+|\w+\s+)?(?:broken|fractured)\s+{_BONE}))\b", re.IGNORECASE)
# The lower-case particles inside a name: "Khaled al-Masri", "Osama bin Laden".
_PARTICLE = r"(?:(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|de|da|del|dos|van|von)[-\s])"
_ONE_PERSON = re.compile(
    rf"\b(?:(?P<object>{_KILL_VERB[3:-1]}|killing|shot\s+and\s+killed|burn(?:ed|t)\s+alive|injuring|wounding|injured|wounded)\s+"
    rf"(?:the|his|her|their|a|an)\s+(?:[\w\-]+(?:['’]s)?\s+){{0,2}}?{_PERSON_NOUN}\b(?!s)|"
    rf"(?:[A-Z][\w'’\-]+['’]s|[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+(?:[\w\-]+\s+)?[a-z]+['’]s)\s+(?:[\w\-]+\s+){{0,2}}?{_PERSON_NOUN}"
    # ("His son, who was accompanying him, was wounded")
    rf"(?:,\s+who\s+(?:was|had\s+been)\s+[^,.;]{{1,60}},)?\s+was\s+(?P<also>also\s+)?"
    rf"(?:(?!not\b|never\b)\w+\s+)?(?:(?:shot|stabbed|beaten|attacked)\s+and\s+)?(?P<verb>{_KILL_VERB}|{_INJURE_VERB})\b|"
    rf"\b(?:shot\s+and\s+killed|killed|assassinated|murdered|shot\s+dead|(?:hacked|stabbed|beaten|burned|stoned)\s+to\s+death|"
    rf"(?P<hurt>(?:stabbed\s+and\s+|shot\s+and\s+)?(?:injured|wounded)))\s+"
    rf"(?:(?!by\b)[a-z]+\s+){{0,4}}?(?:U\s+(?=[A-Z][a-z]))?[A-Z][\w'’\-]+\s+{_PARTICLE}?[A-Z][\w'’\-]+(?![\w'’\-])"
    # (not the first of a list: "killed former Prime Minister Rajiv Gandhi and 14 others")
    rf"(?!(?:\s+[A-Z][\w'’\-]+){{0,3}}\s+and\s+\S+\s+(?:others?|more)\b)|"
    # ", killing Abu Hamza al-Hariri, a former commander": a full name, then its appositive or the end
    # ("killing French teacher Dominique Bernard": after who he was).
    # (and after the victim's age: "killing 32 year old Heather Heyer")
    rf"\b(?:killing|shooting\s+dead)\s+(?!of\b)(?:\d{{1,3}}-(?:year|month)s?-old\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:(?!of\b)[a-z][a-z\-]+\s+)?{_PERSON_NOUN}\s+(?=[A-Z][\w'’\-]+\s+[A-Z]))?(?:U\s+(?=[A-Z][a-z]))?[A-Z][\w'’\-]+(?:\s+{_PARTICLE}?[A-Z][\w'’\-]+){{1,3}}"
    rf"(?=\s*,\s+(?:a|an|the|his|her)\s|\s*[.;]|\s*$|\s+and\s+(?:injuring|wounding)\b)|"
    # (not a plan: "Operation Sindoor was executed in 25 minutes")
    rf"(?<![,;]\s)(?<!Operation\s)(?<!Plan\s)(?<!Project\s)(?<!Exercise\s)(?<!Mission\s)"
    rf"\b(?!(?:Nobody|None|Nothing|No|Operation|Plan|Project|Exercise|Mission|Order|Phase)\b)[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}}(?:,\s+[^,.;]{{2,80}},)?\s+was\s+(?P<also2>also\s+)?"
    rf"(?:reportedly\s+|fatally\s+|seriously\s+)?(?:(?:shot|stabbed|beaten|attacked)\s+and\s+)?"
    rf"(?P<verb2>shot\s+dead|killed|murdered|assassinated|executed|beheaded|lynched|injured|wounded|hospitali[sz]ed)\b|"
    # ("Sousa died in the assault", "Ohayon died of his wounds")
    rf"(?<![,;]\s)\b(?!(?:Nobody|None|Nothing|No|He|She|It|They)\b)[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}}\s+(?P<verb4>died)"
    rf"(?=\s+(?:in|during)\s+the\s+(?:attack|assault|shooting|blast|explosion|bombing|ambush|raid)"
    rf"(?:\s+(?:on|at|in|near)\s+(?:the\s+|an?\s+)?(?!(?:19|20)\d\d\b)(?:[\w\-]+\s+){{0,2}}?[\w\-]+(?=\s*[.;,]|\s*$|\s+(?:before|after|when|as)\b))?"
    rf"\s*(?:[.;,]|$|(?<=\w)\s+(?:before|after|when|as)\b)"
    # ("Ohayon died of his wounds")
    rf"|\s+(?:later\s+)?of\s+(?:his|her)\s+(?:wounds|injuries)\b)|"
    # A headline's named victim: "Tory MP David Amess stabbed to death at constituency surgery".
    # (a title says one person: "Afghan Sikhs shot dead in Kabul" names a people, no figure)
    rf"(?<![,;]\s)(?<![\w'’\-])(?:[A-Z][\w'’\-]+\s+){{0,2}}(?:MP|(?i:journalist|senator|mayor|judge|governor|minister|"
    rf"commander|chief|lawmaker|councillor|councilor|cleric|activist|reporter|editor|imam|pastor|priest|doctor|professor|"
    rf"officer|official|leader|politician|candidate|blogger|lawyer))\s+(?:[A-Z][\w'’\-]+\s+){{1,3}}"
    rf"(?:shot\s+dead|(?:stabbed|hacked|beaten)\s+to\s+death|"
    rf"gunned\s+down|assassinated)(?=\s+(?:in|at|near|outside|on|by)\s+(?!least\b)))")
# A list of people told by name or by who they were: "Ahmed Yusuf and his brother Karim were
# killed", "killing a local mayor, his wife and three bodyguards", "the village chief, Musa
# Ibrahim, and his two sons". Each unit is one person, or the figure it gives.
_NOT_NAME = (r"(?!(?:On|In|At|The|A|An|Last|This|That|Early|Late|Police|Officials?|Sources|Witnesses|"
             r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?!" + _MONTHS + ")")
# (with Burmese "U" before a man's name: "U Tun Lin")
_NAME = rf"{_NOT_NAME}(?:U\s+(?=[A-Z][a-z]))?[A-Z][\w'’\-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+|da\s+|van\s+|von\s+)?[A-Z][\w'’\-]+){{0,3}}"
_NOT_IN_UNIT = r"(?:and|or|in|at|on|near|as|when|while|after|before|during|who|were|was)\b"
# "before police shot the assailant dead": the object between the verb and "dead".
_SHOT_THEM_DEAD = re.compile(rf"\bshot\s+(?P<det>the|an?|one|both|two|three)\s+(?:(?P<n>two|three|four|five|\d+)\s+)?"
                             rf"(?:[\w\-]+\s+)?(?P<who>{_ATTACKER_NOUN}|{_PERSON_NOUN}s?|suspects?)\s+dead\b", re.IGNORECASE)
# (an attacker already among the dead: "three killed, including the attacker; police shot the assailant dead")
_ATTACKER_TOLD_DEAD = re.compile(rf"\bincluding\s+the\s+{_ATTACKER_NOUN}\b(?![’'])|\b(?:the|both|all)\s+(?:\w+\s+)?{_ATTACKER_NOUN}\s+"
                                 rf"(?:was|were)\s+(?:also\s+)?(?:killed|shot\s+dead)", re.IGNORECASE)
# (a fighter is a person too: "killing a Taliban fighter and a boy who sold bread")
_FIGHTER_OR_PERSON = rf"(?:{_PERSON_NOUN}|fighter|militant|rebel|insurgent|combatant)"
_NOUN_UNIT = (rf"(?i:a|an)\s+(?-i:[A-Z][a-z]+(?:man|woman))\b|"  # ("a Dutchman", "a Frenchwoman")
              # ("killing him, his two sons and a guard": the man told before, first of the list)
              rf"(?i:him|her)(?=\s*,\s*(?i:his|her|their|an?|the)\s)|"
              rf"(?i:the|a|an|his|her|their)\s+(?:[\w\-]+(?:['’]s)?\s+){{0,3}}?(?i:{_FIGHTER_OR_PERSON})(?!s)(?!['’])\b"
              # ("the deputy governor", "the deputy police chief": one person, whose title is two such nouns)
              rf"(?!\s+(?:(?!(?i:and|or|nor|of|in|at|on|with)\b)[a-z][\w\-]*\s+)?(?i:{_PERSON_NOUN})(?!s)\b)(?:\s+\([A-Z]{{2,6}}\))?(?:\s+{_NAME})?"
              # "the chief of Mofako Balue", "the police officer guarding her"
              # (a whole name: "a member of the Union Solidarity and Development Party")
              rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’\-]+(?:\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w'’\-]+){{0,5}}(?:\s+\([A-Z]{{2,6}}\))?"
              # ("the mayor of Perquin, Morazan, El Salvador": the town's chain is no people)
              rf"(?:,\s+[A-Z][\w'’\-]+(?=,))*"
              # ("the imam of the main mosque")
              rf"|\s+of\s+(?:the|a|an)\s+(?:(?!{_NOT_IN_UNIT})[a-z][\w\-]*\s+){{0,2}}(?!{_NOT_IN_UNIT})[a-z][\w\-]*"
              rf"|\s+[a-z]+ing\s+(?:him|her|them))?")
# ("two female health workers"; "nine Taliban", the name of a movement used of its men)
_GROUP_UNIT = (rf"(?:(?i:his|her|their)\s+)?(?i:{NUMBER})\s+(?:of\s+(?i:his|her|their)\s+)?(?:[\w\-]+\s+){{0,2}}?"
               rf"(?:[a-z]+(?:s|men|ren)|(?:personnel|people|police|staff|crew)(?!\s+(?:personnel|officers?|members|men|agents|officials)\b)|(?-i:Taliban|Houthis|Peshmerga|Mujahideen|Shabaab)"
               # ("Five Israelis and the Bulgarian driver": a people, by its plural)
               rf"|(?-i:[A-Z][a-z]+(?:is|ans|ens|ers|ese|ites))(?=\s*,|\s+(?i:and|were|was|had|have|died)\b)"
               # ("Four American and four Nigerien soldiers": nationalities sharing the noun after them)
               rf"|(?-i:[A-Z][a-z]+(?:an|ish|ese|ch|i))(?=\s+and\s+(?i:{NUMBER})\s+(?-i:[A-Z][a-z]+)\s+[a-z]+s\b))\b"
               # (and the body they belong to: "Seven members of the Afghan National Army")
               # ("Six French aid workers of the ACTED organisation")
               rf"(?:\s+of\s+the\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}}(?:\s+\([A-Z]{{2,6}}\))?"
               rf"(?:\s+(?:organi[sz]ation|group|agency|charity|company|party|movement))?"
               # ("Seven members of the security forces")
               rf"|\s+of\s+the\s+(?:[a-z]+\s+){{0,2}}(?:forces|army|police|military|militia|guard))?")
# ("killing former Prime Minister Rajiv Gandhi and 14 others": a title in lower case before a name)
_TITLED_NAME = rf"(?:(?:former|late|ex-|then-)\s*)?{_NAME}"
_UNIT = rf"(?:{_NOUN_UNIT}|{_GROUP_UNIT}|{_TITLED_NAME})"
_LIST = rf"(?P<list>{_UNIT}(?:(?:\s*,\s*|\s*,?\s+and\s+){_UNIT}){{0,7}}?\s*,?\s+and\s+{_UNIT})"
_LIST_VERB = (r"(?:shot\s+dead|killed|murdered|assassinated|executed|beheaded|lynched|injured|wounded|hurt|"
              r"shot\s+and\s+killed|gunned\s+down|(?:hacked|stabbed|beaten|burned|burnt|bludgeoned)\s+to\s+death)")
_WORD_OF_A_NAME = re.compile(r"(?-i:[A-Z])[\w'’\-]*\s+$")
_PEOPLE_SUBJECT = re.compile(
    # (not the source of the figures: "According to the police spokesman, nine Taliban and ...")
    rf"\b(?<!\bto\s)(?<!\bby\s)(?<!\bto\sthe\s)(?<!\bby\sthe\s){_LIST},?\s+were\s+(?:also\s+|reportedly\s+|later\s+|all\s+)?(?:\w+\s+and\s+)?"
    # ("The commune chief and his son were slightly injured")
    rf"(?:(?:slightly|lightly|seriously|critically|badly|severely|moderately|gravely|fatally)\s+)?(?P<verb>{_LIST_VERB})\b")
# ("A religious scholar and his nephew died")
_PEOPLE_DIED = re.compile(rf"\b(?<!\bto\s)(?<!\bby\s){_LIST},?\s+(?:both\s+|later\s+)?(?P<verb>died)\b")
_PEOPLE_OBJECT = re.compile(
    rf"\b(?P<verb>{_LIST_VERB}|killing|injuring|wounding|shooting\s+dead)\s+{_LIST}"
    rf"(?=\s*(?:[.;,]|$|\b(?:in|at|on|near|during|when|as|after|before|while|inside|outside|with|using|who)\b|"
    rf"and\s+(?:injuring|wounding|leaving|injured|wounded)\b))")
_UNIT_RE = re.compile(rf"(?P<noun>{_NOUN_UNIT})|(?P<group>{_GROUP_UNIT})|(?P<name>{_TITLED_NAME})")


# The people a figure counts, then who they were: "Three people, a woman and her two children"
# (not "Two soldiers, a policeman and a civilian", four; nor "Two civilians, one soldier and one
# policeman").
_COUNTED_THEN_WHO = re.compile(rf"\W*(?:{_NUM})\s+(?:[\w\-]+\s+)?(?:people|persons|individuals|victims)\s*,",
                               re.IGNORECASE)


def _breakdown(phrase: str, lows: list[int]) -> slice:
    """The figures of a list that only break its first figure down ("Five people, three women and
    two children, and a soldier" is six): a slice to drop."""
    if lows and _COUNTED_THEN_WHO.match(phrase):
        told = next((k for k in range(3, len(lows) + 1) if sum(lows[1:k]) == lows[0]), None)
        if told:
            return slice(1, told)
    return slice(0, 0)


def _people(phrase: str) -> int | None:
    """How many people a list of units names; an appositive ("the chief, Musa Ibrahim,") is
    the same person again. None when the list is only figures (read elsewhere) or names attackers."""
    units: list[tuple[str, str, str]] = []  # (kind, text, separator before)
    pos = 0
    for m in _UNIT_RE.finditer(phrase):
        separator = phrase[pos:m.start()]
        # (an age after a name is no unit: "Khalil Ibrahim, 17, and his uncle Hamad")
        if re.sub(r"^\s*,\s*\d{1,2}\s*(?=,)", "", separator).strip(" ,") not in ("", "and"):
            return None
        kind = next(k for k in ("noun", "group", "name") if m.group(k))
        units.append((kind, m.group(), separator))
        pos = m.end()
    if len(units) < 2 or all(kind == "group" for kind, _, _ in units) or _ATTACKER.search(phrase):
        return None
    if all(re.match(r"an?\s", text, re.IGNORECASE) for _, text, _ in units):
        return None  # "a local councillor and a former militia leader" is as often one man as two
    if all(kind == "name" and " " not in text for kind, text, _ in units):
        return None  # "Britain, France and Germany": single capitalised words name places as often as people
    counted: list[int] = []
    members = False  # names after "Two brothers, ...": who the group's people were
    for i, (kind, text, separator) in enumerate(units):
        previous = units[i - 1][0] if i else None
        if kind != "name" and not (members and kind == "noun" and re.search(r"\s[A-Z]", text)):
            # (a named kinsman still lists the group's people: "Two of the shepherds, Khalil
            # Ibrahim, 17, and his uncle Hamad")
            members = False
        elif previous == "group" and "," in separator:
            members = True
        if members:
            continue
        appositive = "," in separator and "and" not in separator and (
            (kind == "name" and previous in ("noun", "group")) or
            (kind == "noun" and previous == "name" and re.match(r"(?:the|a|an)\s", text, re.IGNORECASE)))
        if appositive:
            continue
        if kind == "group":
            figure = _NUM_RE.search(text)
            value = _number_range(figure.group()) if figure else None
            if value is None:
                return None
            counted.append(value[0])
        else:
            counted.append(1)
    del counted[_breakdown(phrase, counted)]
    return sum(counted)


_TWO_ROLES = re.compile(rf"(?i:an?)\s+(?:[\w\-]+\s+){{0,2}}?{_FIGHTER_OR_PERSON}\s+and\s+(?i:an?)\s+(?:[\w\-]+\s+){{0,2}}?{_FIGHTER_OR_PERSON}")
_ONE_OWNER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:his|her)\b", re.IGNORECASE)


# "An elderly priest had his throat slit", "Two nuns had their throats cut": killed.
# ("The 85 year old priest, Jacques Hamel, had his throat slit": one, whatever the aside says)
_THROAT_WHO = r"(?:[a-z0-9][\w\-]*\s+){0,3}?(?:[a-z][\w\-]*,\s+[A-Z][^,.;]{1,40},\s+)?(?:had|having)\s+"
_THROAT = re.compile(rf"\b(?P<nums>{_NUM}|(?i:the)(?=\s+{_THROAT_WHO}(?:his|her)\b))\s+"
                     rf"{_THROAT_WHO}(?:his|her|their)\s+throats?\s+"
                     rf"(?:slit|cut)\b", re.IGNORECASE)
# People struck who may not all have died: "stabbed four people", "shot seven people": those of
# them not said to have died were hurt.
_STRUCK_NOUNS = (r"(?:people|persons|others|men|women|children|students|pupils|worshippers|passengers|shoppers|"
                 r"pedestrians|commuters|passers-by|bystanders|customers|officers|policemen|policewomen|soldiers|guards|"
                 r"gendarmes|tourists|villagers|teachers|nurses|doctors|workers|worshipers|civilians|residents|youths|"
                 r"boys|girls|guests|fans|migrants|Israelis|Palestinians)")
# "killing the bomber and two soldiers": the victims the verb kills besides the attacker.
_AND_VICTIMS = re.compile(rf"\s*and\s+(?P<nums>{_NUM}|an?(?=\s))\s+(?:other\s+|more\s+)?(?:[\w\-]+\s+){{0,2}}?"
                          rf"(?:{_PERSON_NOUN}s?|{_STRUCK_NOUNS}|policemen)\b", re.IGNORECASE)
_STRUCK = re.compile(rf"\b(?:stabb(?:ed|ing)|shot|shooting|slash(?:ed|ing)|knif(?:ed|ing)|hack(?:ed|ing))\s+"
                     rf"(?:at\s+least\s+|more\s+than\s+)?(?P<nums>{NUMBER})\s+(?:other\s+)?(?:[\w\-]+\s+){{0,2}}?"
                     rf"{_STRUCK_NOUNS}\b"
                     rf"(?!\s+(?:dead|to\s+death))|"
                     rf"\b(?:stabb(?:ed|ing)|slash(?:ed|ing)|knif(?:ed|ing))\s+(?P<one>an?|the)\s+(?:[\w\-]+\s+){{0,2}}?"
                     rf"(?!head\b){_PERSON_NOUN}\b(?!s)(?!\s+(?:to\s+death|dead|and\s+(?:a|an|the|two|three)\b))", re.IGNORECASE)
# "Two police officers were stabbed": struck, and hurt unless a death is told.
_STRUCK_PASSIVE = re.compile(rf"\b(?P<nums>{NUMBER})\s+(?:other\s+)?(?:[\w\-]+\s+){{0,2}}?{_STRUCK_NOUNS}\s+"
                             rf"(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:stabbed|shot(?!\s+at\b)|slashed|knifed|hacked|burned|burnt)\b"
                             rf"(?!\s+(?:dead|to\s+death|alive|and\s+killed)\b)(?![^.;]{{0,40}}\b(?:unhurt|unharmed|unscathed|escaped))",
                             re.IGNORECASE)
# "stabbed a police commander and his partner to death": the people a list names, dead.
# "shot two soldiers dead", "stabbed three worshippers dead"
_SHOT_N_DEAD = re.compile(rf"\b(?:shot|shoot|shoots|shooting|stabbed|hacked|clubbed)\s+(?:at\s+least\s+)?(?P<nums>{_NUM})\s+"
                          rf"(?:[\w\-]+\s+){{0,3}}?(?:[a-z]+(?:s|men|ren)|people|police|personnel)\s+dead\b", re.IGNORECASE)
# "killing a family of five", "a family of four was killed": the family's size.
_FAMILY_OF_N = re.compile(rf"\b(?:(?:killing|killed|massacred|massacring|murdered|murdering|slaughtered)\s+(?:an?\s+|the\s+|an\s+entire\s+)?"
                          rf"family\s+of\s+(?P<nums>{_NUM})\b|(?:an?|the)\s+family\s+of\s+(?P<nums2>{_NUM})\s+(?:was|were)\s+"
                          rf"(?:\w+\s+)?(?:killed|massacred|murdered|slaughtered|shot\s+dead)\b)", re.IGNORECASE)
# Verbs of a killing told with "... to death" after its victim ("hacked NAME to death").
_TO_DEATH_VERB = r"(?:stabbed|hacked|beat|beaten|burned|burnt|stoned|bludgeoned|clubbed)"
_KIN = r"(?:mother|father|wife|husband|sister|brother|son|daughter|nephew|niece|cousin|uncle|aunt|grandmother|grandfather)"
# "stabbed his mother and sister to death", "shot dead his wife and daughter": two kin who share
# one "his".
_KIN_PAIR = re.compile(rf"\b(?:(?P<struck>{_TO_DEATH_VERB})|killed|killing|murdered|murdering|shot\s+dead|shooting\s+dead)\s+"
                       rf"(?:his|her|their)\s+{_KIN}(?!['’\-])\s+and\s+(?:(?:his|her|their)\s+)?{_KIN}(?:-in-law)?\b"
                       # (a blade or a beating kills only "to death": "beat his wife and son" hurt them)
                       rf"(?!\s+of\b)(?(struck)\s+to\s+death\b)", re.IGNORECASE)
_LIST_TO_DEATH = re.compile(rf"\b{_TO_DEATH_VERB}\s+{_LIST}(?<!\balmost)(?<!\bnearly)\s+to\s+death\b")
# "stabbed a police officer and a soldier": the people a list names.
_STRUCK_LIST = re.compile(rf"\b(?:stabbed|slashed|knifed)\s+{_LIST}(?!\s+(?:to\s+death|dead))")


# Headlines drop the article: "Rebels kill soldier in clash", "Policeman killed in Peshawar",
# "Parcel bomb kills ward administrator".
_BARE_VERB = (r"(?:killed|beheaded|shot\s+dead|gunned\s+down|murdered|assassinated|lynched|slain|"
              r"(?:stabbed|hacked|beaten)\s+to\s+death|injured|wounded)")
# ... and name the victim by nationality: "kill Palestinian teen", "shoot dead Iraqi near Kirkuk".
_NATIONAL = r"[A-Z][a-z]+(?:ian|ean|ese|ish|i|an)"
_BARE_ONE = re.compile(
    rf"\b(?P<object>kill(?:s|ed)?|behead(?:s|ed)?|shoots?\s+dead|shot\s+dead|guns?\s+down|injur(?:es|ed)|wound(?:s|ed))\s+"
    rf"(?:(?:[a-z][\w\-]*|{_NATIONAL})\s+)?{_PERSON_NOUN}\b(?!['’]s)(?!s\b)(?!\s+(?:and|or)\b)|"
    rf"\b(?P<object2>kills?|shoots?\s+dead|guns?\s+down)\s+(?!(?:Taliban|Houthis?|Fulani|Ambazonian)\b)(?-i:{_NATIONAL})\b"
    rf"(?=\s+(?:in|near|at|on|during|outside|inside|after)\b|\s*[,:;]|\s*$)|"
    rf"^(?:[A-Z][\w\-]*:\s+)?(?:An?\s+)?(?:[A-Z][a-z\-]+\s+)?(?i:{_PERSON_NOUN})\s+(?P<verb>{_BARE_VERB})\b|"
    # ("Amba fighters ambush military convoy near Mundemba, soldier killed")
    rf"(?<=[a-z],\s)(?:(?!(?:no|not|none|zero|nor)\b)[a-z][a-z\-]+\s+)?(?-i:{_PERSON_NOUN})\s+(?P<verb3>{_BARE_VERB})\s*$")


# "wounded his two sons", "killing her three children": a figure of someone's kin or guards.
_KIN_GROUP = re.compile(rf"\b(?P<verb>killing|killed|injuring|injured|wounding|wounded)\s+(?:his|her|their)\s+(?P<nums>{NUMBER})\s+"
                        r"(?:[\w\-]+\s+)?(?:sons|daughters|children|brothers|sisters|wives|bodyguards|guards|relatives|cousins|"
                        r"nephews|grandchildren|grandsons|colleagues|companions|escorts)\b", re.IGNORECASE)
# People taken: "abducted two people", "kidnapped a farmer and his son", "12 passengers were
# kidnapped".
_TAKE_VERB = r"(?:abduct(?:ed|ing|s)?|kidnapp?(?:ed|ing|s)?)"
_TAKEN_NOUN = (r"(?:people|persons|others|hostages|passengers|travell?ers|villagers|civilians|residents|students|pupils|"
               r"schoolgirls|schoolchildren|children|girls|boys|women|men|workers|farmers|worshippers|soldiers|"
               r"policemen|officers|tourists|foreigners|nationals|members|engineers|traders|fishermen|herders|"
               r"teachers|doctors|nurses|aid\s+workers|employees|miners|family\s+members|relatives|shepherds|herdsmen|"
               r"drivers|truckers|pilgrims|contractors|labourers|laborers|guards|monks|priests|nuns|journalists|"
               r"officials|merchants|businessmen|hunters|loggers|woodcutters)")
_TAKEN_OBJECT = re.compile(rf"\b(?:{_TAKE_VERB}\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?(?P<nums>{NUMBER})\s+"
                           rf"(?:[\w\-]+\s+){{0,3}}?{_TAKEN_NOUN}|(?:took|taking|seized|held)\s+(?P<nums2>{NUMBER})\s+"
                           rf"(?:[\w\-]+\s+){{0,2}}?(?:people\s+)?hostages?)\b", re.IGNORECASE)
_TAKEN_SUBJECT = re.compile(rf"\b(?P<nums>{NUMBER})\s+(?:[\w\-]+\s+){{0,3}}?(?:were|had\s+been)\s+(?:\w+\s+)?"
                            rf"(?:abducted|kidnapped|taken\s+(?:hostage|captive))\b", re.IGNORECASE)
# One hostage's death: "the hostage was beheaded" (one dead, whoever else was taken).
_ONE_HOSTAGE_DEAD = re.compile(r"\bthe\s+(?:hostage|captive|abductee)\s+(?:was|had\s+been)\s+(?:later\s+|subsequently\s+)?"
                               r"(?:killed|executed|beheaded|murdered|shot\s+dead|found\s+(?:shot\s+)?dead)\b", re.IGNORECASE)
# ... and "He was found dead two days later" after one person was taken (see consolidate).
# ("The principal was later found dead": the one of those taken that the noun names)
ONE_FOUND_DEAD = re.compile(r"\W*(?:he|she|the\s+(?P<noun>[a-z]+)|(?-i:[A-Z][\w'’\-]+))\s+(?:was|had\s+been)\s+(?:later\s+|subsequently\s+)?found\s+(?:shot\s+)?dead\b",
                            re.IGNORECASE)
# "kidnapped a businessman", "kidnapped (the) journalist Maria Lopez": one taken.
_TAKEN_ONE = re.compile(rf"\b{_TAKE_VERB}\s+(?:(?:an?|one|the)\s+(?:[\w\-]+\s+){{0,2}}?{_PERSON_NOUN}\b|"
                        rf"(?:[\w\-]+\s+)?{_PERSON_NOUN}(?=\s+(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)\b))(?!['’]s)(?!s\b)(?!\s+and\b)",
                        re.IGNORECASE)
_TAKEN_LIST = re.compile(rf"\b(?P<verb>abducted|kidnapped|attacked|assaulted)\s+{_LIST}"
                         rf"(?=\s*(?:[.;,]|$|\b(?:in|at|on|near|during|when|as|after|while|inside|outside|from)\b))")
_REFERRED = re.compile(r"\b(?:the|all\s+(?:the\s+)?|both(?:\s+of\s+the|\s+the)?)\s*(?:hostages|captives|abductees|victims|"
                       # ("The hostages, who worked for an aid group, were executed")
                       r"kidnapped\s+\w+|abducted\s+\w+)(?:,\s+who\s+[^,.;]{1,80},)?\s+(?:were|had\s+been|have\s+been)\s+"
                       r"(?:(?!(?:not|no|none|never|released|freed|rescued|escaped|safe|unharmed)\b)[\w,]+\s+){0,10}?"
                       r"(?:killed|executed|beheaded|murdered|shot\s+dead|shot\s+and\s+killed|found\s+dead)\b|"
                       # ("The hostages were taken to nearby mountains, where their hands were tied and
                       # they were killed")
                       r"\b(?:the\s+)?(?:hostages|captives|abductees)\s+were\s+(?:(?!\b(?:kidnappers|abductors|gunmen|soldiers|police|"
                       r"troops|militants|attackers|assailants|children|released|freed|rescued)\b)[^.;]){0,100}?\band\s+they\s+were\s+"
                       r"(?:all\s+|later\s+|then\s+)?(?:killed|executed|beheaded|shot\s+dead)\b|"
                       # "The victims' bodies were found", "Their bodies were found on 02/21/2020"
                       # ("The beheaded bodies of the hostages were found the following day")
                       r"\b(?:(?:the\s+(?:hostages|captives|abductees|victims)['’]|their)\s+(?:[\w\-]+\s+)?(?:bodies|corpses|remains)|"
                       r"the\s+(?:[\w\-]+\s+)?(?:bodies|corpses|remains)\s+of\s+(?:all\s+)?(?:the|both|the\s+(?:two|three|four|five|six))\s+"
                       # ("The bodies of the officers were found two days later", after their abduction)
                       r"(?:hostages|captives|abductees|victims|[a-z]+(?:s|men)))\s+"
                       r"(?:were|had\s+been|have\s+been)\s+(?:later\s+)?(?:found|discovered|recovered)\b", re.IGNORECASE)


# The attackers that end a list of the dead: "..., his two sons and three assailants".
_LAST_ATTACKERS = re.compile(rf"(?:\s*,\s*|\s*,?\s+and\s+)(?P<att>(?P<n>{NUMBER})\s+{_ATTACKER_NOUN})$", re.IGNORECASE)
# "Two soldiers and the assailant were killed", "five police officers, two civilians and the
# bomber were killed": victims and the attacker in one subject.
_WITH_ATTACKER = re.compile(
    # (not an event told with its article: "a shootout in which two policemen and one attacker were killed")
    rf"\b(?!an?\s+(?:[\w\-]+\s+){{0,2}}?(?:shootout|attack|clash|gunfight|firefight|ambush|raid|explosion|blast|bombing|fight|"
    rf"battle|exchange|incident|operation)s?\b)(?P<nums>{_NUM})\s+(?P<gap>{_GAP})and\s+(?P<att>(?:the\s+)?(?:(?P<n>{NUMBER})\s+(?:of\s+the\s+)?)?{_ATTACKER_NOUN})\s+"
    rf"(?:were\s+(?:also\s+)?(?P<verb>{_KILL_VERB}|{_INJURE_VERB})\b|(?P<died>died|perished)\b)", re.IGNORECASE)
_GROUP_AFTER_COMMA = re.compile(rf",\s*(?P<n>{_NUM}|an?)\s+(?!of\s+(?:them|whom|those|these)\b)", re.IGNORECASE)
# (not "334 hostages killed, 186 of them children, and 783 wounded": a part of the figure before it)
_GROUP_ITEM = re.compile(rf"(?P<n>(?i:{_NUM}))\s+(?!of\s+(?:them|whom|those|these)\b)(?:[a-z][a-z'’\-]*\s+){{0,2}}?[a-z][a-z'’\-]*,\s*")
# (a figure told by a source is no object: "Authorities said 81 civilians, 13 soldiers ...")
_GROUPS_BEFORE = re.compile(rf"(?:(?<![\w,]\s)|(?<=\bsaid\s)|(?<=\bthat\s)|(?<=\breported\s))(?:{_GROUP_ITEM.pattern})+$")
# "The bomber and eight other people were killed": the attacker told first.
# ("all three assailants, the bomber and four security guards were killed": each kind of attacker)
_ATTACKER_AND = re.compile(
    rf"\b(?:(?P<pre>(?:all\s+)?(?P<pn>{NUMBER})\s+(?:[a-z\-]+\s+)?{_ATTACKER_NOUN}),\s+)?"
    rf"(?P<att>the\s+(?:(?P<n>{NUMBER})\s+)?{_ATTACKER_NOUN})\s+and\s+"
    rf"(?P<nums>{_NUM})\s+(?P<gap>{_GAP})(?:were|was)\s+(?:also\s+|all\s+)?(?P<verb>{_KILL_VERB}|{_INJURE_VERB})\b", re.IGNORECASE)
# "Two suicide bombers attacked ... The bombers and five worshippers were killed": the attackers
# counted where they were first told.
_ATTACKERS_COUNTED = re.compile(rf"\b(?P<n>{NUMBER})\s+(?:[a-z\-]+\s+)?{_ATTACKER_NOUN}", re.IGNORECASE)


def _attackers_told(text: str, m: re.Match[str]) -> str:
    """How many attackers "the bombers" are: the figure told of them before, else two, the fewest
    a plural names; "the bomber" is one."""
    att = m.group("att").lower()
    of = re.search(rf"\b(?P<n>{NUMBER})\s+of\s+$", text[max(0, m.start("att") - 20):m.start("att")], re.IGNORECASE)
    if of:
        return of.group("n")  # "One of the attackers and five guests were killed"
    if not re.search(r"(?:s|men)$", att):
        return "one"
    noun = re.sub(r"^(?:the\s+)?(?:suicide\s+)?", "", att).rstrip("s")
    told = [c for c in _ATTACKERS_COUNTED.finditer(text, 0, m.start())
            if c.group().lower().rstrip("s").endswith(noun) and parse_number(c.group("n")) not in (None, 1)]
    return told[-1].group("n") if told else "two"


# "Two more victims were found in the forest the next day": further dead, found later.
_MORE_FOUND = re.compile(rf"\b(?P<nums>{NUMBER})\s+more\s+(?:victims|villagers|people|civilians)\s+(?:were|had\s+been)\s+"
                         r"(?:later\s+)?(?:found|discovered|recovered)\b(?!\s+(?:alive|safe|unharmed|injured|wounded|hiding))",
                         re.IGNORECASE)
# "A fourth child ... died in hospital": the toll is now four.
# ("the third hostage was found dead" is one of three, not a third death)
_SMALL_NUMBERS = ("zero one two three four five six seven eight nine ten").split()


def _toll_before(text: str, n: int) -> bool:
    """Whether ``text`` tells ``n`` dead ("Three officers were killed"), so that an ordinal after it
    continues that toll."""
    figure = rf"(?:{n}|{_SMALL_NUMBERS[n]})" if 0 < n < len(_SMALL_NUMBERS) else rf"{n}"
    return re.search(rf"\b{figure}\s+(?:[\w\-]+\s+){{0,3}}?(?:were|was)\s+(?:\w+\s+)?(?:killed|shot\s+dead|dead)\b|"
                     rf"\bkill\w*\s+{figure}\b" + (
                         # ("armed men shot dead a man ... A second man who was wounded ... died")
                         r"|\b(?:shot\s+dead|killed|gunned\s+down|murdered|stabbed\s+to\s+death)\s+(?:a|an|one)\s+" if n == 1 else ""),
                     text, re.IGNORECASE) is not None


_IN_CUSTODY = re.compile(r"\b(?:suspects?|detainees?|prisoners?|inmates?|arrested|detained|custody|jailed)\b", re.IGNORECASE)
# ("A second man who was wounded in the attack died": one of this attack's, whatever came before)
_WOUNDED_IN_IT = re.compile(r"\bwho\s+(?:had\s+been|was|were)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\s+(?:in|during)\s+"
                            r"(?:the|this)\s+(?:attack|shooting|explosion|blast|assault|ambush|raid|incident)\b", re.IGNORECASE)
_ORDINAL_DIED = re.compile(rf"\ban?\s+(?P<ord>{ORDINAL_WORDS})(?:\s*,\s*(?:[^.;,]|\.(?=\s+[A-Z])|,(?=\s*\d{{1,3}}\s*,)){{1,80}}?,)?\s+{NOT_ANOTHER_INCIDENT}"
                           r"(?:(?:[\w\-]+\s+){0,2}?(?:[\w\-]+)(?:,[^,.;]{0,80},|\s+who\s+(?:had\s+been|was|were)\s+[^,.;]{1,60}?)?\s+)?"
                           r"(?:later\s+|also\s+|subsequently\s+)?"
                           r"(?:died|succumbed|was\s+(?:also\s+|later\s+)?killed|was\s+(?:later\s+)?found\s+dead)\b", re.IGNORECASE)
# "Three of the hostages were released ..., and the fourth was killed": the others freed, one dead
# (not the ordinal's toll, as in "a fourth child died").
_LAST_HOSTAGE_KILLED = re.compile(rf"\b(?:released|freed|rescued|escaped)\b[^.;]{{0,80}}?,?\s+(?:and|while|but|whereas)\s+"
                                  rf"(?P<dead>the\s+(?:{ORDINAL_WORDS}|other|last)(?:\s+(?:one|hostage|captive))?"
                                  # ("while the third, Alvin Sabtal, 19, was found dead")
                                  r"(?:\s*,\s*[^.;]{1,60}?,?)?\s+"
                                  r"(?:was|had\s+been)\s+(?:later\s+|subsequently\s+)?(?:killed|executed|beheaded|murdered|"
                                  r"shot\s+dead|found\s+dead))\b", re.IGNORECASE)
# "Seven farmers were killed and the body of an eighth victim was recovered": the toll is now eight;
# "The body of another victim was found the next day": one more.
_ORDINAL_BODY = re.compile(rf"\bthe\s+body\s+of\s+(?:an?\s+(?P<ord>{ORDINAL_WORDS})|(?P<another>another))\s+(?:[\w\-]+\s+)?"
                           r"(?:victim|person|man|woman|child|villager|farmer|civilian|hostage)\s+(?:was|had\s+been)\s+(?:later\s+)?"
                           r"(?:found|recovered|discovered)\b", re.IGNORECASE)
# "Fourteen police officers and soldiers were killed": one figure for two nouns.
# (not "30 cows and goats")
_PEOPLE_PLURAL = (r"(?:[\w\-]+\s+)?(?!(?:cows|goats|sheep|cattle|camels|donkeys|horses|pigs|chickens|animals|livestock|houses|"
                  r"homes|shops|stores|vehicles|cars|trucks|buildings|huts|tents|crops)\b)[a-z]+(?:s|men)")
# ("At least 25 soldiers, police officers and civilians were killed": one figure for three)
_TWO_NOUN_COUNT = re.compile(rf"\b(?P<nums>{_NUM})\s+{_PEOPLE_PLURAL}(?:,\s+(?!(?:{NUMBER}|the|a|an|his|her|their)\s){_PEOPLE_PLURAL}){{0,3}},?\s+"
                             rf"and\s+(?!(?:{NUMBER}|the|a|an|his|her|their)\s)"
                             rf"{_PEOPLE_PLURAL}\s+"
                             rf"(?:were|had\s+been)\s+(?:also\s+)?(?P<verb>{_KILL_VERB}|{_INJURE_VERB})\b", re.IGNORECASE)
# "Two soldiers were killed and a third was wounded", "stabbed two tourists ... and injured a
# third person": one more hurt.
_ORDINAL_HURT = re.compile(rf"\ba\s+(?:{ORDINAL_WORDS})(?:\s*,\s*(?:[^.;,]|\.(?=\s+[A-Z])){{1,60}}?,)?\s+(?!of\b){NOT_ANOTHER_INCIDENT}"
                           rf"(?:(?:[\w\-]+\s+){{0,2}}?[\w\-]+\s+)?"
                           r"(?:(?:was|is)\s+(?:also\s+|later\s+|seriously\s+|critically\s+|slightly\s+)?(?:injured|wounded|hurt)|"
                           # ("Two people were killed and a third injured": the verb may go unsaid, at the
                           # clause's end; not "a third wounded three soldiers")
                           r"(?:seriously\s+|critically\s+|slightly\s+)?(?:injured|wounded|hurt)"
                           r"(?=\s*(?:[.,;]|$)|\s+(?:in|by|during|when|as|after)\b)|"
                           # ("Four people were seriously wounded and a fifth suffered minor injuries")
                           r"(?:suffered|sustained)\s+(?:\w+\s+)?(?:injuries|wounds))\b|"
                           rf"\b(?:injur(?:ed|ing)|wound(?:ed|ing))\s+a\s+(?:{ORDINAL_WORDS})\s+(?:[\w\-]+\s+)?(?:{_PERSON_NOUN}|person)\b",
                           re.IGNORECASE)
# "shot the driver dead", "stabbed a teacher to death": one person, the verb's object.
_ONE_STRUCK_DEAD = re.compile(rf"\b(?:shot|gunned|hacked|stabbed|beat|beaten|stoned|burned|burnt|bludgeoned|clubbed|"
                              rf"knifed|strangled|slashed|macheted)\s+(?:the|a|an|his|her|their)\s+(?!{_KIN}\s+and\s+(?:(?:his|her|their)\s+)?{_KIN}\b)"
                              rf"(?:[\w\-]+\s+){{0,3}}?{_PERSON_NOUN}\s+(?:dead|to\s+death)\b", re.IGNORECASE)
# "caught a suspected thief and burned him alive", "beat her to death": one person, named before.
_PRONOUN_DEAD = re.compile(r"\b(?:burn(?:ed|t)\s+(?:him|her)\s+alive|"
                           r"(?:beat|beaten|stoned|hacked|stabbed|clubbed|burn(?:ed|t)|lynched)\s+(?:him|her)\s+to\s+death|"
                           r"lynched\s+(?:him|her)\b)", re.IGNORECASE)
# "dragged him out of his house and shot him dead": one person, named before ("police shot him
# dead": the attacker).
_PRONOUN_SHOT_DEAD = re.compile(r"\b(?:shot\s+(?:him|her)\s+dead|gunned\s+(?:him|her)\s+down|shot\s+and\s+killed\s+(?:him|her))\b"
                                r"(?!\s+(?:along|together)\s+with\b)", re.IGNORECASE)
_SECURITY_SUBJECT = re.compile(r"\b(?:police|policem[ae]n|officers?|soldiers?|troops|guards?|forces|gendarmes?|agents?|"
                               r"snipers?|army|military|security)\b[^.;,]{0,30}$", re.IGNORECASE)
# "killing him and injuring his son": one person, named before.
_PRONOUN_OBJECT = re.compile(r"(?<!nearly\s)(?<!almost\s)(?<!without\s)(?<!narrowly\s)(?<!not\s)(?<!never\s)"
                             r"\b(?P<verb>killing|killed|injuring|wounding|shot(?=\s+(?:him|her)\s+dead\s+(?:along|together)\s+with\b))\s+(?:him|her)\b(?!self)"
                             # (not her own people: "wounding her three children")
                             rf"(?!\s+(?:{NUMBER}|two|three|four|five|six|seven|eight|nine|ten)\s)"
                             r"(?:\s+dead)?"
                             # "killing him and his wife" is two; "injuring him and three bodyguards" four;
                             # so is "shot him dead along with his son"
                             rf"(?:\s+(?:and|along\s+with|together\s+with)\s+(?:(?P<partner>(?:his|her)\s+(?:[\w\-]+\s+)?(?:wife|husband|son|daughter|"
                             rf"brother|sister|father|mother|child|driver|guard|bodyguard|friend|nephew|niece|colleague))\b|"
                             # ("killing him and 19 other people", "killing her and three of her children")
                             rf"(?P<nums>{_NUM})\s+(?:of\s+(?:his|her|their)\s+)?(?!{_DURATION}\b)(?:[\w\-]+\s+)?(?!{_DURATION}\b)"
                             rf"(?:[a-z]+s|people|men|women|children)\b))?", re.IGNORECASE)
# "two of the injured later died in hospital": moved from the injured to the dead (not when the
# clause restates the toll: "..., bringing the death toll to eight").
# ("two of them died on the spot" may count the dead again: "them" needs a "later" or a hospital)
_INJURED_DIED = re.compile(rf"\b(?P<nums>{_NUM})\s+(?:(?:more\s+|other\s+)?of\s+(?:the\s+(?:injured|wounded)(?:\s+[a-z]+)?|them|those)"
                           # "one of the injured, a teenage vendor, died in hospital"
                           rf"(?:\s*,\s*(?:a|an|the)\s+[^,.;]{{1,50}},)?\s+|"
                           rf"(?=(?:later|subsequently)\s+(?:died|succumbed)))"
                           rf"(?:(?:later|subsequently)\s+(?:died|succumbed)|succumbed|died\s+(?:later|in\s+hospital|"
                           # ("one of the injured soldiers died on April 11", "... died the following day")
                           rf"on\s+(?=\w)|the\s+(?:following|next)\s+(?:day|morning|evening|week)|"
                           rf"(?:of|from)\s+(?:their|his|her)\s+(?:injuries|wounds))|died(?=[^.;]{{0,40}}\b(?:later|hospital)\b)|"
                           # ("the toll rose to 33 after two of the wounded died", "two of the injured soldiers died
                           # overnight": died, with nothing after it but the time)
                           rf"(?<=(?:injured|wounded)\s)died\b|died(?=\s*(?:[.;,]|$)|\s+(?:overnight|afterwards|later)\b))",
                           re.IGNORECASE)
# "stabbed two people, one of whom died", "injuring five, two of whom later died".
# ("one of whom, a BNP activist, died of his wounds": who it was, between)
_OF_WHOM_DIED = re.compile(rf"\b(?P<nums>{_NUM})\s+of\s+whom(?:\s*,\s*(?:(?:an?|the)\s+[^,.;]{{1,50}}|"
                           rf"(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){{0,3}}),)?\s+(?:later\s+|subsequently\s+)?"
                           rf"(?:died|succumbed|(?:was|were)\s+(?:later\s+|subsequently\s+)?(?:killed|executed|(?:found\s+)?(?:shot\s+)?dead))\b",
                           re.IGNORECASE)
# "killing one soldier and wounding another": one more hurt.
_HURT_ANOTHER = re.compile(rf"\b(?:(?:wounding|injuring|(?<=and\s)(?:wounded|injured))\s+(?:another|a\s+second|one\s+other)|"
                           # "One guardsman was killed and another injured"
                           rf"(?<=killed\s)and\s+another\s+(?:was\s+)?(?:seriously\s+|critically\s+|slightly\s+)?(?:injured|wounded|hurt))\b"
                           rf"(?!\s+(?:{NUMBER}|several|dozens|scores|hundreds)\b)(?!\s+(?:\w+\s+)?(?:attack|raid|blast|incident))",
                           re.IGNORECASE)
_RUN_OVER = re.compile(r"\b(?:hit|struck|knocked\s+down|run\s+over)\s+by\s+(?:a|an|the)\s+"
                       r"(?!(?:military|army|police|armou?red|security)\b)(?:[\w\-]+\s+)?"
                       r"(?:car|vehicle|truck|bus|lorry|motorcycle|train)\b(?![\s\-]+(?:bomb|borne|IED))", re.IGNORECASE)
# "He died in hospital", "She later succumbed to her wounds": the one told before died (whether
# that is one more dead is for the event to tell); "another later died": one more dead.
# Capitalised words that open sentences without naming anyone.
_MONTH_OR_DAY = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                 "August|September|October|November|December")
# A capitalised word that opens a clause as someone's name ("Quispe was hit", "Jo Cox was stabbed").
_NAME_SUBJECT = rf"(?<![\w'’\-])(?-i:(?!(?:He|She|It|They|The|A|An|One|This|That|On|In|{_MONTH_OR_DAY})\b)[A-Z][\w'’\-]+)"
_ONE_MORE_DIED = re.compile(r"\b(?:he|she|another(?:\s+(?:one|victim|person|man|woman|child|soldier|officer|civilian))?|"
                            # ("Ali died on the way to hospital": the victim named before, by his name)
                            rf"(?<![,;]\s)(?!(?:He|She|It|They|Nobody|None|No|The|A|An|{_MONTH_OR_DAY})\b)"
                            r"(?<!\bon\s)(?<!\bin\s)(?-i:[A-Z][a-z]{2,})(?=\s+(?:later\s+)?died\s+"
                            r"(?:\w+\s+){0,2}?(?:in|at|on\s+the\s+way\s+to)\s+(?:a\s+|the\s+)?hospital\b)|"
                            # ("The officer died of his injuries": the one told as hurt)
                            rf"(?P<the>the\s+(?:[\w\-]+\s+)?{_PERSON_NOUN_SHORT}))\s+(?:(?:later|subsequently|eventually)\s+(?:died|succumbed)\b|"
                           r"(?:died|succumbed)\s+(?:later\b|(?:\w+\s+){0,2}?(?:in|at|on\s+the\s+way\s+to)\s+(?:a\s+|the\s+)?hospital\b|"
                           r"(?:of|from|to)\s+(?:his|her)\s+(?:injuries|wounds)\b|"
                           # ("He died before police arrived", "She died at the scene")
                           r"before\s+(?:the\s+)?(?:police|help|an?\s+ambulance|rescuers|paramedics|medics)\s+(?:could\s+)?(?:arrived?|reach\w*)\b|"
                           r"(?:at\s+the\s+scene|on\s+the\s+spot|instantly)\b))|"
                            # ("A man was shot in Lagos and died in hospital", "... taken to hospital where he died")
                            r"\band\s+(?:later\s+)?died\s+(?:\w+\s+){0,2}?(?:in|at)\s+(?:a\s+|the\s+)?hospital\b|"
                            # ("He was taken to hospital but died of his wounds the next day")
                            r"\b(?:was|had\s+been)\s+(?:taken|rushed|admitted|evacuated)\s+to\s+(?:a\s+|the\s+)?hospital\s+"
                            r"(?:but|and)\s+(?:later\s+)?died\s+(?:of|from)\s+(?:his|her)\s+(?:injuries|wounds)\b|"
                            # ("Mehra was critically wounded and succumbed to his injuries", "Mehra later died
                            # of his wounds")
                            # (not "was hit by a speeding car ... and later died of his injuries": an
                            # accident's toll is no attack's)
                            r"\band\s+(?:later\s+|subsequently\s+)?succumbed\s+to\s+(?:his|her)\s+(?:injuries|wounds)\b|"
                            r"(?<![,;]\s)\b(?-i:[A-Z][a-z]+)\s+(?:later\s+|subsequently\s+)?(?:succumbed\s+to|died\s+(?:of|from))\s+"
                            r"(?:his|her)\s+(?:injuries|wounds)\b|"
                            r"\bhospital,?\s+where\s+(?:he|she)\s+(?:later\s+)?died\b", re.IGNORECASE)
_TOLL_FIRST = re.compile(rf"(?P<nums>{_NUM})\s+(?:fatalit(?:y|ies)|deaths|dead)\b", re.IGNORECASE)
# "Two foreign soldiers were among the wounded": those hurt named, at least (a total told elsewhere
# is the bigger figure and wins; "were also among the injured" is part of one).
_AMONG_THE_HURT = re.compile(rf"\b(?P<nums>{_NUM})\s+(?:[\w\-]+\s+){{0,3}}?(?:were|was)\s+among\s+the\s+"
                             rf"(?:injured|wounded)\b", re.IGNORECASE)
# "The officer survived his wounds": the victim told before, hurt, whatever verb struck him (not
# "a man survived his injuries from an earlier car crash").
_SURVIVED_WOUNDS = re.compile(rf"\bthe\s+(?:[\w\-]+\s+){{0,2}}?{_PERSON_NOUN}\s+(?:later\s+|narrowly\s+)?survived\s+"
                              rf"(?:his|her|the)\s+(?:\w+\s+)?(?:wounds|injuries)\b(?!\s+(?:from|of|in|after|sustained)\b)",
                              re.IGNORECASE)
# ... or by name: "Matos survived with gunshot wounds to the arm".
_NAME_SURVIVED_HURT = re.compile(rf"{_NAME_SUBJECT}\s+(?:later\s+)?(?:survived|escaped)\s+with\s+(?:(?!no\b|minor\s+scratches)\w+\s+){{0,2}}?"
                                 rf"(?:injuries|wounds|burns)\b", re.IGNORECASE)
# "All 170 passengers and crew died": everyone aboard, a figure the crew's "and" does not split.
_ALL_ABOARD = re.compile(rf"\ball\s+(?:the\s+)?(?P<nums>{NUMBER})\s+(?:people\s+|persons\s+)?(?:passengers|people|persons|occupants)\s+"
                         r"and\s+(?:the\s+)?crew(?:\s+members)?(?:\s+on\s+board|\s+aboard(?:\s+the\s+\w+)?)?\s+(?:were\s+)?"
                         r"(?:killed|died|perished)\b",
                         re.IGNORECASE)
# Hurt told by where the shot struck, with no word of hurt: "One officer was hit in the leg",
# "Assailants shot a 24-year-old man in both legs" (not one who then died, nor the attacker whom
# the police shot, counted with the attackers).
_LIMB = r"(?:legs?|neck|face|head|knees?|kneecaps?|arms?|shoulders?|thighs?|feet|foot|hands?|back|stomach|abdomen|chest|buttocks?|ankles?)"
# "Labour MP Jo Cox was shot and stabbed to death": one dead, by name.
_NAME_WAS_KILLED = re.compile(rf"{_NAME_SUBJECT}(?-i:(?:\s+[A-Z][\w'’\-]+){{0,2}})"
                             rf"\s+was\s+(?:(?:shot|beaten|attacked)\s+and\s+)?{_TO_DEATH_VERB}\s+to\s+death\b")
# "beat a Roma man ..., leaving him with a fractured skull": one hurt.
_LEFT_WITH = re.compile(r"\b(?:leaving|left)\s+(?:him|her)\s+with\s+(?:an?\s+|\w+\s+)?(?:(?:fractured|broken)\s+\w+|"
                        r"(?:\w+\s+)?(?:injuries|wounds|burns|bruises|fractures|cuts|concussion))\b", re.IGNORECASE)
_HIT_IN_LIMB = re.compile(
    rf"\b(?:(?P<nums>{NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?(?:{_PERSON_NOUN}s?|(?:police|fisher|business)?m[ae]n|women|children|"
    rf"people|persons|others)\s+(?:was|were)\s+(?:also\s+)?"
    rf"(?:shot|hit|struck|stabbed|slashed|knifed)|(?<!\bto\s)shot\s+(?:an?|one|the)\s+(?!(?:[\w\-]+\s+){{0,2}}?{_ATTACKER_NOUN}\b)(?:[\w\-]+\s+){{0,2}}?{_PERSON_NOUN}|"
    # ("Quispe was hit in the leg and survived": the one named)
    rf"{_NAME_SUBJECT}\s+was\s+"
    rf"(?:also\s+)?(?:shot|hit|struck)|"
    # ("attacked a 61-year-old man, stabbing him in the neck and shoulder")
    rf"(?:stabbing|stabbed|slashing|slashed|shooting)\s+(?:him|her))"
    rf"\s+in\s+(?:the|both|his|her|their|one)\s+{_LIMB}\b(?![^.;]*\b(?:died|killed|killing|dead|fatal\w*|succumbed)\b|"
    # (the same man's death past a semicolon: "shot a policeman in the head; he died on the way to hospital")
    rf"[^.;]*;\s*(?:he|she)\s+(?:later\s+)?(?:died|succumbed|was\s+(?:later\s+)?pronounced\s+dead)\b)"
    # (not "struck in the legs by falling debris when a crane collapsed", nor a football tackle)
    rf"(?![^.;]*\b(?:debris|rubble|collapsed|accident\w*|falling|tackle|drills?|exercises?|lightning)\b)",
    re.IGNORECASE)
# "seriously wounding one and lightly wounding the other": the other is one more hurt.
_ONE_AND_THE_OTHER = re.compile(r"\b(?P<first>wounding|injuring|killing)\s+(?:one|the\s+first)\s+and\s+(?:\w+ly\s+|later\s+)?"
                                r"(?P<verb>wounding|injuring|killing)\s+(?P<other>the\s+other)(?:\s+(?P<n>two|three|four|five|six|\d+))?\b"
                                r"(?!\s+(?:ones?|people|victims|passengers))", re.IGNORECASE)
# "A teacher was stabbed several times outside a school ... and died of his wounds": the one struck.
_ONE_DIED_OF_WOUNDS = re.compile(rf"^\W*(?:On\s+[^,.;]{{3,30}},\s+|\d\d/\d\d/\d{{4}}:\s+)?(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?{_PERSON_NOUN}\s+was\s+"
                                 rf"(?:shot|stabbed|attacked|beaten|hacked)\b(?![^.;]{{0,40}}\bby\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:dog|car|truck|lorry|bus|vehicle|train|motorcycle)s?\b)[^.;]{{0,120}}?\band\s+(?:later\s+)?(?:died|succumbed)\s+"
                                 rf"(?:of|from|to)\s+(?:his|her)\s+(?:\w+\s+)?(?:wounds|injuries)\b", re.IGNORECASE)
# "The child's father, who was among the injured, later died in hospital": one of the hurt.
_AMONG_HURT_DIED = re.compile(r"\bwho\s+(?:was|had\s+been)\s+(?:among|one\s+of)\s+the\s+(?:injured|wounded)\s*,\s+"
                              r"(?:later\s+|subsequently\s+|eventually\s+)?(?:died|succumbed)\b", re.IGNORECASE)
# "fatally wounded", "mortally injured": killed, whatever the verb says.
_FATALLY = re.compile(r"\b(?:fatally|mortally)\s+(?:wounded|injured|shot|stabbed)\b", re.IGNORECASE)
_WHO_DIED = re.compile(rf"\b(?:wounding|injuring|wounded|injured|stabbed|stabbing|shot|shooting|set\s+ablaze|set\s+fire\s+to|"
                       rf"beat|beating|hacked|attacked|assaulted|lynched)\s+(?:a|an|the|one)\s+(?:[\w\-]+\s+){{0,2}}?"
                       rf"(?:{_PERSON_NOUN}|thief|robber|suspect)\s*,?\s+"
                       rf"who\s+(?:later\s+|subsequently\s+|eventually\s+)?(?:died|succumbed|was\s+(?:later\s+)?pronounced\s+dead)\b",
                       re.IGNORECASE)
_LAST_OBJECT = re.compile(r"\b(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+,?\s+(?:and\s+)?$", re.IGNORECASE)
_TOLL_RESTATED = re.compile(r"\b(?:toll|bringing\s+the)\b", re.IGNORECASE)
# "12 soldiers, two police officers and an unknown number of assailants were killed": the known
# figures, open-ended.
_UNKNOWN_PART = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+an?\s+(?:unknown|undisclosed|unspecified|unreported|unconfirmed|uncounted|"
                           r"undetermined)\s+number\s+of\s+"
                           r"(?:[\w\-]+\s+){0,2}?[\w\-]+(?=\s+(?:were|was|had\s+been|have\s+been)\b|\s+(?:killed|dead|wounded|injured)"
                           r"(?:\s*$|\s*[,;:]|\s+(?:in|at|near|on|during|as|after|when|while)\b))",
                           re.IGNORECASE)  # (a headline's participle: "... and an unknown number of attackers killed")

# "In addition to the assailant, ..." and "aside from the death of the assailant": GTD counts it.
# ("including the bomber" does not: the figure before it already holds the bomber.)
# ("not counting the bomber", "besides herself": the bomber told apart from the toll)
# ("Beside the bomber, three soldiers were killed": "besides" misspelt, opening the sentence;
# not "beside the bomber's car", which says where)
_PLUS_ATTACKER = re.compile(rf"\b(?:in\s+addition\s+to|aside\s+from\s+the\s+death\s+of|besides|(?-i:B)eside(?=\s+the\s+{_ATTACKER_NOUN}\b(?!['’])(?![^.;]{{0,40}}?\b(?:fled|escaped|arrested|captured|detained|surrendered|survived|at\s+large)\b))|along\s+with|"
                            # ("Aside from the two assailants, one civilian was killed")
                            # (not attackers who lived: "Aside from the gunman, who escaped, ...")
                            rf"(?:aside|apart)\s+from(?=\s+(?:the\s+)?(?:{NUMBER}\s+)?{_ATTACKER_NOUN}\b"
                            rf"(?![^.;]{{0,40}}?\b(?:fled|escaped|arrested|captured|detained|surrendered|at\s+large)\b))|"
                            # ("Nine civilians, plus the bomber, died")
                            rf"(?<=,\s)plus(?=\s+(?:the\s+)?(?:{NUMBER}\s+)?{_ATTACKER_NOUN}\b)|"
                            # ("four soldiers and one civilian were killed, as well as 109 of the attackers")
                            rf"as\s+well\s+as(?=\s+(?:the\s+)?(?:{NUMBER}\s+(?:of\s+the\s+)?)?{_ATTACKER_NOUN}\b)|"
                            # ("killing 3 soldiers as well as himself", "... and herself")
                            rf"(?:as\s+well\s+as|and)(?=\s+(?:him|her)self\b)|"
                            # (attackers left out of a toll are dead only when they blew themselves up:
                            # "killing eight, excluding the attackers, who escaped")
                            rf"(?:not\s+counting|not\s+including|excluding|other\s+than)(?=\s+the\s+(?:suicide\s+)?bombers?\b|"
                            rf"\s+the\s+(?:[\w\-]+\s+)?(?:attackers|assailants|gunmen|militants)\b(?:,?\s+(?:who|that)\s+(?:were|was))?"
                            rf"\s+(?:later\s+)?(?:shot\s+dead|killed|died)\b))\s+(?P<att>(?:the\s+|all\s+(?:the\s+)?)?(?:(?P<n>{NUMBER})\s+(?:of\s+the\s+)?)?{_ATTACKER_NOUN}\b|"
                            rf"(?:(?<=besides\s)|(?<=\sas\s)|(?<=along\swith\s)|(?<=\sand\s))(?:him|her)self\b)"
                            # (not attackers who lived: "Besides all three gunmen, who fled, seven passengers ...")
                            rf"(?![^.;]{{0,40}}?\b(?:fled|escaped|arrested|captured|detained|surrendered|survived|at\s+large)\b)",
                            re.IGNORECASE)
# "3 killed including the attacker", "7 killed, among them two gunmen", "killing three people
# including the bomber", "4 dead (including 2 perpetrators)", "28 people died, including 13 of the
# perpetrators": a toll that holds its attackers.
_WITHIN = re.compile(rf"\b(?:killed|dead|died|(?:killed|killing|left)\s+(?:[\w\-]+\s+){{0,3}}?(?:people|persons|others|civilians))"
                     rf"\s*[,(]?\s*(?:including|among\s+them|of\s+whom)\s+(?:the\s+)?(?:(?P<n>{NUMBER})\s+(?:of\s+the\s+)?)?"
                     rf"(?:were\s+)?(?P<who>{_ATTACKER_NOUN})\b(?![’'])|"
                     # ("At least 28 people were killed, four attackers among them")
                     rf"\b(?:killed|dead|died)\s*,\s*(?P<n2>{NUMBER})\s+(?P<who2>{_ATTACKER_NOUN})\s+(?:among\s+them|of\s+them|included)\b",
                     re.IGNORECASE)


def attackers_within(text: str) -> int:
    """How many of the dead a toll in ``text`` says were the attackers themselves ("including
    the assailants", of no number, says nothing)."""
    out = 0
    for m in _WITHIN.finditer(text):
        if m.group("n") or m.group("n2"):
            out += int(parse_number(m.group("n") or m.group("n2")) or 0)
        elif not re.search(r"(?:s|men)$", m.group("who"), re.IGNORECASE):
            out += 1
    return out


# "burning seven passengers to death": the figure between the verb and "to death".
# ... past an aside on who they were ("stabbed two young women, cousins aged 20 and 21, to death").
_NUM_TO_DEATH = re.compile(rf"\b(?:hack|burn|stabb?|beat|stone)(?:ed|ing|t|en)?\s+(?P<nums>{_NUM})\s+(?P<noun>(?:[\w'’\-]+\s+){{0,3}}?"
                           rf"(?:[\w'’\-]+,\s+[^,.;:()]{{3,50}}?,\s+)?)(?<!almost\s)(?<!nearly\s)(?<!half\s)(?:to\s+death|alive)\b",
                           re.IGNORECASE)
# "Four assailants stormed ... before security forces killed all of the assailants": as many as
# were told.
_ALL_ATTACKERS = re.compile(r"\b(?:killed|killing|shot\s+dead|neutrali[sz]ed|neutrali[sz]ing)\s+all\s+(?:of\s+)?(?:the\s+)?"
                            r"(?P<noun>assailants|attackers|gunmen|militants|hijackers|terrorists|insurgents|bombers)\b",
                            re.IGNORECASE)
# "... and shot them dead", "abducted five farmers and later killed them": as many as were told.
_KILLED_THEM = re.compile(r"\b(?:(?:killed|executed|murdered|beheaded|massacred|lynched)\s+(?:all\s+(?:of\s+)?)?them\b|"
                          r"(?:shot|hacked|stabbed|beat|stoned|burned|burnt)\s+(?:all\s+(?:of\s+)?)?them\s+(?:all\s+)?(?:dead|to\s+death)\b|"
                          r"(?:burned|burnt)\s+(?:all\s+(?:of\s+)?)?them\s+alive\b)",
                          re.IGNORECASE)
_PEOPLE_TOLD = re.compile(rf"\b(?P<nums>{_NUM})\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{_PERSON_NOUN}s|men|women|people|persons|"
                          rf"children|villagers|passengers|hostages|captives|youths|thieves|suspects)\b(?!\s+(?:and|or)\s+(?:an?|one|\d+)\b)", re.IGNORECASE)
_AND_OTHERS_KILLED = re.compile(rf"\band\s+(?P<nums>{NUMBER})\s+others?\s+(?:who\s+[^,.;]{{0,60}}?\s+)?(?:were|was)\s+"
                                rf"(?:later\s+|subsequently\s+|then\s+)(?:executed|killed|shot\s+dead|beheaded|murdered)\b",
                                re.IGNORECASE)
# "the Taliban lost 3 fighters": a side's dead, told as its loss.
_LOST_MEN = re.compile(rf"\b(?:lost|losing|loses)\s+(?P<nums>{_NUM})\s+(?:of\s+(?:its|their|his)\s+)?(?:[a-z]+\s+)?"
                       rf"(?:fighters?|men|soldiers?|militants?|troops|personnel|policem[ae]n|officers?|combatants?|"
                       rf"militiam[ae]n|gunm[ae]n|rebels?)\b(?!\s+(?:who|that|to|through|in\s+(?:the\s+)?(?:election|vote|defections?)|"
                       rf"as\s+(?:prisoners|captives)|(?:\w+\s+)?(?:wounded|injured|missing|captured|arrested|"
                       rf"detained|taken|defected|deserted)))",
                       re.IGNORECASE)
_OF_THEM_FATALLY = re.compile(rf",\s+(?P<nums>{NUMBER})(?:(?:\s+of\s+them)?\s+(?:fatally|mortally)\b|"
                              # ("assaulted two suspected housebreakers, one of whom died on the scene")
                              rf"\s+of\s+(?:whom|them)\s+(?:later\s+|subsequently\s+)?(?:died|was\s+killed|succumbed)\b"
                              # (not "one of them died of cholera")
                              rf"(?!\s+(?:of|from)\s+(?!(?:his|her|their)\s+(?:\w+\s+)?(?:wounds|injuries)\b)))",
                              re.IGNORECASE)
_ARMED_PEOPLE = re.compile(r"\b(?:soldiers|troops|police\w*|officers|militants|gunmen|fighters|rebels|insurgents|"
                           r"jihadists|militiamen|assailants|attackers|bandits|guards)\b", re.IGNORECASE)
# "Six others, including a baby, survived with wounds": hurt.
# "... were executed and two escaped with gunshot wounds": the figure alone after "and".
_AND_N_SURVIVED_HURT = re.compile(rf"\band\s+(?P<nums>{_NUM})\s+(?:others?\s+|more\s+)?(?:survived|escaped)\s+with\s+"
                                  rf"(?:(?!no\b)\w+\s+){{0,2}}?(?:injuries|wounds|burns)\b", re.IGNORECASE)
_SURVIVED_HURT = re.compile(rf"\b(?P<nums>{_NUM})\s+(?:[a-z][\w\-]*\s+){{0,2}}?[a-z][\w\-]*(?:s|men|ren|ple)\s*,?\s+(?:also\s+|later\s+)?"
                            rf"(?:survived|escaped)\s+with\s+(?:(?!no\b)\w+\s+){{0,2}}?(?:injuries|wounds|burns)\b", re.IGNORECASE)
# "Four soldiers were killed, as were both bombers": a further group, with the verb before it.
# (people only: "as was reported", "as was his dog", "as were three shops" add nobody; nor does a
# vague "as were several civilians")
_AS_WERE = re.compile(rf",\s+as\s+(?:were|was)\s+(?:also\s+)?(?:all\s+)?(?:(?P<nums>\d+|{WORD_NUMBER}|both)\s+(?:of\s+the\s+)?|"
                      rf"(?:the|a|an|his|her|their)\s+)(?:[\w'’\-]+\s+)?"
                      rf"(?P<noun>{_PERSON_NOUN}s?|people|persons|others|children|men|women|"
                      rf"(?:assailant|attacker|gunm[ae]n|militant|insurgent|terrorist|bomber|perpetrator|jihadist|rebel|"
                      rf"fighter|policem[ae]n)s?)(?=\s*(?:[.,;]|$))", re.IGNORECASE)
_ALONG_WITH = re.compile(rf"\b(?:along\s+with|together\s+with|in\s+addition\s+to)\s+(?P<nums>{_NUM})\s+"
                         rf"(?P<noun>(?:[\w'’\-]+\s+){{0,2}}?[\w'’\-]+)(?=\s*(?:[.,;]|$|\b(?:who|in|at|on|during)\b))",
                         re.IGNORECASE)
_THINGS_ALONG = re.compile(r"\b(?:vehicles?|cars?|trucks?|houses?|homes?|huts?|shops?|buildings?|weapons?|rifles?|guns?|"
                           r"ammunition|motorcycles?|motorbikes?|cattle|cows?|goats?|sheep|camels?|livestock|animals?|"
                           r"properties|documents?|phones?)\b", re.IGNORECASE)
_PROTESTED_DEATHS = re.compile(r"\b(?:against|over|protest(?:ed|ing|s)?|denounc\w*|condemn\w*|justice\s+for|demand\w*|"
                               r"mourn(?:ed|ing|s)?(?!\s+as\b)|commemorat\w*|anniversary\s+of|"
                               # (not "Kenya steps up security after gunmen killed three police officers": the
                               # attack the headline reports; but "a year after gunmen killed" is another time)
                               r"(?:(?:(?<=\byear\s)|(?<=\byears\s)|(?<=\bmonth\s)|(?<=\bmonths\s))(?:after|following)|"
                               r"(?:after|following)(?!\s+(?:the\s+)?(?:gunm[ae]n|militants|assailants|attackers|insurgents|"
                               r"jihadists|bandits|terrorists|rebels)\s+$))|avenge|retaliation\s+for|"
                               r"response\s+to|revenge\s+for|(?:probe|inquiry|enquiry|investigation)\s+into|"
                               # (a charge: "burned the huts of three suspects in the killing of a boy")
                               r"suspects?\s+in|accused\s+(?:of|in)|charged\s+(?:with|over|in)|convicted\s+(?:of|in)|wanted\s+(?:for|in))"
                               r"\s+(?:the\s+)?(?:\w+\s+)?$",
                               re.IGNORECASE)
# (a weapon's word that qualifies people is no weapon: "Four mine workers were injured", "car drivers")
_WEAPON_HEAD = re.compile(r"(?:[\w\-]+\s+)?" + _WEAPON.pattern +
                          r"(?!\s+(?:workers?|guards?|drivers?|employees|staff|engineers|officials|owners?|operators|"
                          r"technicians|labou?rers|survivors|victims)\b)", re.IGNORECASE)
_NUM_RE = re.compile(_NUM, re.IGNORECASE)
_THEIR_ONE_CHAINED = re.compile(rf"\band\s+{_THEIR_ONE}", re.IGNORECASE)
_RUNNING_TOTAL = re.compile(r"\b(?:this\s+(?:year|month|week)|since\s+(?:January|February|March|April|May|June|July|"
                            r"August|September|October|November|December|the\s+start|the\s+beginning|\d{4})|"
                            r"for\s+the\s+(?:year|month|week))\b", re.IGNORECASE)
_NOT_VICTIMS = re.compile(
    r"^(?:years?|months?|weeks?|days?|hours?|minutes?|km|kilometers?|kilometres?|miles?|metres?|meters?|"
    r"percent|%|am|pm|a\.m\.|p\.m\.|o'clock|times|dollars?|euros?|pounds?|pesos?|rupees?|naira|cents?|yuan|"
    r"shillings?|francs?|dinars?|lira)\b", re.IGNORECASE)


@dataclass(frozen=True)
class CountHit:
    kind: str
    low: int
    high: int | None
    start: int
    end: int
    text: str
    attackers: bool = False
    additional: bool = False  # "was also killed": on top of the figures already given


def _number_range(phrase: str) -> tuple[int, int | None] | None:
    phrase = " ".join(phrase.split())
    lowered = phrase.lower()
    between = re.match(r"between\s+(.+?)\s+and\s+(.+)$", lowered)
    if between:
        low, high = parse_number(between.group(1)), parse_number(between.group(2))
        return (low, high) if low is not None and high is not None else None
    range_match = re.search(r"(\S+)\s*(?:-|to|or)\s*(\d+)$", phrase)
    if range_match and parse_number(range_match.group(1)) is not None:
        low = parse_number(range_match.group(1))
        return (low, int(range_match.group(2))) if low is not None else None
    qualifier = re.match(_QUAL, lowered)
    core = phrase[qualifier.end():].strip() if qualifier else phrase
    value = parse_number(core)
    if value is None:
        return None
    qual = qualifier.group() if qualifier else ""
    if qual.startswith(("more than", "over")):
        # Coders take the figure stated ("over 50 insurgents killed" is 50 in GTD), not one more.
        return value, None
    if qual.startswith(("at least", "as many as")) or core.lower() in ("dozens", "hundreds", "several", "scores", "tens", "thousands"):
        return value, None
    if qual.startswith(("fewer than", "less than")):
        return max(value - 1, 0), value - 1
    return value, value


def _sum(phrase: str) -> tuple[int, int | None] | None:
    """All the figures of a coordinated subject, added up."""
    parts = [m.group() for m in _NUM_RE.finditer(phrase)]
    values = [r for r in (_number_range(p) for p in parts) if r is not None]
    values += [(1, 1)] * len(_THEIR_ONE_CHAINED.findall(phrase)) if values else []
    if not values:
        return None
    del values[_breakdown(phrase, [v[0] for v in values])]
    low = sum(v[0] for v in values)
    high = None if any(v[1] is None for v in values) else sum(v[1] for v in values)  # type: ignore[misc]
    return low, high


_ANY_VERB = re.compile(rf"\b(?:{_KILL_VERB}|{_INJURE_VERB}|kill(?:ed|ing|s)?|injur(?:ed|ing)|wound(?:ed|ing))\b",
                       re.IGNORECASE)


def _last_verb(text: str) -> re.Match[str] | None:
    """The last killing or injuring word of ``text``."""
    last = None
    for last in _ANY_VERB.finditer(text):
        pass
    return last


_ALSO = re.compile(r"\b(?:also|another|additional)\b", re.IGNORECASE)
_THEN_BEFORE = re.compile(r"\bthen\s+$", re.IGNORECASE)
# ("shot dead nine people ... before killing his mother": a further act on someone else)
_BEFORE_ACT = re.compile(r"\bbefore\s+$", re.IGNORECASE)
_ACT_AFTER = re.compile(r"(?:kill|shoot|stabb|behead)ing\b", re.IGNORECASE)
_MORE_DIED = re.compile(r"\bmore\s+(?:\w+\s+)?(?:(?:later|subsequently)\s+)?(?:died|succumbed|(?:were|was)\s+(?:later\s+)?found\s+dead)\b"
                        # "the bodies of two more were recovered", "three more hostages were killed"
                        rf"|\b{NUMBER}\s+more\b(?!\s+than)",
                        re.IGNORECASE)


_TAKEN_BEFORE = re.compile(r"\b(?:abducted|kidnapped|taken\s+hostage|seized)\b[^.]*[;,]\s*(?:and\s+)?(?:the\s+)?$", re.IGNORECASE)
# ("Gunmen killed two hostages and kidnapped five others ...; the bodies of the two hostages were
# recovered": the bodies of those killed, not of the others taken)
_HOSTAGES_KILLED = re.compile(r"\b(?:killed|shot\s+dead|executed|murdered|beheaded)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?"
                              r"(?:hostages|captives|abductees)\b", re.IGNORECASE)
_HOSTAGE_BODIES = re.compile(r"bod(?:y|ies)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:hostages?|captives?|abductees?)\b", re.IGNORECASE)


# "lightly injuring two and moderately injuring one": the hurt told by severity, each on top of the other.
_SEVERITY = r"(?:lightly|slightly|moderately|seriously|critically|severely|badly|mildly)"
_SEVERITY_SPLIT = re.compile(rf"\b{_SEVERITY}\s+(?:injuring|wounding)\s+[\w\-]+(?:\s+\w+)?\s*(?:,\s*(?:and\s+)?|and\s+){_SEVERITY}\s+$",
                             re.IGNORECASE)


def _one_more(text: str, start: int, end: int) -> bool:
    """Deaths on top of the figures already told: "was also killed", "another", "three more died
    in hospital" (but not where the sentence restates the toll: "the toll rose to 12 after three
    more died"); hurt told by severity after other hurt ("... and moderately injuring one")."""
    said = text[start:end]
    # ("The assailant then killed his mother and himself": a further act, on top of the toll; "the
    # bodies of the three hostages were recovered": those taken, dead since)
    return bool(_ALSO.search(said) or _THEN_BEFORE.search(text, max(0, start - 8), start)
                or (_BEFORE_ACT.search(text, max(0, start - 8), start) and _ACT_AFTER.match(text, start)) or (_HOSTAGE_BODIES.match(text, start) is not None and _TAKEN_BEFORE.search(text, 0, start) is not None
                    and not _HOSTAGES_KILLED.search(text, 0, start))
                or (_MORE_DIED.search(said) and not _TOLL_RESTATED.search(text))
                or _SEVERITY_SPLIT.search(text, max(0, start - 80), start))


def _single(nums: str) -> bool:
    return len(_NUM_RE.findall(nums)) == 1


def _kind(verb: str) -> str:
    return INJURED if re.search(rf"(?:injur|wound|hurt|hospitali|beaten(?!\s+to\s+death)|(?:taken|rushed|evacuated|transported)\s+to\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+)?hospital|sicken|fell\s+ill|treated|treatment|admitted|burns|inhalation|\bcuts?\b|bruise|fracture|broken\s+{_BONE})",
                                verb, re.IGNORECASE) \
        else KILLED



# Asides inside a victim phrase: "seven people, including police officers and civilians, were
# killed", "nine fighters (military police) were killed". They name a subset, so they are blanked
# (same length, offsets kept) before the figures are read.
# A character of an aside closed by a comma: no clause end, but the dots of "U.S." and "U.N."
# are no end (an aside without its closing comma stops at any dot: "..., including staff of the
# U.N. Three guards were killed").
_IN_ASIDE = r"(?:[^,.;]|\.(?=(?-i:[A-Z])\.)|(?<=\.(?-i:[A-Z]))\.)"
_ASIDE_VERBS = r"(?:were|was|killed|killing|injur\w+|wound\w*|died|dead|hurt|leaving|left|abduct\w+|kidnapp\w+)"
_ASIDE_ITEM = rf"(?:(?!\b(?:{_ASIDE_VERBS}|and)\b)[^.;,])"
_ASIDE_TAIL = (rf"(?:(?!\b{_ASIDE_VERBS}\b)[^.;,])*?"
               r"(?=\s*(?:[.;]|$)|,\s+(?:and|while|but)\b|,\s+(?:[\w\-]+\s+){0,3}?(?:said|says|reported|told)\b)")
_ASIDE = re.compile(# "killing 73 people, among them the chief justice, four ministers and 27 deputies.": a list to
                    # the clause's end, commas and all, with no verb of its own (with the serial comma
                    # after two items or more: "among them the groom, two teenagers, and the village head")
                    rf",\s*(?:including|among\s+them)\b(?:{_ASIDE_ITEM}*,)+\s*(?!and\b){_ASIDE_ITEM}+?\s+and\b{_ASIDE_TAIL}|"
                    rf",\s*(?:including|among\s+them)\b(?:{_ASIDE_ITEM}*,){{2,}}\s*and\b{_ASIDE_TAIL}|"
                    r",\s*(?:including|among\s+them|of\s+whom|(?:many|most|some|all|several|half|mostly|mainly)\s+of\s+(?:them|whom)|"
                    rf"mostly|mainly|largely|predominantly)\b(?:(?:{_IN_ASIDE}|,){{0,120}}?,(?=\s+(?:were|was|have|had)\b)|[^,.;]*?(?:,|(?=\s+(?:were|was|have|had)\b)))"
                    # "killed eleven people, including five women and four children." (to the end of
                    # the clause, short of a further count: "..., and wounded 20 others")
                    r"|,\s*(?:including|among\s+them)\b[^,.;]*?(?=\s*(?:[.;]|$)|\s+(?:with|as\s+well\s+as|plus)\b|"
                    r"\s+(?:and|while|but)\s+(?:also\s+)?(?:injur|wound|hurt|kill|leav|left|abduct|kidnap)\w*)"
                    r"|\([^()]{1,80}\)"
                    # "Two villagers, a herder and a retired teacher, were killed":
                    # the list says who the two were.
                    r"|,\s*(?:a|an|the)\s+[^,.;]{1,80}?\s+and\s+(?:a|an|the)\s+[^,.;]{1,80}?,(?=\s+(?:were|have\s+been|had\s+been)\b)"
                    # "Six people, three police officers and three assailants, were killed": the
                    # same, by figures, after a total of people.
                    rf"|(?:(?<=\bpeople)|(?<=\bpersons)),\s*{_NUM}\s+[^,.;]{{1,60}}?\s+and\s+{_NUM}\s+[^,.;]{{1,60}}?,"
                    r"(?=\s+(?:were|have\s+been|had\s+been)\b)"
                    # "nine soldiers and an undetermined number of attackers died": a group of no figure
                    # (after one group only: "12 soldiers, three civilians, and an unknown number of
                    # assailants" is a list summed elsewhere)
                    r"|(?<!,)\s+and\s+an?\s+(?:undetermined|unknown|unspecified|unconfirmed|unreported|uncounted)\s+number\s+of\s+[\w\-]+(?:\s+[\w\-]+)?"
                    r"(?=\s+(?:were|was|died|had|have|lost|perished)\b)"
                    # "The bomber, Anthony Quinn Warner, died in the blast": the attacker's name
                    r"|(?:(?<=\bbomber)|(?<=\battacker)|(?<=\bassailant)|(?<=\bgunman)|(?<=\bshooter)|(?<=\bperpetrator)),\s+"
                    r"(?:(?-i:[A-Z])[\w'’\-]*\.?\s+){1,3}(?-i:[A-Z])[\w'’\-]*,(?=\s+(?:was|died|had|also|later)\b)"
                    # "25 hostages, 22 of them children, were killed", "killing 22 people, 20 of them
                    # tourists": a part of the figure before it (not "two of whom later died": a verb)
                    rf"|,\s*{_NUM}\s+of\s+(?:them|whom)(?:\s+(?!(?:were|was|are|is|had|have|later|died|\w+ed|\w+ly)\b)[\w'’\-]+){{1,4}}"
                    # ("Fifteen civilians, seven of them children and one a pregnant woman, were killed")
                    rf"(?:\s+and\s+{_NUM}\s+(?:of\s+them\s+)?(?:an?\s+)?(?:[\w'’\-]+\s+){{0,3}}?[\w'’\-]+)?"
                    r"(?:,(?=\s+(?:were|was|had|have|died|lost|perished|and)\b)|(?=\s*[,.;]|\s*$|\s+(?:were|was|had|have|died)\b))",
                    re.IGNORECASE)


# (in words too, as list rows strip the hyphens: "A two year old girl died")
_BARE_AGE = re.compile(rf"\b(?:\d{{1,3}}|{WORD_NUMBER}) (?:years?|months?) old\b", re.IGNORECASE)
# "A shepherd aged 16", "Ahmed, 25, and his son": ages, no figures.
# ("two men aged 30 and 32", "three men, aged 20, 22 and 25, were killed": every age of the list)
_AGES = r"aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:,|and|to|or|-|–)\s*\d{1,3})*(?:\s+years?(?:\s+old)?)?"
_AGE = re.compile(rf",\s*{_AGES}\s*,|\b{_AGES}\b|(?<=[A-Za-z]),\s+\d{{1,2}},(?=\s+(?:and|was|were|who|had|is|a|an|the)\b)",
                  re.IGNORECASE)


# The attacker as the subject of "... and died in hospital" ("The attacker was shot in the chest
# by police", "the assailant, who was shot by police").
_ATTACKER_DIED = re.compile(rf"\b(?:the|an?)\s+(?:[\w\-]+\s+)?{_ATTACKER_NOUN}(?:\s*,\s*(?:who\b|[^,.;]{{1,60}},))?"
                            # (not another subject: "The attacker was arrested and the woman died in hospital")
                            rf"\s+(?:was|had\s+been)\b(?:(?!\band\s+(?:the|a|an|his|her|one|two|\w+\s+of)\b)[^.;,]){{0,100}}$",
                            re.IGNORECASE)


# "Sir David Amess was stabbed multiple times while meeting constituents ... and died at the
# scene": the one named, struck, is dead.
_NAMED_STRUCK_DIED = re.compile(r"(?<![\w'’\-])(?!(?:He|She|It|They|The|A|An|This|That|One)\b)[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}"
                                r"(?:,\s+[^,.;]{1,60},)?\s+was\s+(?:\w+\s+)?(?:shot|stabbed|hacked|beaten|attacked|hit|struck)\b"
                                r"[^.;]{0,100}?\s+and\s+(?:later\s+)?died\b")


# "hacked Abdur Razzak, a Sufi spiritual leader, to death": the one named.
_NAMED_TO_DEATH = re.compile(rf"\b{_TO_DEATH_VERB}\s+"
                             r"(?-i:[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})(?:,\s+[^,.;]{1,60},)?\s+to\s+death\b", re.IGNORECASE)


_GROUP_THEN_WHO = re.compile(rf"(?P<n>{NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?[a-z]+(?:s|men|ren)\s*,\s+(?:an?|the|his|her|their)\s+[^,]+$",
                             re.IGNORECASE)


# The euphemism in scare quotes ("3 PKK militants were 'neutralized'") is the verb.
_QUOTED_VERB = re.compile(r"['‘\"“](?P<verb>neutrali[sz]ed)['’\"”]", re.IGNORECASE)


def _blank_asides(text: str) -> str:
    text = _QUOTED_VERB.sub(lambda m: f" {m.group('verb')} ", text)
    return _ASIDE.sub(lambda m: " " * len(m.group()), text)


# "killed 9 people at a cattle market in Gorom-Gorom, and 4 more were hospitalised": the article
# names a place, not a person hurt.
_THING_FIRST = re.compile(r"\s*(?:[\w\-]+\s+){0,2}?(?:market|village|town|city|school|mosque|church|checkpoint|camp|base|"
                          r"station|bus|convoy|road|highway|house|home|vehicle|car|truck|cinema|theat(?:re|er)|hotel|restaurant|"
                          r"bar|nightclub|shop|store|mall|building|office|hospital|clinic|university|college|stadium|bridge|train|"
                          r"plane|ship|boat|ferry|factory|farm|wedding|funeral|rally|concert|festival|prison|barracks|post|outpost|"
                          # (places in lower case only: "in a rural area of X, a soldier died", not the
                          # force named "A Border Security Force" or "A District Commissioner")
                          r"screening|meeting|gathering|ceremony|(?-i:area|district|locality|neighbou?rhood|region|bush|outskirt))s?\b"
                          r"(?![\s\-]+(?:drivers?|conductors?|owners?|operators?|passengers?|guards?|workers?|vendors?|traders?|"
                          r"teachers?|students?|pupils?|imams?|pastors?|priests?|officials?|officers?|keepers?|chiefs?|heads?|leaders?))",
                          re.IGNORECASE)


def _subjects(text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``_SUBJECT_FIRST``'s matches outside ``spans``; one that opens with "a ... were" (no count of
    one) or with a thing ("a cattle market ..., and 4 more were hospitalised") is read again after
    its article ("After a siege, all three assailants were killed")."""
    for m in _outside(_SUBJECT_FIRST, text, spans):
        # (a thing may follow a thing: "a cinema in Abadan during a screening, and 377 people died")
        while True:
            first = _NUM_RE.match(m.group("nums"))
            article = first is not None and first.group().strip().lower() in ("a", "an")
            thing = article and _THING_FIRST.match(text, m.start("nums") + first.end()) is not None  # type: ignore[union-attr]
            if not thing:
                yield m
            if not (thing or (article and _single(m.group("nums")) and re.search(r"\bwere\b", m.group("aux") or ""))):
                break
            inner = _SUBJECT_FIRST.search(text, m.start("nums") + first.end(), m.end())  # type: ignore[union-attr]
            if inner is None or inner.start() <= m.start():
                break
            if not thing:
                yield inner
                break
            m = inner


def _outside(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``pattern``'s matches that do not start inside ``spans``; the search resumes after a span
    ("In addition to the two bombers, five civilians were killed" is read from "five")."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        inside = next((e for s, e in spans if s <= m.start() < e), None)
        if inside is not None:
            pos = inside
            continue
        yield m
        pos = max(m.end(), m.start() + 1)


# "three people from each side were killed", "killing two militiamen from each side": a figure per
# side of a fight (not "on each side of the border").
_PER_SIDE = r"(?:from|on)\s+each\s+side\b(?!\s+of\b)"
_EACH_SIDE = re.compile(rf"\b{_PER_SIDE}", re.IGNORECASE)
_EACH_SIDE_AFTER = re.compile(rf"\s+{_PER_SIDE}", re.IGNORECASE)
# Who may be "neutralized" and be dead, beside the attackers' nouns (a device neutralized is not).
_NEUTRALIZED_PEOPLE = re.compile(r"\b(?:bandits|fighters|elements|criminals|kidnappers|men|people|persons|individuals)\b",
                                 re.IGNORECASE)
_NEUTRALIZED_AFTER = re.compile(r"\s+(?:(?-i:[A-Z])[\w\-]*\s+){0,3}(?:militants?|insurgents?|terrorists?|rebels?|jihadists?|"
                                r"assailants?|attackers?|gunm[ae]n|bandits|fighters|elements|criminals|kidnappers)\b",
                                re.IGNORECASE)
# The hurt who died later, or "others" who died, told after the figure of the dead.
# (its own figure, not "Two of the 15 people who were injured"; the death its clause's own verb;
# others dying "of their wounds", "in hospital" or later, not "of cholera")
_HURT_WHO_DIED = re.compile(
    rf"(?<!\bof\s)(?<!\bthe\s)\b(?P<nums>{_NUM})\s+(?:(?P<hurt>(?:other\s+)?(?:[\w\-]+\s+){{0,2}}?who\s+(?:were|had\s+been)\s+"
    rf"(?:injured|wounded|hurt)\b(?:\s+(?:in|during)\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?[\w\-]+)?\s+"
    rf"(?:later\s+|subsequently\s+)?(?:died|succumbed)\b)|"
    rf"others\s+(?:(?:later|subsequently)\s+(?:died|succumbed)|(?:died|succumbed)\s+(?:later\b|(?:of|from|to)\s+(?:their|the)\s+"
    rf"(?:wounds|injuries)|in\s+hospital)))", re.IGNORECASE)
# A figure quoted from a source: "wounding 'around ten' others", "'about fifteen' assailants".
_QUOTED_FIGURE = re.compile(rf"[‘'\"“](?P<figure>(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?"
                            rf"{NUMBER})[’'\"”]", re.IGNORECASE)


# The toll of a second site told after the first's: "53 people were killed at the bus station and
# 20 at the hospital"; "a bomb outside a hotel killed 2; ... a second device at the market killed 1".
# (Sites named in lower case, "the bus station": "killed in Kabul and 20 in Kandahar" are two
# events, "in 2022 and 250 in 2023" two periods.)
_AND_AT = re.compile(rf"\b(?P<verb>{_KILL_VERB}|{_INJURE_VERB})\s+(?:at|in|inside|near|outside)\s+(?:the\s+)?(?-i:[a-z])[^,.;]{{0,40}}?"
                     rf"\s+and\s+(?P<nums>{_NUM})\s+(?:(?:more|others|people)\s+)?(?:at|in|inside|near|outside)\s+(?:the\s+)?(?-i:[a-z])",
                     re.IGNORECASE)
_SECOND_SITE = re.compile(r"\b(?:second|another|third)\s+(?:\w+\s+)?(?:device|bomb|blast|explosion|bomber|site)\b"
                          # (an aside may stand between: "a second bomber, stopped at the gate of the
                          # cathedral, the seat of the Coptic Pope in the port city, blew himself up, killing 17")
                          r"(?P<between>[^;]{0,160})$", re.IGNORECASE)
_IN_ALL = re.compile(r"\b(?:in\s+all|in\s+total|altogether|combined|total|toll|separate)\b", re.IGNORECASE)
# Another time or another place: "had killed 6 last week", "a second attack in Niger killed 4".
_ELSEWHEN = re.compile(r"\b(?:had|last|earlier|previous|ago|this\s+(?:week|month|year)|(?:19|20)\d\d|(?:in|at|near)\s+(?-i:[A-Z]))\b",
                       re.IGNORECASE)


def _other_sites(original: str, text: str, base: int, hits: list[CountHit]) -> list[CountHit]:
    """``hits`` with the figures of a further site added to the victims' toll (``additional``)."""
    if _IN_ALL.search(text):
        return hits  # a total told: the figures are its parts
    hits, out = list(hits), []
    for m in _AND_AT.finditer(text):
        figure = _number_range(m.group("nums"))
        if figure and not any(h.start - base <= m.start("nums") < h.end - base for h in hits):  # (not one told already)
            out.append(CountHit(_kind(m.group("verb")), figure[0], None, base + m.start("nums"), base + m.end("nums"),
                                original[m.start("nums"):m.end("nums")], additional=True))
    for i, h in enumerate(hits):
        second = _SECOND_SITE.search(text, 0, h.start - base)
        if h.kind in (KILLED, INJURED) and not (h.attackers or h.additional) and second is not None \
                and any(g.kind == h.kind and not (g.attackers or g.additional) and g.end <= h.start for g in hits) \
                and not _ELSEWHEN.search(second.group("between")) \
                and not _ELSEWHEN.search(text, h.start - base, min(len(text), h.end - base + 30)) \
                and not re.match(r"\s+of\s+(?:them|those|whom)\b", text[h.end - base:]):
            hits[i] = dataclasses.replace(h, additional=True)
    return hits + out


_DOTTED_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,3}(?=\s+[a-zA-Z])")


_SECOND_BLAST = re.compile(r"\W*(?:A|The)\s+second\s+(?:explosive\s+)?(?:device|bomb|blast|explosion|IED)s?\s+"
                           r"(?:\w+\s+){0,2}?(?:exploded|detonated|went\s+off|struck)\b")


# The last item of a comma list before an unknown part: "16 soldiers, two civilians, and an
# unknown number of assailants were killed".
_LAST_ITEM = re.compile(rf",(?P<item>\s+{_NUM}\s+[\w\-]+(?:\s+[\w\-]+)?)\s*$", re.IGNORECASE)


def _without_unknown_parts(text: str) -> str:
    """The unknown parts blanked, at the same length so that offsets hold; a comma list before
    one keeps an "and" before its last item ("16 soldiers, two civilians, and an unknown number
    of assailants were killed" reads "16 soldiers and two civilians ... were killed": 18)."""
    out = list(text)
    for m in _UNKNOWN_PART.finditer(text):
        start = m.start()
        last = _LAST_ITEM.search(text, max(0, start - 60), start)
        if last is not None and not re.search(r"\band\b", text[max(0, start - 60):start]):
            # (", two civilians" + the unknown part becomes " and two civilians" + blanks)
            start = last.start()
            written = (" and" + last.group("item")).ljust(m.end() - start)
        else:
            written = " " * (m.end() - start)
        out[start:m.end()] = written
    return "".join(out)


_NAME_WITH_AND = re.compile(r"\b(?-i:[A-Z][a-z]+) and (?-i:[A-Z][a-z]+)(?= (?:(?-i:[A-Z][a-z]+) )?(?-i:Forces?|Army|Police|Guards?|"
                            r"Front|Movement|Council|Services?|Brigades?)\b)")
_INITIALS_ASIDE = re.compile(r"(?<=\w) \((?-i:[A-Z][A-Za-z\-]{1,9})\)(?= \w)")


# A side's claim that the figures of others gainsay.
_CLAIM_BEFORE = re.compile(r"\b(?:claimed|claims|boasted)\s+(?:that\s+)?(?:it\s+had\s+|they\s+had\s+)?(?:killed\s+)?(?:only\s+)?$", re.IGNORECASE)
_ONLY_BEFORE = re.compile(r"\bonly\s+$", re.IGNORECASE)
_GROUP_SAYS_IT_KILLED = re.compile(r"(?:;|,\s*(?:but|while|whereas|although))\s*[^.;]{0,60}?\b(?:said|claimed|stated)\s+(?:that\s+)?"
                                   r"(?:it|they)\s+(?:had\s+)?(?:(?:killed|shot\s+dead)\s+(?:at\s+least\s+)?)?$", re.IGNORECASE)
_CLAIMED_VICTIMS = re.compile(r"(?:killed\s+|shot\s+dead\s+)?(?:at\s+least\s+)?\S+\s+(?P<noun>[a-z]{4,})\b", re.IGNORECASE)
# The claimant's own figure, set against the toll just told.
_CLAIMANT_SAYS = re.compile(r"\b(?:although|though|but|while|whereas)\s+[^.;]{0,100}?\bclaimed\s+(?:responsibility|the\s+attack)\b"
                            r"[^.;]{0,40}?\b(?:stated|said|claimed|reported|put)\s+(?:that\s+)?$", re.IGNORECASE)
# ("Russian sources claimed 100 Ukrainian troops were killed; fatalities not independently confirmed")
_UNCONFIRMED_AFTER = re.compile(r"[^.]{0,80}?\b(?:not\s+(?:be(?:en)?\s+)?(?:independently\s+)?(?:confirmed|verified)|unverified|unconfirmed)\b",
                                re.IGNORECASE)
# ("The SPLA-IO claimed that nine soldiers were killed in the attack; an SSPDF spokesperson denied the
# claim, saying ... two soldiers lost their lives")
_DENIED_AFTER = re.compile(r"[^.]{0,40}?(?:;\s*however|,\s*(?:but|however|while)|\s+but|;\s*(?=[^.;]{0,60}\b(?:denied|rejected|disputed|dismissed)\b))"
                           r"\b[^.]{0,80}?\b(?:denied|"
                           r"(?:reported|said|confirmed|put)\b[^.]{0,30}?\b(?:only|no|none|\d+|one|two|three|four|five|six|seven|"
                           r"eight|nine|ten)\b)", re.IGNORECASE)


_AUX_WORD = re.compile(r"\b(?:were|was|are|is|had|have|has|been)\b", re.IGNORECASE)


def _groups_before(text: str, start: int) -> tuple[int, list[str]]:
    """Where a list of victim groups really starts, and the figures of the groups before ``start``
    that a figure in digits cut off the match ("Twelve soldiers, 4 civilians were killed"); none
    across a clause of its own ("Four women were kidnapped, two worshippers ... were killed")."""
    before = _GROUPS_BEFORE.search(text, max(0, start - 300), start)
    if before is None or _AUX_WORD.search(before.group()):
        return start, []
    return before.start(), [g.group("n") for g in _GROUP_ITEM.finditer(before.group())]



_EARLY_TOLL = re.compile(r"\b(?:early|earlier|initial|first|preliminary)\s+(?:reports?|figures?|estimates?|accounts?)\s+"
                         r"(?:had\s+)?(?:(?:put|gave|said|placed|reported)\b[^.;]*)?$|"
                         # ("The government initially reported 95 dead but later revised the toll to 35")
                         r"\b(?:initially|first|originally|earlier)\s+(?:reported|said|put|gave|announced)\s+(?:the\s+toll\s+at\s+)?$",
                         re.IGNORECASE)


def find_counts(text: str, base: int = 0) -> list[CountHit]:
    """Casualty figures in one sentence; offsets are ``base`` + position in ``text``."""
    original, text = text, _blank_asides(text)
    # "Seven Afghan National Defense and Security Forces (ANDSF) members were killed": a force's
    # full name and its initials are one noun (same length: offsets hold)
    text = _NAME_WITH_AND.sub(lambda m: m.group().replace(" and ", " n'd "), text)
    text = _INITIALS_ASIDE.sub(lambda m: " " * len(m.group()), text)
    # "a 50 year old priest" is the age "a 50-year-old priest" (same length: offsets hold)
    text = _BARE_AGE.sub(lambda m: m.group().replace(" ", "-"), text)
    text = _AGE.sub(lambda m: " " * len(m.group()), text)
    text = _FATALLY.sub(lambda m: "killed".rjust(len(m.group())), text)
    # "Three U.S. soldiers": dotted initials are one word (same length: offsets hold)
    text = _DOTTED_INITIALS.sub(lambda m: m.group().replace(".", "").ljust(len(m.group())), text)
    text = _QUOTED_FIGURE.sub(lambda m: f" {m.group('figure')} ", text)
    unknown = [(m.start(), m.end()) for m in _UNKNOWN_PART.finditer(text)]
    text = _without_unknown_parts(text)
    hits = _find_counts(original, text, base)
    hits = _other_sites(original, text, base, hits)
    # "killing at least 157 villagers; early reports had put the toll at 160": the figure
    # superseded, where the sentence gives the one that stands
    early = [h for h in hits if h.kind == KILLED and _EARLY_TOLL.search(text, max(0, h.start - base - 60), h.start - base)]
    if early and any(h.kind == KILLED and not h.attackers and h not in early for h in hits):
        hits = [h for h in hits if h not in early]
    if _SECOND_BLAST.match(text) and not re.search(r"\b(?:of\s+them|of\s+the\s+(?:dead|victims|injured|wounded))\b", text, re.IGNORECASE):
        # "A second device exploded 20 minutes later, wounding three rangers": more victims of
        # the same incident, on top of the first blast's.
        hits = [dataclasses.replace(h, additional=True) if h.kind in (KILLED, INJURED) else h for h in hits]
    if unknown:
        # The figures around an unknown number are a floor.
        hits = [dataclasses.replace(h, high=None) if any(h.start - base <= s and e <= h.end - base for s, e in unknown) else h
                for h in hits]
    # "Two vigilantes who were injured in the attack died on May 23", "Three others died of their
    # wounds": the hurt who died, told apart from the figure of the dead.
    for m in _HURT_WHO_DIED.finditer(text):
        figure = _number_range(m.group("nums"))
        if figure is None or not 0 < figure[0] <= MAX_FIGURE or _TOLL_RESTATED.search(text):
            continue  # ("..., bringing the death toll to nine": the total is told)
        if not m.group("hurt") and any(h.kind == KILLED and not (h.additional or h.attackers)
                                       and not m.start() <= h.start - base < m.end() for h in hits):
            continue  # "Five died at the scene and two others died in hospital": the toll's parts
        hits = [h for h in hits if not (h.kind in (INJURED, KILLED) and m.start() <= h.start - base < m.end())]
        span = (base + m.start(), base + m.end(), original[m.start():m.end()])
        if m.group("hurt"):
            hits.append(CountHit(DIED_OF_INJURIES, figure[0], figure[0], *span))
        hits.append(CountHit(KILLED, figure[0], figure[0], *span, additional=True))
    # "wounding a customer, who died in hospital two days later": moved to the dead as well.
    for m in _WHO_DIED.finditer(text):
        hurt = [h for h in hits if h.kind == INJURED and not h.additional and h.start - base <= m.start() < h.end - base + 40]
        if hurt and hurt[0].low >= 1:
            hits[hits.index(hurt[0])] = dataclasses.replace(
                hurt[0], low=hurt[0].low - 1, high=None if hurt[0].high is None else hurt[0].high - 1)
            hits.append(CountHit(KILLED, 1, 1, base + m.start(), base + m.end(), original[m.start():m.end()], additional=True))
        elif not any(h.kind == KILLED for h in hits) and not any(h.kind == INJURED and h.start - base <= m.start() < h.end - base
                                                                 for h in hits):
            # "stabbed a woman, who died", "set ablaze a suspected thief, who died on the spot": the
            # one struck is dead
            hits.append(CountHit(KILLED, 1, 1, base + m.start(), base + m.end(), original[m.start():m.end()]))
    for m in _ONE_MORE_DIED.finditer(text):
        if _RUN_OVER.search(text, 0, m.start()):
            continue  # "hit by a speeding car ... and later succumbed to his injuries": an accident
        if m.group("the"):
            hits = [h for h in hits if not (h.kind == KILLED and h.start - base <= m.start() < h.end - base)]
        if not any(h.kind == KILLED and h.start - base <= m.start() < h.end - base for h in hits):
            span = (base + m.start(), base + m.end(), original[m.start():m.end()])
            if _ATTACKER_DIED.search(text, 0, m.start()):
                # "The attacker was shot by police and died in hospital": the attacker's own death,
                # counted once ("In addition to the assailant, who ... died" told it already)
                if not any(h.kind == KILLED and h.attackers for h in hits):
                    hits.append(CountHit(KILLED, 1, 1, *span, attackers=True))
                continue
            if m.group().lower().startswith("another"):
                # "another later died": one more dead, the hurt one fewer
                hits += [CountHit(DIED_OF_INJURIES, 1, 1, *span), CountHit(KILLED, 1, 1, *span, additional=True)]
            else:
                hits.append(CountHit(DIED_LATER, 1, 1, *span))
    for m in _AMONG_HURT_DIED.finditer(text):
        span = (base + m.start(), base + m.end(), original[m.start():m.end()])
        # ("..., later died, raising the toll to three": the dead are in the toll told)
        hits += [CountHit(DIED_OF_INJURIES, 1, 1, *span)] + (
            [] if _TOLL_RESTATED.search(text) else [CountHit(KILLED, 1, 1, *span, additional=True)])
    # ("stabbed four shoppers; two of them died" is told by who was struck, not here.)
    died = [m for m in _INJURED_DIED.finditer(text) if re.search(r"\b(?:injured|wounded)\b", m.group(), re.IGNORECASE)
            or any(h.kind == INJURED and h.start - base < m.start() for h in hits)]
    for m in _OF_WHOM_DIED.finditer(text):
        if any(h.kind == INJURED and h.start - base < m.start() for h in hits):
            died.append(m)  # the injured who died move to the dead
        elif any(h.kind in (STRUCK, TAKEN) and h.start - base < m.start() for h in hits) and (n := _number_range(m.group("nums"))):
            # those struck who died are the dead, the rest were hurt; those taken who were found
            # dead are the kidnapping's dead
            hits.append(CountHit(KILLED, n[0], n[0], base + m.start(), base + m.end(), original[m.start():m.end()]))
    # "Two of the injured" who died are no figure of the injured.
    hits = [h for h in hits if not any(h.start - base <= m.start() < h.end - base for m in died)]
    if died:
        restated = bool(_TOLL_RESTATED.search(text))  # (the dead are in the toll told; the hurt are fewer still)
        for m in died:
            figure = _number_range(m.group("nums"))
            if figure is None or not 0 < figure[0] <= MAX_FIGURE:
                continue
            injured = [h for h in hits if h.kind == INJURED and not h.additional and h.low >= figure[0] and h.start - base < m.start()]
            if injured:
                most = max(injured, key=lambda h: h.low)
                hits[hits.index(most)] = dataclasses.replace(
                    most, low=most.low - figure[0], high=None if most.high is None else most.high - figure[0])
            else:  # the injured were counted in a sentence before
                hits.append(CountHit(DIED_OF_INJURIES, figure[0], figure[0], base + m.start(), base + m.end(),
                                     original[m.start():m.end()]))
            if not restated:
                hits.append(CountHit(KILLED, figure[0], figure[0], base + m.start(), base + m.end(),
                                     original[m.start():m.end()], additional=True))
    return sorted(hits, key=lambda h: h.start)


# "Three passengers were killed in the first attack and two in the second": one verb, two figures.
_FIRST_AND_SECOND = re.compile(rf"\b(?P<n1>{_NUM})\s+(?:[\w\-]+\s+){{0,3}}?(?:were|was)\s+(?P<verb>killed|injured|wounded)\s+"
                               rf"in\s+the\s+first\s+[\w\-]+\s*,?\s+and\s+(?P<n2>{_NUM})\s+(?:more\s+)?in\s+the\s+second\b",
                               re.IGNORECASE)


def _find_counts(original: str, text: str, base: int) -> list[CountHit]:
    hits: list[CountHit] = []
    taken: list[tuple[int, int]] = []
    plus: list[tuple[int, int]] = []  # attackers told apart: "in addition to the bomber"

    def add(kind: str, nums: str, start: int, end: int, attackers: bool, additional: bool = False) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        if attackers and _VAGUE.match(nums):
            return  # "several assailants were also killed": GTD counts no attackers it cannot number
        if _CLAIM_BEFORE.search(text, max(0, start - 40), start) and (
                _DENIED_AFTER.match(text, end) or _UNCONFIRMED_AFTER.match(text, end)
                # ("Four rebels were killed according to military sources; the MPC claimed only one
                # of its men died": another side's figure of the same dead)
                or (kind == KILLED and any(h.kind == KILLED and h.start - base < start for h in hits)
                    and _ONLY_BEFORE.search(text, max(0, start - 10), start))):
            return  # "Al-Shabaab claimed that 15 peacekeepers were killed; however, AMISOM reported ..."
        said = _GROUP_SAYS_IT_KILLED.search(text, max(0, start - 100), start) if kind == KILLED else None
        victims = _CLAIMED_VICTIMS.match(text, start) if said else None
        if _CLAIMANT_SAYS.search(text, max(0, start - 160), start) or (
                victims and re.search(rf"\b{victims.group('noun')}\b", text[:said.start()], re.IGNORECASE)):
            # (and "Seven soldiers ... died, according to a local commander; Al-Shabaab said it had
            # killed 21 soldiers": the claimant's figure of the same dead; not "the army claimed
            # that it had killed 20 militants", other dead)
            return  # "Three soldiers were killed, although the FLEC-FAC, which claimed responsibility, stated that nine had died"
        if re.search(r"\b(?:including|among\s+them|of\s+whom)\s+$", text[:start]) and _NUM_RE.match(nums):
            # "including 13 US service members, and 150 others": the first figure is a subset.
            first = _NUM_RE.match(nums)
            rest = re.split(r",\s*|\band\s+|as\s+well\s+as\s+", nums[first.end():], maxsplit=1) if first else []
            if len(rest) < 2 or not _NUM_RE.search(rest[1]):
                return
            nums = rest[1]
        total = _sum(nums)
        if total is None or total[0] > MAX_FIGURE:
            return  # "99999999999999999999 people" is no casualty report
        if _EACH_SIDE.search(original, start, end) or _EACH_SIDE_AFTER.match(original, end):
            # "three people from each side were killed": two sides' figures
            total = (2 * total[0], None if total[1] is None else 2 * total[1])
        taken.append((start, end))
        hits.append(CountHit(kind, total[0], total[1], base + start, base + end,
                             original[start:end], attackers, additional or _one_more(text, start, end)))

    for m in _FIRST_AND_SECOND.finditer(text):
        add(_kind(m.group("verb")), f"{m.group('n1')} and {m.group('n2')}", m.start(), m.end(), False)
        plus.append((m.start(), m.end()))  # (read on after it: "..., and six people were injured")
    # (before the subject's own "was shot dead", which it extends: "A candidate was shot dead along
    # with his driver" is two)
    for m in _KILLED_ALONG_WITH.finditer(text):
        more = parse_number(m.group("n")) if m.group("n") else None  # ("along with his two sons": three)
        add(KILLED, str(1 + (more or 1)), m.start(), m.end(), False)
    for m in _ONE_AND_OTHERS.finditer(text):
        # "he and three others were injured": the one named and the others
        more = parse_number(m.group("n"))
        if more is not None:
            add(_kind(m.group("verb")), str(1 + more), m.start(), m.end(), False)
    for m in _KILLED_WITH_OTHERS.finditer(text):
        more = parse_number(m.group("n"))
        # ("Three soldiers died along with 11 other people": the subject's own figure, not one)
        subject = _SUBJECT_FIGURE.search(text, max(0, m.start() - 60), m.start()) \
            if m.group("plural") else None
        own = parse_number(subject.group("n")) if subject else 1
        if more is not None and own is not None:
            add(KILLED, str(own + more), subject.start() if subject else m.start(), m.end(), False)
            plus.append((m.start(), m.end()))  # (read on after it: "..., and 23 more were injured")
    for m in _ATTACKER_HURT.finditer(text):
        add(INJURED, m.group("nums") or "one", m.start(), m.end(), True)
    for m in _FAMILY_OF_N.finditer(text):
        add(KILLED, m.group("nums") or m.group("nums2"), m.start(), m.end(), False)
    for m in (*_PEOPLE_SUBJECT.finditer(text), *_PEOPLE_DIED.finditer(text), *_PEOPLE_OBJECT.finditer(text)):
        if _WORD_OF_A_NAME.search(text, max(0, m.start("list") - 30), m.start("list")):
            continue  # ("According to the Defense Ministry, four soldiers ...": a list opens no name midway)
        same = _GROUP_THEN_WHO.match(m.group("list"))
        if same and text.startswith(",", m.end("list")):
            # "Two civilians, a father and his son, were killed": who the two were, between commas
            add(_kind(m.group("verb")), same.group("n"), m.start(), m.end(), False)
            continue
        people = _people(m.group("list"))
        if people is None and _TWO_ROLES.fullmatch(m.group("list")) and not _ONE_OWNER.match(text, m.end()):
            # "killed a policeman and a soldier" is two; "injured a councillor and a former
            # militia leader at his home" is one man with two roles.
            people = 2
        last = _LAST_ATTACKERS.search(m.group("list")) if people is None else None
        if last is not None and (victims := _people(m.group("list")[:last.start()])) is not None:
            # "The leader, his two sons and three assailants were killed": the victims, then the
            # attackers told last.
            add(_kind(m.group("verb")), str(victims), m.start(), m.start() + last.start(), False)
            add(_kind(m.group("verb")), last.group("n"), m.start() + last.start("att"), m.end(), True)
        if people is not None:
            add(_kind(m.group("verb")), str(people), m.start(), m.end(), False)
    for m in _WITH_ATTACKER.finditer(text):
        kind = _kind(m.group("verb")) if m.group("verb") else KILLED
        # The gap may hold further groups after a comma ("Five police officers, two civilians and
        # the bomber"), not "one" inside a noun ("three members of one family").
        # ("10 civilians, two of them children, and the bomber": the second figure is a subset;
        # "two worshippers, a guard and the bomber": "a" is one)
        groups = ["one" if g.group("n").lower() in ("a", "an") else g.group("n")
                  for g in _GROUP_AFTER_COMMA.finditer(m.group("gap") or "")]
        # ... and before it, when a figure in digits stopped the match ("Twelve soldiers, 4 civilians").
        start, figures = _groups_before(text, m.start())
        add(kind, " and ".join([*figures, m.group("nums"), *groups]), start, m.start("att"), False)
        add(kind, m.group("n") or _attackers_told(text, m), m.start("att"), m.end(), True)
    def toll_now(m: re.Match[str]) -> None:
        """"A fourth child died", "the body of an eighth victim was found": the toll is the ordinal."""
        if not any(s <= m.start() < e for s, e in taken):
            taken.append((m.start(), m.end()))
            n = _ORDINALS[m.group("ord").lower()]
            hits.append(CountHit(KILLED, n, n, base + m.start(), base + m.end(), original[m.start():m.end()]))

    for m in _LAST_HOSTAGE_KILLED.finditer(text):
        add(KILLED, "one", m.start("dead"), m.end("dead"), False)
    for m in _AMONG_THE_HURT.finditer(text):
        add(INJURED, m.group("nums"), m.start(), m.end(), False)
    for m in (*_SURVIVED_WOUNDS.finditer(text), *_NAME_SURVIVED_HURT.finditer(text)):
        add(INJURED, "one", m.start(), m.end(), False)
    for m in _ALL_ABOARD.finditer(text):
        add(KILLED, m.group("nums"), m.start(), m.end(), False)
    for m in _HIT_IN_LIMB.finditer(text):
        add(INJURED, m.group("nums") or "one", m.start(), m.end(), False)
    for m in _LEFT_WITH.finditer(text):
        add(INJURED, "one", m.start(), m.end(), False)
    for m in _NAME_WAS_KILLED.finditer(text):
        add(KILLED, "one", m.start(), m.end(), False)
    for m in _ONE_AND_THE_OTHER.finditer(text):
        # (after another verb, "killing one and injuring the other", the other is the one hurt)
        add(_kind(m.group("verb")), m.group("n") or "one", m.start("other"), m.end(), False,
            additional=_kind(m.group("first")) == _kind(m.group("verb")))
    for m in _ONE_DIED_OF_WOUNDS.finditer(text):
        add(KILLED, "one", m.start(), m.end(), False)
    for m in _ORDINAL_BODY.finditer(text):
        if m.group("ord"):
            toll_now(m)
        else:
            add(KILLED, "one", m.start(), m.end(), False, additional=True)
    for m in _TWO_NOUN_COUNT.finditer(text):
        add(_kind(m.group("verb")), m.group("nums"), m.start(), m.end(), False)
    for m in _MORE_FOUND.finditer(text):
        add(KILLED, m.group("nums"), m.start(), m.end(), False)  # (more: on top, unless a total is told)
    for m in _ORDINAL_DIED.finditer(text):
        n = _ORDINALS[m.group("ord").lower()]
        if re.search(r"[^,\s]\s+who\s", m.group()) and (_IN_CUSTODY.search(m.group())
                                                          or not _toll_before(text[:m.start()], n - 1)):
            # ("a fourth officer who had been reported missing was found dead" continues a toll of
            # three told before it; not "a fifth suspect who was detained ... died in custody")
            if not _IN_CUSTODY.search(m.group()) and _WOUNDED_IN_IT.search(m.group()):
                # ("A second man who was injured in the shooting later died", the toll told in an
                # earlier sentence: the second dead; a third or later is one more, since the
                # ordinal may count the hurt too: "killed a soldier and wounded three others. A
                # third soldier who was wounded in the ambush died later")
                if n == 2:
                    toll_now(m)
                else:
                    add(KILLED, "one", m.start(), m.end(), False, additional=True)
            continue
        toll_now(m)
    for m in _HURT_ANOTHER.finditer(text):
        add(INJURED, "one", m.start(), m.end(), False)
    for m in _ORDINAL_HURT.finditer(text):
        add(INJURED, "one", m.start(), m.end(), False, additional=True)
    for m in _ATTACKER_AND.finditer(text):
        kind = _kind(m.group("verb"))
        if not re.search(r"\b(?:in\s+addition\s+to|besides|along\s+with|as\s+well\s+as)\s+$", text[:m.start()], re.IGNORECASE):
            # (not "27 worshippers were killed in addition to the bombers and around 40 others were
            # wounded": the bombers belong to the verb before, see _PLUS_ATTACKER)
            add(kind, m.group("n") or _attackers_told(text, m), m.start("att"), m.end("att"), True)
            if m.group("pre"):
                add(kind, m.group("pn"), m.start("pre"), m.end("pre"), True)
        add(kind, m.group("nums"), m.start("nums"), m.end(), False)
    for m in _PRONOUN_OBJECT.finditer(text):
        # Police shooting the assailant dead ("..., killing him") is the attacker's death.
        before = _LAST_OBJECT.search(text, max(0, m.start() - 40), m.start())
        figure = "two" if m.group("partner") else "one"
        if m.group("nums"):
            more = _number_range(m.group("nums"))
            figure = str(1 + more[0]) if more else figure
        if before and _ATTACKER.search(before.group()):
            add(_kind(m.group("verb")), figure, before.start(), m.end(), True)
        else:
            add(_kind(m.group("verb")), figure, m.start(), m.end(), False)
    for m in _PLUS_ATTACKER.finditer(text):
        # The attacker shares the verb told before ("Two officers were killed, in addition to the
        # bomber, and four others were wounded") or, opening the sentence, after ("In addition to
        # the assailant, the officer was injured").
        before = _last_verb(text[:m.start()])
        verb = before or re.search(rf"\b(?:{_KILL_VERB}|{_INJURE_VERB})\b", text[m.end():], re.IGNORECASE)
        if verb is None and "death" not in m.group().lower():
            continue  # "arrested the driver along with three gunmen": nobody died
        if m.group().lower().endswith("self") and not m.group().lower().startswith("besides") and not (
                before is not None and re.match(r"kill(?:ed|ing)\b", before.group(), re.IGNORECASE)
                and not re.search(r"\bto\s+$", text[:before.start()])):
            continue  # "injuring four policemen and himself", "threatened to kill his wife and himself"
        # A suicide bomber dies with the bomb, whatever verb the sentence last used.
        bomber = re.search(r"\bbombers?\b|self\b", m.group(), re.IGNORECASE)
        add(KILLED if bomber or verb is None else _kind(verb.group()), m.group("n") or _attackers_told(text, m),
            m.start(), m.end(), True)
        plus.append((m.start(), m.end()))
    for m in (*_SURVIVED_HURT.finditer(text), *_AND_N_SURVIVED_HURT.finditer(text)):
        add(INJURED, m.group("nums"), m.start("nums"), m.end(), False)
    for m in _ALL_ATTACKERS.finditer(text):
        # (as many as came: the first figure told; none when some of them are already told dead)
        noun = m.group("noun")
        told = re.findall(rf"\b({_NUM})\s+(?:[\w\-]+\s+)?{noun}\b", text[:m.start()], re.IGNORECASE)
        rest = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
        dead_told = re.search(rf"\b{noun}\s+(?:were|was)\s+(?:also\s+|later\s+)?(?:killed|shot\s+dead)|"
                              rf"\bkill\w*\s+(?:\w+\s+){{0,2}}{noun}\b", rest, re.IGNORECASE)
        if told and not dead_told:
            add(KILLED, told[0], m.start(), m.end(), True, additional=True)
    for m in _AND_OTHERS_KILLED.finditer(text):
        # "Nine police officers were killed in the fighting and three others who had surrendered
        # were later executed": a further group, on top of the figure told before
        if re.search(_KILL_VERB, text[:m.start()], re.IGNORECASE):
            add(KILLED, m.group("nums"), m.start(), m.end(), False, additional=True)
    for m in _OF_THEM_FATALLY.finditer(text):
        # "stabbed three people, one of them fatally": one dead among those struck
        add(KILLED, m.group("nums"), m.start(), m.end(), False)
    for m in _KILLED_THEM.finditer(text):
        # "separated eleven men from the passengers and shot them dead": the people told before
        told = [t for t in _PEOPLE_TOLD.finditer(text, 0, m.start()) if not _ARMED_PEOPLE.search(t.group())]
        if told and not any(h.kind == KILLED for h in hits):
            add(KILLED, told[-1].group("nums"), m.start(), m.end(), False)
    for m in _LOST_MEN.finditer(text):
        add(KILLED, m.group("nums"), m.start(), m.end(), False, additional=True)
    for m in _AS_WERE.finditer(text):
        verb = _last_verb(text[:m.start()])
        # (a plural with no figure, "as were several civilians", is no count)
        nums = m.group("nums") or ("one" if not m.group("noun").lower().endswith("s") else None)
        if verb is not None and nums is not None:
            add(_kind(verb.group()), nums, m.start(), m.end(), bool(_ATTACKER.search(m.group("noun"))), additional=True)
            plus.append((m.start(), m.end()))
    for m in _subjects(text, plus):
        gap, verb = m.group("gap") or "", m.group("verb")
        nums = m.group("nums")
        if _NOT_VICTIMS.match(gap) or _WEAPON_HEAD.match(gap):
            continue  # "Two car bombs killed", not "One man who picked up the device was killed"
        if verb.lower() in ("die", "dies") and _HABITUAL.search(text):
            continue  # "Every year about 1,000 people die in landmine explosions": no incident
        first = _NUM_RE.match(nums)
        is_article = bool(first and first.group().strip().lower() in ("a", "an"))
        if _kind(verb) == INJURED and (toll := _TOLL_FIRST.match(text, m.start("nums"))):
            # "5 fatalities, including the bomber, and several wounded": the dead, then the hurt.
            figures = list(_NUM_RE.finditer(text, toll.end(), m.end("nums")))
            add(KILLED, toll.group("nums"), toll.start(), toll.end(), False)
            if figures:
                add(INJURED, " and ".join(f.group() for f in figures), figures[0].start(), m.end(), False)
            continue
        # Active "N <noun> killed ..." is a subject doing the killing; only the passive, the
        # adjectival "46 killed" and intransitive "died"/"dead" are victims.
        intransitive = re.match(r"(?:dead|died|dies?|perished|lost|fatalities|deaths|bodies|injuries|casualties|sustained|suffered)", verb, re.IGNORECASE)
        if not m.group("aux") and not intransitive and (
                (len(gap.split()) > 2 and not _PASSIVE_AFTER.match(text[m.end():])) or _OBJECT_AHEAD.match(text[m.end():])
                or (verb[:1].islower() and _KILLERS.search(gap) and _NAME_AHEAD.match(text, m.end()))):
            continue  # "One gunman killed 39 people": the number counts the killers, not the dead
        if not m.group("aux") and _OBJECT_BEFORE_VERB.search(gap) and not re.search(r"\b(?:who|that|which)\b", gap, re.IGNORECASE):
            continue  # "two gunmen on a motorcycle shot him dead": one dead, told elsewhere
        if is_article and not m.group("aux") and (not intransitive or _single(nums)):
            continue  # ("A gunman killed ...", but "An officer and four soldiers died" are five)
        if re.search(r"\bthe\s+only\s+$", text[max(0, m.start() - 20):m.start()], re.IGNORECASE):
            continue  # "he was the only one killed": who, told elsewhere
        if is_article and re.search(r"\b(?:assailant|attacker|gunman|bomber|perpetrator|shooter)\s*,\s*$", text[:m.start()],
                                    re.IGNORECASE):
            continue  # "The assailant, a Palestinian, was shot dead": the attacker described
        if is_article and _single(nums) and re.search(r"\bwere\b", m.group("aux") or ""):
            continue  # "a ... were killed" is no count of one; "a teacher and two students were" is
        # Only a subject that is all attackers is flagged ("two soldiers and three militants"
        # are victims of both sides, told together).
        # "Two soldiers, in addition to the bomber, were killed": the victims' figure before it.
        end = min([s for s, e in plus if m.start() < s and e <= m.end()], default=m.end())
        told = gap if end == m.end() else text[m.start():end]
        # ("81 civilians, 13 Chadian soldiers and six Cameroonian soldiers were killed": the groups a
        # figure in digits cut off the match)
        start, figures = _groups_before(text, m.start())
        add(_kind(verb), " and ".join([*figures, nums]), start, end, bool(_ATTACKER.search(told)) and _single(nums) and not figures)
    for m in _VERB_FIRST.finditer(text):
        verb, tail = m.group("verb").lower(), m.group("tail") or ""
        if _NOT_VICTIMS.match(tail.strip()):
            continue
        if "toll" in verb and _RUNNING_TOTAL.search(text, m.start("verb"), min(len(text), m.end("nums") + 40)):
            continue  # "bringing the toll this year to 120": a tally of many events, not this one's
        if verb.startswith(("left", "leaving")):
            if m.group("nums").strip().lower() in ("a", "an") and re.match(r"\s+dead\s+(?:animal|dog|cat|goat|sheep|chicken|cow|pig|rat|bird|fish|snake)s?\b", tail, re.IGNORECASE):
                continue  # "left a dead animal at the door": a thing left, not a toll
            kind_match = re.search(rf"\b({_KILL_VERB}|{_INJURE_VERB})\b", tail, re.IGNORECASE)
            if kind_match:
                kind = _kind(kind_match.group(1))
            elif _WITH_WOUNDS.match(tail):
                kind = INJURED  # "leaving seven with gunshot wounds"
            else:
                continue
        elif verb.startswith(("death", "toll", "claim")):
            kind = KILLED
        else:
            kind = _kind(verb)
        if m.group("nums").strip().lower() in ("a", "an") and re.match(r"\s+(?:car|bomb|suicide|vehicle)", tail, re.IGNORECASE):
            continue
        nums = m.group("nums")
        if all(n.strip().lower() in ("a", "an") for n in _NUM_RE.findall(nums)):
            # "injured a leading loyalist and an alleged militia leader": one man, described twice,
            # as often as two people; the first is sure.
            nums = _NUM_RE.match(nums).group()  # type: ignore[union-attr]
        if _PROTESTED_DEATHS.search(text[:m.start()]):
            continue  # "a protest against the killing of two journalists" kills nobody today
        figures = [parse_number(f) for f in _NUM_RE.findall(nums)]
        if len(figures) >= 3 and None not in figures and figures[0] == sum(figures[1:]) \
                and all(w[:1].isupper() for w in _FIGURE_NOUN.findall(nums)[1:]) \
                and re.match(r"\s+[\w\-]+\s*(?:[.,;)]|$)", tail):  # type: ignore[arg-type]
            # "killing 14 soldiers, 9 Malians and 5 Burkinabe": the total, then who they were
            nums = _NUM_RE.match(nums).group()  # type: ignore[union-attr]
        noun = re.match(r"\s+(?!(?:and|or|in|at|on|of|to|with|by|from|near|after|before|during)\b)[a-z][\w'’\-]*", tail)
        end = m.end("nums") + (noun.end() if noun else 0)
        # ("killed eleven of the attackers": the attackers all the same)
        add(kind, nums, m.start(), end, bool(_ATTACKER.match(re.sub(r"^of\s+the\s+", "", tail.strip()))) and _single(nums))
    for m in _ACLED_CODED.finditer(original):
        add(KILLED, m.group("nums"), m.start(), m.end(), False)
    for m in _PRONOUN_DEAD.finditer(text):
        add(KILLED, "one", m.start(), m.end(), False)
    for m in _PRONOUN_SHOT_DEAD.finditer(text):
        # ("before police shot him dead": the attacker, whom GTD counts among the dead; "witnesses
        # said a soldier shot him dead": one soldier's victim)
        security = _SECURITY_SUBJECT.search(text, max(0, m.start() - 60), m.start())
        add(KILLED, "one", m.start(), m.end(),
            bool(security and not (re.search(r"\b(?:a|an|one)\s+$", text[max(0, security.start() - 4):security.start()],
                                             re.IGNORECASE)
                                   and not re.search(r"\b(?:before|until|after|when|as)\s+(?:a|an|one)\s+$",
                                                     text[max(0, security.start() - 12):security.start()], re.IGNORECASE))))
    for m in _THE_OTHER.finditer(text):
        add(_kind(m.group("verb") or m.group("verb2") or m.group("verb3")), "one", m.start(), m.end(), False)
    for m in _NUM_TO_DEATH.finditer(text):
        add(KILLED, m.group("nums"), m.start(), m.end(), bool(_ATTACKER.search(m.group("noun"))))
    for m in _THROAT.finditer(text):
        add(KILLED, "one" if m.group("nums").lower() == "the" else m.group("nums"), m.start(), m.end(), False)
    for m in _SHOT_N_DEAD.finditer(text):
        add(KILLED, m.group("nums"), m.start(), m.end(), False)
    for m in _BODIES_OF_LIST.finditer(text):
        parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("list"))
        if 2 <= len(parts) <= 6:
            add(KILLED, str(len(parts)), m.start(), m.end(), False)
    for m in _BOTH_DEAD.finditer(text):
        add(KILLED, "two", m.start(), m.end(), False)  # "Both men were declared dead at the scene"
    for m in _BODY_FOUND.finditer(text):
        add(KILLED, "one", m.start(), m.end(), False)
    for m in _ATTACKER_BODIES.finditer(text):
        add(KILLED, m.group("nums"), m.start(), m.end(), True)  # the attackers' dead, as GTD counts them
    for m in _ONE_STRUCK_DEAD.finditer(text):
        add(KILLED, "one", m.start(), m.end(), False)
    for m in _NAMED_STRUCK_DIED.finditer(text):
        add(KILLED, "one", m.start(), m.end(), False)
    for m in _NAMED_TO_DEATH.finditer(text):
        add(KILLED, "one", m.start(), m.end(), False)
    for m in _ONLY_ATTACKERS_DIED.finditer(text):
        # (how many the sentence told, else two: the plural says no fewer)
        told = [d.group("n") for d in _DOERS_TOLD.finditer(text, 0, m.start()) if d.group("n")]
        add(KILLED, m.group("n") or (told[-1] if told else "two"), m.start(), m.end(), True)
    for m in _ASIDE_FROM_ATTACKER.finditer(text):
        add(KILLED, "one", m.start("death"), m.end(), True)
    for m in _ATTACKER_KILLED.finditer(text):
        if re.match(r"kill", m.group(), re.IGNORECASE):
            # "killing himself and four worshippers": the verb is the figure's too, so the
            # attacker is told apart from it.
            doers = 1
            if re.search(r"themselves", m.group(), re.IGNORECASE):
                # ("Two suicide bombers ... detonated their vests, killing themselves and four guards")
                told = [d.group("n") for d in _DOERS_TOLD.finditer(text, 0, m.start())]
                doers = int(parse_number(told[-1]) or 2) if told and told[-1] else 2
            if not any(h.attackers and (h.start, h.end) == (base + m.start(), base + m.end()) for h in hits):
                # (not twice: "killed one assailant" read already as a figure of attackers)
                hits.append(CountHit(KILLED, doers, doers, base + m.start(), base + m.end(), original[m.start():m.end()], True))
            one = _ONE_BESIDE.match(text, m.end())
            if one is not None:  # "killing herself and her two year old son": one victim
                add(KILLED, "one", one.start(), one.end(), False)
            more = _AND_VICTIMS.match(text, m.end())
            if more is not None and not re.search(r"(?:himself|herself|themselves)$", m.group(), re.IGNORECASE):
                nums = "one" if more.group("nums").lower() in ("a", "an") else more.group("nums")
                add(KILLED, nums, more.start("nums"), more.end(), False)
            continue
        # "A soldier was hit ... He was the only one killed", "a farmer fought them off before he
        # was shot and killed": the victim, not an attacker; the assailant who did it "before he
        # was shot" is the one shot.
        if m.group("pronoun2"):
            # (the one who stabbed or shot: "A man ... stabbed 9 people ... before he was shot dead")
            attacker = _ATTACKER.search(text[:m.start()]) is not None or _DOER_FIRST.match(text, 0, m.start()) is not None
        else:
            attacker = not m.group("pronoun") or _ATTACKER.search(text[:m.start()]) is not None
        add(KILLED, "one", m.start(), m.end(), attacker)
    for m in (*_SINGULAR.finditer(text), *_ONE_SUFFERED.finditer(text)):
        # ("The hostage-taker was killed by police": the attacker)
        add(_kind(m.group("verb") or m.groupdict().get("verb2") or ""), "one", m.start(), m.end(),
            re.search(rf"\b{_ATTACKER_NOUN}\b", m.group(), re.IGNORECASE) is not None)
    for m in _ALONG_WITH.finditer(text):
        # "Four soldiers were killed ..., along with six assailants": a further group, told after
        # the verb it shares (people: not "along with several burned vehicles").
        verb = _last_verb(text[:m.start()])
        if verb is not None and not _THINGS_ALONG.fullmatch(m.group("noun").split()[-1]):
            add(_kind(verb.group()), m.group("nums"), m.start(), m.end(), bool(_ATTACKER.search(m.group("noun"))),
                additional=True)
    for m in _KIN_PAIR.finditer(text):
        add(KILLED, "two", m.start(), m.end(), False)
    for m in _PAIR.finditer(text):
        add(_kind(m.group("verb")), "two", m.start(), m.end(), False)
    for m in _ONE_PERSON.finditer(text):
        if m.group("verb2") == "executed" and _PLAN_NAMED.search(text, max(0, m.start() - 40), m.end()):
            continue  # ("India's Operation Sindoor was executed in 25 minutes": a plan carried out)
        verb = m.group("object") or m.group("verb") or m.group("verb2") or m.group("hurt") or "killed"
        add(_kind(verb), "one", m.start(), m.end(), False, bool(m.group("also") or m.group("also2")))
    def note(kind: str, figure: int, m: re.Match[str]) -> None:
        if 0 <= figure <= MAX_FIGURE:
            hits.append(CountHit(kind, figure, figure, base + m.start(), base + m.end(), original[m.start():m.end()]))

    for m in (*_TAKEN_OBJECT.finditer(text), *_TAKEN_SUBJECT.finditer(text)):
        figure = _number_range(m.group("nums") or m.groupdict().get("nums2") or "")
        if figure is not None:
            note(TAKEN, figure[0], m)
    for m in _TAKEN_LIST.finditer(text):
        people = _people(m.group("list"))
        if people is not None:
            note(TAKEN, people, m)
    for m in _KIN_GROUP.finditer(text):
        add(_kind(m.group("verb")), m.group("nums"), m.start(), m.end(), False)
    for m in _ONE_HOSTAGE_DEAD.finditer(text):
        add(KILLED, "one", m.start(), m.end(), False)
    for m in _TAKEN_ONE.finditer(text):
        if not any(h.kind == TAKEN and h.start - base <= m.start() < h.end - base for h in hits):
            note(TAKEN, 1, m)
    for m in _REFERRED.finditer(text):
        note(REFERRED, 0, m)
    for m in _BARE_ONE.finditer(text):
        add(_kind(m.group("object") or m.group("object2") or m.group("verb") or m.group("verb3")), "one", m.start(), m.end(), False)
    for m in _LIST_TO_DEATH.finditer(text):
        people = _people(m.group("list"))
        if people is not None and not any(s <= m.start() < e for s, e in taken):
            hits.append(CountHit(KILLED, people, people, base + m.start(), base + m.end(), original[m.start():m.end()]))
            taken.append((m.start(), m.end()))
    for m in _STRUCK_LIST.finditer(text):
        people = _people(m.group("list"))
        if people is not None and not any(s <= m.start() < e for s, e in taken):
            hits.append(CountHit(STRUCK, people, people, base + m.start(), base + m.end(), original[m.start():m.end()]))
            taken.append((m.start(), m.end()))
    for m in (*_STRUCK.finditer(text), *_STRUCK_PASSIVE.finditer(text)):
        if not any(s <= m.start() < e for s, e in taken):
            figure = (1, 1) if "one" in m.groupdict() and m.group("one") else _number_range(m.group("nums"))
            # ("... were shot dead, and three others were shot": the others are the hurt)
            # (and "6 passengers were burned" beside the driver killed are hurt, not struck ones he was)
            kind = INJURED if m.re is _STRUCK_PASSIVE and re.search(r"\bothers?\b|\bburn", m.group(), re.IGNORECASE) else STRUCK
            if figure is not None and 0 < figure[0] <= MAX_FIGURE:
                hits.append(CountHit(kind, figure[0], figure[0], base + m.start(), base + m.end(), original[m.start():m.end()]))
    # "after a truck killed a student": a road death, not a victim of the violence told.
    if not _VEHICLE_ATTACK.search(original):
        hits = [h for h in hits if h.kind not in (KILLED, INJURED)
                or not _VEHICLE_SUBJECT.search(original, max(0, h.start - base - 30), h.start - base)]
    # "was gunned down ... but survived": shot, not killed (the survival told in the same clause).
    hits = [dataclasses.replace(h, kind=INJURED) if h.kind == KILLED and re.search(r"\bgunned\s+down\b", h.text, re.IGNORECASE)
            and _SURVIVED.match(original, h.end - base) else h for h in hits]
    # (last, when every other reading of the attackers' deaths is in: "police shot the assailant dead")
    for m in _SHOT_THEM_DEAD.finditer(text):
        det, who = m.group("det").lower(), m.group("who").lower()
        attackers = re.fullmatch(_ATTACKER_NOUN, who, re.IGNORECASE) is not None
        if attackers and (_ATTACKER_TOLD_DEAD.search(original) or any(h.kind == KILLED and h.attackers for h in hits)):
            continue  # the attacker is among the dead already
        if who.endswith(("s", "men")) and not m.group("n") and det == "the":
            continue  # "shot the gunmen dead": how many is told elsewhere
        nums = m.group("n") or {"both": "two", "the": "one", "a": "one", "an": "one"}.get(det, det)
        add(KILLED, nums, m.start(), m.end(), attackers, additional=attackers)
    # ("A landmine was neutralized": a device, not a death.)
    # ("neutralised three PKK militants": the people after the figure, past the group's name)
    hits = [h for h in hits if not (h.kind == KILLED and re.search(r"neutrali[sz]", h.text, re.IGNORECASE)
                                    and not _ATTACKER.search(h.text) and not _NEUTRALIZED_PEOPLE.search(h.text)
                                    and not _NEUTRALIZED_AFTER.match(original, h.end - base))]
    if _THIS_ATTACK.search(original):
        # "... were killed in this attack, and at least 11 ... were killed across all three
        # attacks": the toll of this attack is told; the total of all is not its own.
        hits = [h for h in hits if h.kind not in (KILLED, INJURED)
                or not _ACROSS.match(original, h.end - base) and not _ACROSS_AHEAD.match(original, h.end - base)]
    coded = [h for h in hits if _ACLED_CODED.match(h.text)]
    if coded:
        # "The MoD claimed 19 Taliban killed ...; fatalities coded conservatively as 10": the
        # coder's figure is the toll, the claims beside it are what it weighed.
        hits = [h for h in hits if h.kind != KILLED or h in coded]
    return sorted(hits, key=lambda h: h.start)


# ------------------------------------------------------------------ tolls shared by linked events

# GTD splits a toll reported for several linked attacks evenly among them ("This was one of
# three related attacks ... At least 31 people were killed across the attacks"); ACLED notes say
# so outright ("Fatalities split between 2 events", "28 fatalities across the period, split between 2 events").
_SPLIT_NOTE = re.compile(rf"\bfatalities\b(?:[^.;]{{0,40}}?,)?\s+(?:were\s+|are\s+)?(?:evenly\s+)?split\s+(?:evenly\s+)?(?:between|among|across)\s+"
                         rf"(?P<n>{NUMBER})\s+(?:\w+\s+)?events?\b", re.IGNORECASE)
_CODED_TOLL = re.compile(r"\s*\d[\d,]*\s+fatalit(?:y|ies)\s*\.?\s*(?:\[[^\]]*\]\s*)?$", re.IGNORECASE)
_LINKED = r"(?:attacks|incidents|raids|bombings|assaults|events|explosions|blasts)\b"
_ONE_OF = re.compile(rf"\bone\s+of\s+(?P<n>{NUMBER})\s+(?:\w+\s+){{0,2}}?{_LINKED}", re.IGNORECASE)
_ACROSS = re.compile(rf"\s*\bacross\s+(?:all\s+(?:of\s+)?(?:the\s+|these\s+)?|the\s+|these\s+|both\s+)"
                     rf"(?:(?P<n>{NUMBER})\s+)?(?:\w+\s+)?{_LINKED}", re.IGNORECASE)
MAX_SHARES = 100
_THIS_ATTACK = re.compile(r"\bin\s+this\s+(?:attack|incident|raid|bombing|assault|explosion|blast)\b", re.IGNORECASE)
_ACROSS_AHEAD = re.compile(r"[^.;,]{0,30}?\s(?=across\s)", re.IGNORECASE)


def toll_shares(document: str, sentence: str) -> int:
    """Into how many linked events the toll stated in ``sentence`` is to be split (1: it is
    this event's own). Only where the document says so: an ACLED split note, or a total
    "across the attacks" in a summary that calls its event one of N."""
    if _CODED_TOLL.match(sentence):
        return 1  # ACLED's closing "3 fatalities." is the figure coded for this event, shared already
    note = _SPLIT_NOTE.search(document)
    if note:
        return _shares(note.group("n"))
    across = _ACROSS.search(sentence)
    one_of = _ONE_OF.search(document)
    if _THIS_ATTACK.search(sentence):
        return 1  # "killed in this attack": its own toll, told beside the total of all
    if not across or not one_of:
        return 1  # a news story's "12 killed across the three attacks" may be its one event
    return _shares(across.group("n") or one_of.group("n"))


def _shares(word: str) -> int:
    n = parse_number(word)
    return int(n) if n is not None and 1 <= n <= MAX_SHARES else 1


def share(count: Count, n: int) -> Count:
    """An even share of a toll among ``n`` events, rounded up as GTD does for the first of them."""
    if n <= 1:
        return count
    return Count(-(-count.low // n), None if count.high is None else -(-count.high // n), count.text)
