"""One sentence -> the mention of an event it reports (type, actors, date, place, counts, status).

Everything here is a plain function over our records: the sentence arrives annotated (tokens and
entities from the NLP boundary), places arrive resolved, the lexicons arrive built.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..geo.fold import fold
from ..geo.mentions import A_PEOPLE_AFTER, DISTRICT_WORDS, POSSESSIVE_QUALIFIERS
from ..models import Actor, Count, DateInfo, Mention, Place, Sentence, Span, replace
from ..ontology import Lexicon
from .actors import ActorLexicon, ActorMention
from .attribution import DENIAL
from .casualties import (DIED_LATER, DIED_OF_INJURIES, INJURED, KILLED, ORDINAL_WORDS, REFERRED, STRUCK, TAKEN, CountHit,
                         attackers_within, find_counts)
from .classify import (CHARGED_WITH, CROWD_ON_FORCES, GUNFIGHT_WORDS, INFORMER_AFTER, TriggerHit, classify, find_triggers,
                       states_demand)
from .dates import event_date
from .status import trigger_status

# Earlier events told as context: "less than a month ago", "in a similar attack", "last year".
_BACKGROUND = re.compile(
    r"\b(?:ago|similar\s+attack|previously(?!\s+(?:been\s+)?(?:held|controlled|occupied|used|owned|known|called|named|lost|captured|seized|taken|abandoned|jailed|convicted|"
    r"arrested|imprisoned|detained|sentenced|released|deported|charged|investigated|banned|served|worked)\b)|(?<!left\sover\sfrom\s)(?<!leftover\sfrom\s)(?<!remnants\sof\s)(?<!remnant\sof\s)(?<!over\sfrom\sthe\s)(?<!remnant\sof\sthe\s)previous(?!\s+(?:president|government|administration|regime|ministers?|"
    r"prime|leaders?|mayor|governor|chief|head|owner|cabinet|parliament|coach|manager)\b)|earlier\s+(?:this|that|in)|last\s+(?:year|month)|"
    r"in\s+the\s+past|had\s+(?:killed|attacked|claimed|carried\s+out|been\s+killed)|"
    # ("who had recently escalated attacks in the province": a group's record, not today's deed)
    r"(?:escalated|stepped\s+up|intensified|ramped\s+up)\s+(?:(?:its|their)\s+)?attacks|"
    # ("Mpeketoni was the scene of a 2014 attack in which militants killed dozens")
    r"(?:was|is|has\s+been|had\s+been)\s+(?:the\s+)?scene\s+of\s+(?:an?|the)\s+(?:(?:19|20)\d\d|previous|similar|deadly)\b|"
    r"the\s+deadliest\s+since|since\s+(?:19|20)\d\d|a\s+similar|"
    # ("ahead of the anniversary of the death of Mahsa Amini": a date ahead, no event told)
    r"(?<!ahead\sof\sthe\s)(?<!before\sthe\s)(?<!eve\sof\sthe\s)(?<!mark\sthe\s)(?<!marking\sthe\s)(?<!\bon\sthe\s)"
    # (a march "commemorating the anniversary of the 1973 uprising" is told, the uprising is not)
    r"(?<!commemorating\sthe\s)(?<!commemorate\sthe\s)(?<!commemorated\sthe\s)(?<!celebrating\sthe\s)(?<!observing\sthe\s)"
    # (nor an anniversary with its number, "commemorating the 62nd anniversary of the New York
    # Agreement": a day kept, of a past event)
    r"(?<!\dst\s)(?<!\dnd\s)(?<!\drd\s)(?<!\dth\s)(?<!first\s)(?<!second\s)(?<!third\s)(?<!fourth\s)(?<!fifth\s)(?<!sixth\s)"
    r"(?<!seventh\s)(?<!eighth\s)(?<!ninth\s)(?<!tenth\s)(?<!eleventh\s)(?<!twelfth\s)(?<!ieth\s)"
    r"anniversary\s+of|"
    # A war's running toll ("the offensive has killed more than 33,000") is no event of the day.
    r"(?:has|have)\s+(?:so\s+far\s+|now\s+|already\s+)?killed\s+(?:\w+\s+){0,3}?(?:\d{1,3},\d{3}|\d{4,}|"
    r"(?:tens|hundreds)\s+of\s+thousands|thousands))\b", re.IGNORECASE)
# (not a group's record: "The Taliban, who had recently escalated attacks in the province, did not comment")
_PERSON_WHO_HAD = re.compile(r"\bwho\s+had\s+(?!been\s+(?:killed|shot|wounded|injured|attacked|abducted|kidnapped)\b)"
                             r"(?!(?:\w+\s+)?(?:escalated|stepped\s+up|intensified|increased|ramped\s+up|carried\s+out)\b)"
                             # (nor a deed of violence recalled: "a militant who had been behind the 2019 bombing")
                             r"(?![^,.;]*\b(?:attack|bomb|massacre|kill|raid|ambush|shoot|behind|taken\s+part)\w*)[^,.;]*",
                             re.IGNORECASE)
_TALKS = frozenset({"AGREE", "CONSULT", "CONCEDE", "MOBILIZE"})  # they carry no toll of their own
_STATE_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:had|has|have)\s+been\s+(?:under|held|controlled|occupied|besieged|"
                           r"cut\s+off|closed|abandoned|deserted|empty)\b[^.;,]*", re.IGNORECASE)
_WHO_HAD = re.compile(r"\b(?:who|which|(?:(?<=feud\s)|(?<=rido\s)|(?<=vendetta\s)|(?<=conflict\s)|(?<=dispute\s))that)\s+had\s+(?:\w+\s+)?(?:attacked|killed|carried\s+out|ambushed|raided|kidnapped|abducted|"
                      r"taken\s+control|seized|captured|overrun|occupied)\b[^,.;]*|"
                      # "retook a hilltop outpost seized by the KIA earlier in the month": when the
                      # place retaken had been lost (not "Kidal was seized by rebels earlier this month")
                      r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!,\s)"
                      # (or with no taker named: "attempted to retake positions lost earlier in the month")
                      r"\b(?:seized|captured|taken|overrun|occupied|lost)\s+(?:(?:by|to)\s+(?:the\s+)?(?:[\w\-]+\s+){1,3}?)?"
                      r"(?:earlier|last|the\s+previous|days|weeks|months|in\s+(?:19|20)\d\d)\b[^,.;]*|"
                      r"\b(?:which|that)\s+(?:was|were|had\s+been)\s+(?:seized|captured|taken|overrun|occupied|lost)\b[^,.;]*|"
                      # ("to end a dispute over farmland that had caused armed clashes earlier in the year")
                      r"\b(?:which|that)\s+had\s+(?:caused|sparked|triggered|led\s+to|fuelled|fueled)\b[^,.;]*|"
                      # "agreeing on blood money for the victims of clashes earlier in April", "diya for
                      # 14 people killed in fighting the previous month": whom the terms are for
                      r"\b(?:blood\s+money|compensation|diya|reparations?|indemnit(?:y|ies))\s+(?:\w+\s+){0,2}?(?:for|to)\s+[^,.;]*|"
                      # "to return livestock raided in previous weeks": the terms, about the past
                      r"\b(?:agreed|agreement|deal|accord|pact)\b[^.;]{0,80}?\b(?:to|and)\s+return\s+(?!to\b|home\b)[^,.;]{0,40}?"
                      r"\b(?:raided|stolen|looted|seized|taken|abducted)\b[^,.;]*|"
                      # "signed a peace pact settling a rido that had claimed the lives of 6"
                      # (not a bombing that had claimed them: "an arrest over a bombing which had claimed the lives
                      # of 12 in 2021" tells that bombing)
                      r"(?<!bombing\s)(?<!attack\s)(?<!blast\s)(?<!massacre\s)(?<!explosion\s)(?<!ambush\s)"
                      r"\b(?:that|which)\s+had\s+(?:\w+\s+)?claimed\s+(?:the\s+)?(?:[\w\-]+\s+)?lives\b[^,.;]*|"

                      # "recaptured a police outpost that had been seized by the AA earlier that week"
                      r"\b(?:that|which)\s+(?:had\s+been|the\s+[\w\-]+\s+had)\s+(?:seized|captured|taken|overrun|occupied|held|lost)\b[^,.;]*",
                      re.IGNORECASE)
_KILLED_IN_YEAR = re.compile(r"\b(?:killed|killings?|deaths?|died|massacred?|executed|murdered|disappeared|buried|abducted|kidnapped)\b"
                             r"[^.;]{0,40}?\bin\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_KIN_OF = re.compile(r"\b(?:father|mother|brother|sister|son|daughter|wife|husband|relatives?|family|parents?|widow|lawyer)\s+of\s+"
                     r"(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w\-]+\s+){0,2}?$", re.IGNORECASE)
# A later sentence of an ACLED note that the coders record as its own event ("Some drones were
# shot down (coded separately).").
_CODED_SEPARATELY = re.compile(r"\(\s*coded\s+separately\s*\)|"
                               # ("Palestinian fatalities from the accompanying air strikes are coded in
                               # separate events.")
                               r"\b(?:are|is|were|was|have\s+been|has\s+been)\s+(?:coded|recorded)\s+(?:separately|"
                               r"(?:in|as)\s+(?:a\s+|an\s+)?(?:separate|other|different|distinct)\s+events?)\b", re.IGNORECASE)
# ... and one that says its dead were counted before ("Fatalities were coded in earlier events.")
_CODED_EARLIER = re.compile(r"\W*(?:the\s+)?(?:fatalities|deaths|killings?)\s+(?:were|are|have\s+been|had\s+been)\s+(?:already\s+)?"
                            r"coded\s+(?:in|as|with|under)\s+(?:an?\s+|the\s+)?(?:earlier|previous|prior|separate|other)\s+events?\W*$",
                            re.IGNORECASE)
# ... or that they are not this event's at all ("Fatalities not coded.": bodies found, a toll recalled)
_NOT_CODED = re.compile(r"\W*(?:the\s+)?(?:fatalities|deaths)\s+(?:were\s+|are\s+)?not\s+coded\W*$", re.IGNORECASE)
_SEPARATE = re.compile(r"\bin\s+(?:a|an)\s+(?:separate|subsequent|later|follow-up|unrelated)\s+(?:\w+\s+)?"
                       r"(?:operation|incident|attack|clash|raid|offensive|strike|ambush|event)s?\b|"
                       # ("Later that night, the assailants also attacked a second checkpoint")
                       r"\balso\s+(?:attacked|raided|ambushed|struck|stormed)\s+(?:a\s+second|another)\b", re.IGNORECASE)
# A court or a funeral tells of an attack reported before: "Trial opens for suspects in the
# airport bombing", "found guilty of murder", "Funeral held for victims of the mall attack" (not
# "an attack on a funeral").
_AFTERMATH = re.compile(
    r"\b(?:trials?\s+(?:opens?|opened|begins?|began|starts?|started|of|for)|sentenced|"
    r"(?<!protesting\sthe\s)(?<!protest\sthe\s)(?<!against\sthe\s)(?<!over\sthe\s)sentencing|"
    r"sentences\s+(?:[\w\-]+\s+){1,3}?(?:to|over|for)|(?:(?:court|judge|tribunal)s?\s+jails?|jailed)\s+(?:[\w\-]+\s+){1,3}?(?:over|for)|"
    # (not who they are: "freed ten inmates convicted of terrorism offences")
    r"(?<!\bthe\s)(?<!\ba\s)(?<!inmates\s)(?<!prisoners\s)(?<!detainees\s)(?<!criminals\s)(?<!militants\s)(?<!members\s)"
    r"(?<!\bthose\s)(?<!people\s)(?<!\bmen\s)convicted|verdict|(?:found|pleaded|pleads|pled)\s+(?:not\s+)?guilty|acquitted|(?:a|the)\s+court\s+heard|on\s+trial|"
    # ("the bodies of 3 civilians killed during the occupation were exhumed")
    r"(?:were|was|been)\s+(?:later\s+|subsequently\s+)?exhumed|exhumation|"
    r"(?:one|two|three|five|ten|\d+)\s+years?\s+(?:on\b|since)|"
    # statistics: "militant attacks fell 20 percent in 2019"
    r"(?:attacks?|killings?|deaths|violence|incidents)\s+(?:fell|rose|declined|dropped|increased|decreased|doubled|halved|"
    r"up|down)\s+(?:by\s+)?(?:\d+|a\s+third|half))\b",
    re.IGNORECASE)
_VERDICT_ANSWERED = re.compile(r"\b(?:after|following|over|against|protest\w*|denounc\w*|condemn\w*)\s+"
                               r"(?:[\w’'\-]+\s+){0,3}?verdicts?\b", re.IGNORECASE)
_CROWD_ACT = re.compile(r"\b(?:protest\w*|riot\w*|march\w*|rall(?:y|ied|ies)|demonstrat\w*|clash\w*|torch\w*|took\s+to\s+the\s+streets)\b",
                        re.IGNORECASE)
# Mourning tells of an attack reported before; a march to mourn is a protest of its own.
_MOURNING = re.compile(
    r"\b(?:(?:remembered|commemorat\w+|mourned|honou?red)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:victims|dead|people|soldiers|lives)|"
    r"(?:funerals?|burials?)\s+(?:held|took\s+place|was\s+held|were\s+held)|laid\s+to\s+rest)\b", re.IGNORECASE)
# "This was one of four attacks in the area", "It was the third such attack this week": a
# remark about other incidents, not a report of one.
_COMMENT = re.compile(r"^\W*(?:This|It|That)\s+(?:was|is|marks?|marked)\s+(?:the\s+)?(?:one|part|latest|\w+(?:st|nd|rd|th)|second|third|"
                      r"fourth|fifth|last)\b(?:\s+(?:of|such|in|attack|incident))?", re.IGNORECASE)
# "This was one of three related attacks ...": how a summary ties its attack to others.
_ONE_OF = r"\W*(?:This|It)\s+was\s+one\s+of\s+"


def tells_own_toll(text: str) -> bool:
    """Whether a toll is told outside the comments that tie an attack to others ("Dozens of
    assailants raided Dankama, killing 19 people. This was one of three related attacks; a total of
    27 people were killed across the three attacks": 19 are this attack's)."""
    return _TOLL_WORD.search(_ONE_OF_ATTACKS.sub(" ", text)) is not None


_ONE_OF_ATTACKS = re.compile(r"(?:^|(?<=[.!?]\s))" + _ONE_OF + r"[^.]*\.?")
_TOLL_WORD = re.compile(r"\b(?:killed|killing|dead|died|injured|injuring|wounded|wounding|hurt)\b", re.IGNORECASE)
# (a total across the attacks, not the other attack told: "; in the second attack, an explosive
# device wounded four")
_TOLL_AFTER_COMMENT = re.compile(r"^" + _ONE_OF + r"[^;]{1,160};\s*(?=[^;]{0,80}\b(?:killed|injured|wounded|"
                                 r"dead|died|hurt)\b[^;]{0,60}\b(?:across|in\s+total|in\s+all|combined|altogether)\b)")
# "No one was hurt.", "Nobody was injured in the blast.": what an event did not do, no event.
_NOBODY_HURT = re.compile(r"^\W*(?:no\s*one|nobody|none)\s+(?:else\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:reported\s+)?"
                          r"(?:hurt|injured|killed|wounded|harmed)(?:\s+(?:in|by|during)\s+the\s+\w+)?\s*\.?\s*$", re.IGNORECASE)
# "No fatalities reported.", "Neither injuries nor fatalities were reported.": no event of its own.
_NOTHING_REPORTED = re.compile(r"^\W*(?:no|neither|there\s+were\s+no|0)\s+(?:(?:reported\s+|known\s+)?(?:fatalities|casualties|injuries|deaths|"
                               r"victims|one)\s*(?:,|and/or|and|or|nor)?\s*)+(?:(?:were|was|have\s+been|has\s+been)\s+)?"
                               r"(?:reported|recorded|confirmed)?\s*\.?\s*(?:\[[^\]]*\]\s*)?$", re.IGNORECASE)
_REACTION = re.compile(r"\s+(?:\w+\s+)?(?:praised|condemned|denounced|deplored|praises|condemns|denounces)\b", re.IGNORECASE)
_CAUSE = re.compile(r"\b(?:due\s+to|because\s+of|in\s+response\s+to|in\s+(?P<motive>retaliation|revenge)\s+for|amid|"
                    r"to\s+(?:reinforce|protect|support|prevent|secure|defend))\b",
                    re.IGNORECASE)
_ROAD_TO = re.compile(r"\b[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?\s*[-–]\s*$")
_ROAD_WORD = r"\s+(?:(?:oil\s+|gas\s+)?pipeline|railway|railroad|power\s+line|highway|road|expressway|motorway|route|axis)\b"
_ROAD_FROM = re.compile(r"\s*[-–]\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?" + _ROAD_WORD)
_ROAD_AFTER = re.compile(_ROAD_WORD)
# "on Kohat road in Bannu", "Kabul Street in Herat": a road of one town named after another.
_ROAD_IN_TOWN = re.compile(r"\s+(?:road|highway|street|avenue)\s+(?:in|of)\s+(?-i:[A-Z])", re.IGNORECASE)
_ATTACKER_NOUN = r"(?:suspected\s+)?(?:assailants?|attackers?|gunm[ae]n|perpetrators?|suspects?|bombers?|hostage[- ]takers?)"
_FORCES_RESPONDED = re.compile(r"\b(?:defused|disarmed|deactivated|made\s+(?:the\s+)?(?:\w+\s+)?(?:device|bomb|explosives?)\s+safe|"
                               # ("Police evacuated several blocks", "Security forces discovered an
                               # explosive device", "cordoned off the area")
                               # (not forces who go on to do harm: "Troops cordoned off the village and shot dead 12 men")
                               r"(?:evacuated|cordoned\s+off|sealed\s+off)(?![^.;]{0,150}\band\s+(?:then\s+|later\s+)?"
                               r"(?:set|torched|burn\w*|shot|killed|beat|opened|fired|shelled|looted|demolished|arrested|detained)\b)|"
                               # ("After a five-hour standoff, police stormed the building": the end of a siege)
                               r"(?<=standoff,\s)(?:police|troops|soldiers|forces|commandos|officers)\s+(?:later\s+|then\s+|eventually\s+)?"
                               r"stormed\s+the\s+(?:\w+\s+)?(?:building|house|premises|apartment|flat|hotel|pharmacy|shop|store|"
                               r"supermarket|bank|bus|plane|aircraft|school|church|mosque|office)|"
                               r"(?:discovered|found)\s+(?:an?\s+|the\s+|two\s+|a\s+second\s+)?(?:\w+\s+)?(?:explosive\s+)?(?:devices?|bombs?|IEDs?)|"
                               r"(?:device|bomb|explosives?)\s+(?:was|were)\s+(?:later\s+|safely\s+)?(?:made\s+safe|defused|dismantled)|"
                               # ("The device failed to explode and was later destroyed by police")
                               r"(?:was|were)\s+(?:later\s+|safely\s+|subsequently\s+)?(?:destroyed|detonated|neutrali[sz]ed|defused|"
                               r"dismantled)\s+(?:in\s+a\s+controlled\s+(?:explosion|detonation)\s+)?by\s+(?:the\s+)?(?:\w+\s+)?"
                               r"(?:police|army|troops|soldiers|security\s+forces|bomb\s+squad|sappers|experts|deminers)|"
                               r"carried\s+out\s+a\s+controlled\s+(?:explosion|detonation)|dismantled\s+the\s+(?:device|bomb)|"
                               r"repelled|repulsed|foiled|thwarted|"
                               # ("Soldiers discovered and dismantled a homemade bomb", "Police safely detonated
                               # the device", "Police charged a local man with arson")
                               r"(?:discovered|found|located)\s+and\s+(?:dismantled|defused|disarmed|destroyed|detonated|removed)|"
                               r"safely\s+detonated|detonated\s+(?:it|the\s+(?:device|bomb|explosives?))\s+in\s+a\s+controlled|"
                               r"charged\s+(?:(?:a|an|the|two|three|four|\d+)\s+(?:[\w\-]+\s+){0,2}?(?:man|men|woman|women|suspects?|"
                               r"person|persons|people|youths?|teenagers?)|him|her|them)\s+with|"
                               r"neutrali[sz]ed\s+(?:it|the\s+(?:\w+\s+)?(?:device|bomb|explosives?|IED))|"
                               # ("Police said they had launched a manhunt for the gunmen")
                               # (not "Police launched a manhunt and shot dead two suspected kidnappers")
                               r"(?:launched\s+(?:a\s+)?(?:man)?hunt|(?:man)?hunt\s+for\s+the\s+(?:\w+\s+)?(?:gunmen|attackers|assailants|"
                               r"kidnappers|abductors|perpetrators|suspects|killers|bombers))"
                               r"(?![^.;]*\b(?:shot|killed|opened\s+fire|beat|tortured|executed)\b)|"
                               # ("Both hostages were freed by troops eight days later", "soldiers stormed the
                               # building and freed all of the hostages")
                               # (not captors who "released the captives", nor those "freed by a court order")
                               r"(?:freed|rescued)\s+(?:the\s+|all\s+|both\s+)?(?:\w+\s+){0,3}?(?:hostages?|captives?|abductees?)|"
                               r"(?:freed|rescued)\s+by\s+(?:the\s+)?(?:\w+\s+)?(?:troops|soldiers|police|forces|army|marines|commandos|"
                               r"security))\b", re.IGNORECASE)
_RESPONSE_TO_ATTACKER = re.compile(
    # ("including two assailants shot dead by police")
    rf"\b{_ATTACKER_NOUN}\s+(?:who\s+(?:were|was)\s+)?(?:shot\s+dead|shot|killed|wounded)\s+by\s+"
    rf"(?:the\s+)?(?:\w+\s+)?(?:police|officers|soldiers|troops|security\s+forces|forces|army|guards)\b|"
    rf"\b(?:shot|killed|arrested|detained|apprehended|neutrali[sz]ed|subdued|captured|overpowered|wounded|"
    # ("police shot dead all three attackers")
    rf"shot\s+dead|shot\s+and\s+(?:killed|wounded))\s+(?:the|an?|one|two|three|both|all(?:\s+(?:the|three|four|five))?)\s+{_ATTACKER_NOUN}\b|"
    # ("Soldiers later killed two of the assailants")
    rf"\b(?:shot|killed|shot\s+dead|neutrali[sz]ed|wounded)\s+(?:one|two|three|four|five|both|all|some)\s+of\s+the\s+{_ATTACKER_NOUN}\b|"
    # ("In addition to the two assailants, who were killed by security forces")
    rf"\b(?:(?:the|an?)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?{_ATTACKER_NOUN}(?:\s*,\s+[^,.;]{{1,80}},|\s*,\s+who)?"
    rf"|(?-i:He|She|They))\s+(?:was|were)\s+(?:later\s+)?"
    rf"(?:\w+\s+){{0,5}}?by\s+(?:the\s+)?(?:\w+\s+)?(?:police|officers|soldiers|troops|security\s+forces|forces|army)\b|"
    # "Both attackers were shot dead by police": the attackers told before, killed in the response
    rf"\b(?:both|all\s+\w+|the\s+(?:two|three|four|five|six))\s+(?:of\s+the\s+)?(?:attackers|assailants|gunmen|bombers|perpetrators)\s+"
    rf"(?:was|were)\s+(?:later\s+|also\s+)?(?:shot\s+dead|killed|shot\s+and\s+killed|neutrali[sz]ed)\s+by\s+(?:the\s+)?(?:\w+\s+)?"
    rf"(?:police|officers|soldiers|troops|security\s+forces|forces|army)\b",
    re.IGNORECASE)
_SETTLING = ("AGREE", "CONCEDE", "RETREAT", "CONSULT")
# Words that tell only a toll, or a flight whose cause is the threat after them: an event told
# "after" them is the one they are of.
_EXPLAINED_BY_AFTER = frozenset({"kill", "injure", "injure_limb", "died", "storm_verb", "burned_alive", "body_found", "displaced_by_threats"})
_ENDS = re.compile(r"\b(?:to|would|will|and)\s+(?:end|stop|halt|cease|resolve|prevent|avoid|release|free|swap|exchange)\s+(?:\w+\s+){0,5}$|"
                   # ("agreed to a ceasefire brokered by local elders after clashes in the capital")
                   r"\b(?:after|following|amid)\s+(?:(?:heavy|fierce|deadly|renewed|recent|days\s+of|weeks\s+of)\s+)?$|"
                   # ("to end a dispute over farmland that had caused armed clashes earlier in the year")
                   r"\b(?:to|would|will)\s+(?:end|resolve|settle)\s+(?:a|the|their|its)\s+(?:[\w\-]+\s+){0,4}?"
                   r"(?:dispute|conflict|feud|tension|rivalry|quarrel)s?\b[^.;]{0,60}$|"
                   # ("agreeing to pay blood money for the victims of last month's clashes")
                   r"\b(?:blood\s+money|compensation|diya|reparations?)\s+(?:\w+\s+){0,2}?(?:for|to)\s+(?:[\w\-'’]+\s+){0,6}$|"
                   # ("an exchange of the bodies of killed soldiers": whose bodies)
                   r"\b(?:exchang|swap|hand(?:ed|ing)?\s*over|handover|return|repatriat)\w*\s+(?:of\s+)?(?:the\s+)?"
                   r"(?:\w+\s+)?bod(?:y|ies)\s+of\s+(?:the\s+)?(?:\w+\s+)?$|"
                   r"\b(?:agreeing|agreed|pledging|pledged|promising|promised)\s+to\s+(?:release|free)\s+(?:\w+\s+){0,3}$|"
                   r"\b(?:an\s+end\s+to|halt\s+to|ending|stopping)\s+(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)
_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:group|militants?|organi[sz]ation|movement|faction|jihadists?|terrorist group)\b", re.IGNORECASE)
# "X came a day after Y": Y happened N days before X, so the sentence holds two events.
# (not "Reprisal attacks came a week after, with youths burning houses": later, not earlier)
_CAME_AFTER = re.compile(r"\b(?:came|comes|happened|occurred|followed)\s+(?:only\s+|just\s+)?(?P<n>a|one|two|three|\d+)\s+(?P<unit>day|week)s?\s+after\b"
                         r"(?!\s*[,.;])", re.IGNORECASE)
# A deed told in the clause that "came a day after" recalls: an earlier event, in the pluperfect
# ("a bombing had killed 18") or not ("after militants killed five soldiers").
_RECALLED_DEED = re.compile(r"\b(?:killed|attacked|struck|hit|targeted|bombed|claimed|carried\s+out|wounded|injured|stormed|"
                            r"ambushed|abducted|kidnapped)\b", re.IGNORECASE)
# A place the event happened in is introduced: "in Homs", "outside Kabul's airport", "attacked
# Kauri"; a bare name ("which Ankara blamed", "US service members") is something else.
_PREP_BEFORE_PLACE = re.compile(
    r"\b(?:in|at|near|outside|around|on|into|from|towards|across|inside|within|of|over|above|between|off|"
    r"(?:marched|paraded|rampaged|processed|walked)\s+(?:\w+\s+)?through|"
    # "as the train passed through Sohbatpur" (not "had passed through Mardan earlier")
    r"as\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:passed|was\s+passing|were\s+passing)\s+through|"
    r"attacked|raided|stormed|struck|hit|bombed|shelled|targeted|captured|seized|overran|entered|invaded|"
    r"recaptured|retook|occupied|besieged|surrounded|sacked|razed)\s+"
    r"(?:the\s+)?(?:(?:city|town|village|district|province|region|state|area|outskirts|centre|center|capital|suburb|neighbou?rhood)\s+of\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|north\w*|south\w*|east|west|rural|downtown)\s+)?"
    # (and the Arabic article the gazetteer's name leaves out: "positions in As Sawani")
    r"(?:(?-i:Al|As|Ad|Ar|An|Ash|At|Az|El)\s+)?$",
    re.IGNORECASE)
# "in Barangay Katico": a word for a village opens its name. (Not a part of a village, "Sitio
# Mabini": coders place an event in the village, and sitio names repeat across the country.)
_VILLAGE_WORD = re.compile(r"\b(?:barangay|brgy\.?|kebele|mohalla|moshav|kibbutz|aldea|vereda|corregimiento)\s+$",
                           re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:towns?\s+of\s+|villages?\s+of\s+)?$", re.IGNORECASE)
_NEAR = re.compile(r"\b(?:near|outside|outskirts\s+of|close\s+to|area\s+of|vicinity\s+of|km\s+(?:north|south|east|west)\w*\s+of|district|region|province|county|countryside|between)\b",
                   re.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """What the mention builder needs from the document as a whole."""

    lexicon: Lexicon
    actors: ActorLexicon
    published: dt.date | None
    anchor: DateInfo | None
    country: str | None  # the document's country focus
    countries: frozenset[str] = frozenset()  # countries the document keeps coming back to
    named_focus: bool = True  # a place of the focus country is named (not only its nationality)
    # A GTD-style incident summary ("05/03/2019: ..."), about its perpetrators: forces that defuse
    # a device or repel the attack respond to it, as GTD codes them (ACLED codes the defusers).
    perpetrator_report: bool = False
    hostages: bool = False  # people were abducted or taken hostage: "one of them was executed" is one of them
    # A toll is told outside a "This was one of N related attacks; ..." comment: the attack's own,
    # which the total across the attacks does not replace.
    own_toll: bool = True


def _count(hits: Sequence[CountHit], kind: str, clause: str = "", offset: int = 0,
           with_attackers: bool = True) -> tuple[Count | None, int]:
    """The victims' figure (largest victim group) and the deaths reported on top of it: "was
    also killed", and the attackers' when ``with_attackers``.

    Two sources giving two figures in one clause ("police said eight were killed, while
    hospital sources put the toll at 12") are a range: the lowest is the figure coders take
    (ACLED's conservative rule), the highest its upper bound (UCDP's high)."""
    victims = [h for h in hits if h.kind == kind and not (h.attackers or h.additional)]
    if clause:
        # "12 soldiers were killed, although the militants claimed to have killed 30": the
        # claim is no count while a reported one stands.
        claimed = [h for h in victims
                   if _CLAIMED_BEFORE.search(clause, max(0, h.start - offset - 60), max(0, h.start - offset))]
        told = [h for h in victims if h not in claimed]
        # ("Al Shabaab claimed to have killed 9 soldiers, while the commander said ... none of his
        # troops died": the claim denied, no victims at all; "claimed responsibility, saying several
        # soldiers had been killed": a claim with no figure is no count)
        victims = told or ([] if _NONE_OF_THEM_DIED.search(clause) else
                           [h for h in victims if not (h in claimed and _VAGUE_FIGURE.match(h.text))])
    attackers = sum(h.low for h in hits if h.kind == kind and (h.attackers or h.additional)
                    and (with_attackers or not h.attackers))
    if not victims:
        return None, attackers
    best = max(victims, key=lambda h: h.low)
    if len(victims) == 2 and clause:
        first, second = sorted(victims, key=lambda h: h.start)
        if re.fullmatch(r"\s*,?\s*and\s+", clause[first.end - offset:second.start - offset]) \
                and re.match(r"(?:an?|one)\s", second.text, re.IGNORECASE) and first.low >= 2:
            # "Three men were beheaded and a woman was shot dead": one more victim, told apart.
            return Count(first.low + 1, None if first.high is None else first.high + 1, first.text), attackers
        # (the first degree may follow its figure: "left three people seriously injured and four ...")
        between = clause[first.end - offset:second.start - offset]
        degrees = [_SEVERITY.search(first.text + between), _SEVERITY.search(second.text)]
        if re.fullmatch(r"\s*(?:\w+\s+(?:injured|wounded|hurt)\s*)?,?\s*(?:and|while|with)\s+", between) \
                and all(degrees) and len({d.group().lower() for d in degrees if d}) == 2:
            # "Five others were seriously hurt and two lightly injured": the hurt told by degree
            # (but not "... and four slightly injured in a separate attack the next day").
            if _HURT_APART.match(clause, second.end - offset):
                return Count(first.low, first.high, first.text), attackers
            high = None if first.high is None or second.high is None else first.high + second.high
            return Count(first.low + second.low, high, first.text), attackers
        # "Seven civilians were killed at the market, and five members of the VDP were killed at the
        # mining site": two groups, each with its own verb, both dead.
        own = [_OWN_VERB.search(h.text) for h in (first, second)]
        heads = [_GROUP_HEAD.match(h.text) for h in (first, second)]
        if all(own) and all(heads) and heads[0].group("noun").lower() != heads[1].group("noun").lower() \
                and re.fullmatch(r"(?:\s+(?:at|in|near|on|inside|outside)\s+[^,;.]{1,50})?\s*,?\s*and\s+", between) \
                and not re.search(r"\bof\s+(?:them|those|the\s+dead|the\s+victims)\b", second.text, re.IGNORECASE) \
                and not re.match(rf"an?\s+{ORDINAL_WORDS}\b", second.text, re.IGNORECASE):
            # (not "Two policemen were killed at the scene and a third died the next morning": the
            # ordinal is the toll)
            high = None if first.high is None or second.high is None else first.high + second.high
            return Count(first.low + second.low, high, first.text), attackers
        sides = [g.group().lower() for h in (first, second) for g in [_VICTIM_GROUP.search(h.text)] if g]
        if re.fullmatch(r"\s*,?\s*(?:while|whereas)\s+", clause[first.end - offset:second.start - offset]) \
                and len(sides) == 2 and sides[0] != sides[1] and len(_SOURCE_SAYS.findall(clause)) < 2:
            # "10 Taliban fighters were killed, while two soldiers died": both sides' dead.
            high = None if first.high is None or second.high is None else first.high + second.high
            return Count(first.low + second.low, high, first.text), attackers
    if len(victims) >= 2 and clause:
        first, *rest = sorted(victims, key=lambda h: h.start)
        between = clause[first.end - offset:rest[-1].start - offset]
        groups = {g.group().lower() for h in victims for g in [_VICTIM_GROUP.search(h.text)] if g}
        if _CONTRAST.search(between) and len(_SOURCE_SAYS.findall(clause)) >= 2 and len(groups) <= 1:
            low = min(victims, key=lambda h: h.low)
            return Count(low.low, max(h.high if h.high is not None else h.low for h in victims), low.text), attackers
    return Count(best.low, best.high, best.text), attackers


# Two sources' figures are a range only when both count the same dead ("people", "the toll"), not
# two groups ("four police officers ..., while residents said six civilians died").
# The perpetrators of an attack, as against enemy fighters killed in a battle.
_PERPETRATOR = re.compile(r"\b(?:the|both|all)\s+(?:(?:\w+|suicide)\s+)?(?:assailants?|attackers?|bombers?|gunm[ae]n|"
                          r"perpetrators?|shooters?)\b|\b(?:he|she|himself|herself)\b", re.IGNORECASE)
# ("five Taliban were killed and two soldiers died": each side's dead, with its own verb)
_OWN_VERB = re.compile(r"\b(?:(?:were|was)\s+(?:\w+\s+)?(?:killed|shot\s+dead|executed|beheaded)|died|lost\s+their\s+lives)\b",
                       re.IGNORECASE)
_GROUP_HEAD = re.compile(r"(?:at\s+least\s+|about\s+|around\s+)?[\w\-]+\s+(?P<noun>[a-z]+)", re.IGNORECASE)
# ("... and four soldiers were slightly injured in a separate attack the next day")
_HURT_APART = re.compile(r"[^.;]{0,60}?\b(?:separate|another|other\s+(?:attack|incident|blast)|next\s+day|following\s+day|"
                         r"later|earlier|elsewhere)\b", re.IGNORECASE)
_SEVERITY = re.compile(r"\b(?:seriously|critically|severely|gravely|badly|lightly|slightly|moderately|mildly)\b", re.IGNORECASE)
_TOLL_TAKEN_TO = re.compile(r"\b(?:tak(?:ing|es)|took|bring(?:ing|s)?|brought|rais(?:ing|es|ed)|push(?:ing|es|ed))\s+"
                            r"the\s+(?:death\s+|overall\s+|total\s+)?toll\s+to\b", re.IGNORECASE)
_NONE_OF_THEM_DIED = re.compile(r"\b(?:none|no)\s+(?:of\s+(?:his|her|its|their|the)\s+)?(?:troops|soldiers|men|officers|"
                                r"personnel|policemen|fighters)\s+(?:died|were\s+killed|was\s+killed|were\s+hurt)\b|"
                                r"\bdenied\s+(?:any|the|that\s+there\s+were\s+any)\s+(?:fatalities|deaths|casualties|losses)\b", re.IGNORECASE)
_CLAIMED_BEFORE = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:to\s+have\s+|(?:that\s+)?(?:it|they|he|she)\s+(?:had\s+)?)?$|"
                             # ("claimed responsibility, saying that six soldiers had been killed")
                             r"\bclaimed\s+(?:responsibility|the\s+attack)\b[^.;]{0,30}?\b(?:saying|stating|adding|and\s+said)\s+(?:that\s+)?"
                             # ("..., stating that its fighters had killed eleven soldiers")
                             r"(?:(?:its|their)\s+(?:fighters|militants|men|members|forces|units?|cadres)\s+(?:had\s+|have\s+)?)?$",
                             re.IGNORECASE)
_VAGUE_FIGURE = re.compile(r"\W*(?:(?:killing|killed|left)\s+)?(?:several|a\s+few|some|many|dozens|scores|numerous|a\s+number)\b",
                           re.IGNORECASE)
_VICTIM_GROUP = re.compile(r"\b(?:soldiers|officers|policemen|police|civilians|children|women|men|students|militants|bandits|"
                           r"insurgents|terrorists|jihadists|gunmen|attackers|assailants|"
                           r"fighters|rebels|troops|villagers|workers|farmers|worshippers|passengers|residents)\b",
                           re.IGNORECASE)
_CONTRAST = re.compile(r"\b(?:while|whereas|but|however|though|although|other\s+sources)\b", re.IGNORECASE)
_SOURCE_SAYS = re.compile(r"\b(?:said|says|say|put|puts|according\s+to|reported|estimated|claimed|told|gave)\b", re.IGNORECASE)


def _with_extra(count: Count | None, extra: int) -> Count | None:
    """Injuries on top of the main figure ("and another person was injured") are added at once:
    unlike deaths, no other sentence of the event repeats them."""
    if not extra:
        return count
    if count is None:
        return Count(extra, extra, "")
    return Count(count.low + extra, None if count.high is None else count.high + extra, count.text)


_WEAPON_TRIGGERS = frozenset({"airstrike", "drone", "shelling", "heavy_weapon_noun", "gun_noun"})


# The words between a force and the device its vehicle set off.
# ("A Malian army vehicle", "a vehicle carrying Nigerien soldiers")
_VEHICLES = r"\s+(?:(?!(?:in|on|inside|aboard|with|from|by)\b)[\w\-]+\s+){0,2}?(?:vehicles?|convoys?|patrols?|trucks?|bus|buses|cars?|tanks?|pick-?ups?|carriers?|APCs?)(?:\s+on\s+(?:a\s+)?(?:routine\s+|security\s+|regular\s+|joint\s+)?patrol)?\s+"
# (the vehicle's own: not "militants in a truck set off a roadside bomb", a bomber's act)
_STRUCK_VERB = re.compile(r"(?:\w+ly\s+)?(?:struck|hit|ran\s+over|triggered|drove\s+over|set\s+off)\s+", re.IGNORECASE)
_DRIVEN_BY = re.compile(_VEHICLES, re.IGNORECASE)
_STRUCK_DEVICE = re.compile(_VEHICLES + _STRUCK_VERB.pattern + r"(?:an?\s+|the\s+|two\s+)?(?:[\w\-]+\s+){0,2}?", re.IGNORECASE)
_CARRYING = re.compile(r"\b(?:vehicles?|trucks?|bus|buses|convoys?|cars?|pick-?ups?)\s+(?:carrying|transporting|of|belonging\s+to)\s+"
                       # (and the initials in brackets after the name: "the Malian Armed Forces (FAMa)")
                       r"(?:\w+\s+){0,2}(?:(?:[A-Z][\w\-]*\s+){1,3}\()?$",
                       re.IGNORECASE)
_CARRIED_GAP = re.compile(r"(?:\s*\([^()]{1,12}\)|\))?(?:\s+[\w\-]+){0,2}?\s+")  # ("... Malian Armed Forces (FAMa) struck")
_CARRIED_STRUCK = re.compile(_CARRIED_GAP.pattern + _STRUCK_VERB.pattern + r"(?:an?\s+|the\s+|two\s+)?(?:[\w\-]+\s+){0,2}?",
                             re.IGNORECASE)


def _rode_into_device(hit: ActorMention, trigger: TriggerHit, text: str, offset: int) -> bool:
    """Whether the force ``hit`` names drove or rode the vehicle that set off the device ``trigger``
    names ("A Malian army vehicle struck", "a vehicle carrying Nigerien soldiers hit")."""
    gap_start, gap_end = hit.end - offset, trigger.start - offset
    # (the trigger may open with the vehicle's verb: "hit a landmine")
    verb_opens = _STRUCK_VERB.match(text, gap_end) is not None
    if _STRUCK_DEVICE.fullmatch(text, gap_start, gap_end) or (verb_opens and _DRIVEN_BY.fullmatch(text, gap_start, gap_end)):
        return True
    return _CARRYING.search(text, max(0, hit.start - offset - 60), hit.start - offset) is not None and (
        _CARRIED_STRUCK.fullmatch(text, gap_start, gap_end) is not None
        or (verb_opens and _CARRIED_GAP.fullmatch(text, gap_start, gap_end) is not None))


def _roles(actor_hits: Sequence[ActorMention], trigger: TriggerHit, text: str, offset: int,
           victims: Sequence[CountHit] = ()) -> tuple[list[Actor], list[Actor]]:
    """Who does it and who suffers it, from word order and the words around each actor.

    Before the trigger, after "by", in the possessive ("the SAA's push") or an attacker noun
    ("gunmen", "a suicide bomber"): the actor. After the trigger, after "against"/"on", or a
    victim noun: the recipient.
    """
    actors: list[Actor] = []
    recipients: list[Actor] = []
    for hit in actor_hits:
        before = text[max(0, hit.start - offset - 14):hit.start - offset].lower()
        after = text[hit.end - offset:hit.end - offset + 3]
        if re.search(r"\b(?:in|at|near|of|from|to|into|across|outside)\s+(?:northern\s+|southern\s+|eastern\s+|western\s+|north\w*\s+|south\w*\s+)?$", before) \
                and hit.kind in ("state", "government") and hit.actor.text[:1].isupper() and " " not in hit.actor.text:
            continue  # "in Syria": a place, not the Syrian state
        if after.startswith(("'s", "’s")) and not _ACTION_NOUN.match(text[hit.end - offset + 2:]):
            continue  # "Carreno's driver was killed": the owner of the victim, neither side
        if hit.end <= trigger.start and _SOURCE_OF.match(text, hit.end - offset) \
                and (hit.kind in ("state", "government") or _ANOTHER_DOER.search(text, hit.end - offset, hit.end - offset + 150)) \
                and not _OWN_FIGHT.search(text, hit.end - offset, hit.end - offset + 150):
            continue  # "Police said 11 people died": who told it, neither side (not "said it killed")
        if _DENIES.match(text, hit.end - offset):
            continue  # "the Taliban denied carrying out the attack": whoever did it, not they by their word
        if _MEDIATORS_BEFORE.search(text, max(0, hit.start - offset - 40), hit.start - offset):
            continue  # "released after negotiations by elders": who mediated, neither side
        if hit.kind in ("state", "government") and (_INVESTIGATES.match(text, hit.end - offset)
                                                     or _SAYS_OTHER_DID.match(text, hit.end - offset)):
            # "police said they were treating the assault as a hate crime", "Police said FARC
            # dissidents had carried out the attack": who looks into it
            continue
        if hit.start >= trigger.end and hit.kind in ("state", "government") and (
                (_ACCORDING_TO.search(text, max(0, hit.start - offset - 40), hit.start - offset)
                 # (not "according to police, who said officers repelled them": its own deed told)
                 and not re.match(r"\s*,\s+(?:who|which)\b", text[hit.end - offset:]))
                or (_CLAUSE_OPENS.search(text, max(0, hit.start - offset - 20), hit.start - offset)
                    and _SAID_AT_END.match(text, hit.end - offset))):
            continue  # "..., according to the police", "..., police said.": who told it, told after it
        if trigger.trigger.suffered:
            # "An Indian army post came under fire from Pakistani troops": who fired is told after
            # "from" or "by"; those named before suffered it.
            fired = hit.start >= trigger.end and _FROM_OR_BY.search(text, trigger.end - offset, hit.start - offset)
            target = actors if fired else recipients
        elif hit.start >= trigger.end and _PASSIVE_BEFORE.search(text, max(0, trigger.start - offset - 30), trigger.start - offset) \
                and _WHEN_DOERS.search(text, trigger.end - offset, hit.start - offset) \
                and _STRUCK_AFTER.match(text, hit.end - offset):
            # "Twelve villagers were injured after militants attacked ...": the doers of the
            # clause that tells how
            target = actors
        elif hit.end <= trigger.start and trigger.trigger.name == "ied" and _rode_into_device(hit, trigger, text, offset):
            target = recipients  # "A Malian army vehicle struck an explosive device": whose vehicle it was
        else:
            target = actors if _acts(hit, trigger, text, offset, before, after, victims) else recipients
        if hit.actor not in target:
            target.append(hit.actor)
    return actors, recipients


def _acts(hit: ActorMention, trigger: TriggerHit, text: str, offset: int, before: str, after: str,
          victims: Sequence[CountHit]) -> bool:
    """Whether an actor named around an active trigger is its doer rather than its target."""
    if _SURVIVED_IT.match(text, hit.end - offset):
        return False  # whoever they are, those who survived the strike were struck
    possessive = after.startswith(("'s", "’s"))
    # "by the militants", "the army's shelling", and the first side of "a clash between X and Y".
    # ... and the owner of the weapon named by the trigger ("a Yak-130 jet of the Myanmar military")
    # ("gunmen from Al Shabaab" are its men; a drone "launched from Yemen" is from a place)
    men = re.fullmatch(r"gunm[ae]n|shooters?|snipers?", text[trigger.start - offset:trigger.end - offset], re.IGNORECASE)
    owner = hit.kind in ("state", "group") and (trigger.trigger.name in _WEAPON_TRIGGERS or men or re.fullmatch(
        r"attacks?", text[trigger.start - offset:trigger.end - offset], re.IGNORECASE)) \
        and (_MEN_OF if men and hit.kind == "group" else _OF).fullmatch(text, trigger.end - offset, hit.start - offset) is not None
    # ("a checkpoint manned by HTS": who holds the target, not who struck it; "a hostage held by
    # Abu Sayyaf" names the captor)
    agent = ((re.search(r"\b(?:by|between)\s+(?:the\s+)?$", before) is not None
              and _HELD_BY.search(text, max(0, hit.start - offset - 60), hit.start - offset) is None)
             or possessive or owner
             # ("mortar shells fired from SDF-held areas": who holds where the fire came from)
             or (_FIRED_FROM.search(before) is not None
                 and re.match(r"-(?:held|controlled)\b", text[hit.end - offset:hit.end - offset + 12]) is not None)
             or (hit.kind in ("unidentified", "person") and hit.start < trigger.end
                 # (not one named inside the trigger's words: "hacked Abdur Razzak, a Sufi leader, to death")
                 and not (hit.kind == "person" and trigger.start < hit.start)
                 # (not "Sousa was killed in the assault": the one it was done to)
                 and not (hit.kind == "person" and hit.end <= trigger.start
                          and (_PASSIVE_AFTER.match(text, hit.end - offset) or _HURT_PASSIVE.match(text, hit.end - offset)
                               # ("the deputy police chief, Abdul Ghafar, and his bodyguard were killed",
                               # "Khalil Ibrahim, 17, and his uncle Hamad, were killed")
                               or (re.match(r"\s+(?:later\s+)?died\b|(?:\s*,\s*[^,.;]{1,60},)?,?\s+and\s+" + _NOUN_PHRASE +
                                            r"(?:were|was)\s+(?:\w+\s+)?(?:killed|injured|wounded|shot)\b", text[hit.end - offset:])
                                   # (not "Suicide bomber Abu Hafs and two guards were killed")
                                   and not re.search(r"\b(?:gunman|bomber|assailant|attacker|shooter|militant|"
                                                     r"perpetrator)\s+$", before)))
                          # (nor the attacker named in an aside: "The attacker, Cherif Chekatt, was shot
                          # dead by police", "The driver, Mohamed Bouhlel, was shot dead")
                          and not re.search(r"\b(?:gunm[ae]n|bombers?|assailants?|attackers?|shooters?|perpetrators?|hijackers?|"
                                            r"stabbers?|knifem[ae]n|driver\s+of\s+the\s+(?:truck|lorry|van|car|vehicle))\s*,\s*"
                                            r"(?:(?:identified|named)(?:\s+by\s+\w+)?\s+as\s+)?$",
                                            text[max(0, hit.start - offset - 60):hit.start - offset]))
                 # (nor "The device targeted Mohammad Nasim Sadat": the target)
                 and not (hit.kind == "person" and re.search(r"\b(?:targeted|targeting|against)\s+$", before))))
    victim = any(v.start <= hit.start and hit.end <= v.end and not v.attackers for v in victims)
    patient = hit.kind == "civilian" or victim or re.search(r"\b(?:against|targeting|targeted|on|at)\s+(?:the\s+)?$", before) \
        or (hit.kind == "person" and hit.end <= trigger.start and _HURT_PASSIVE.match(text, hit.end - offset) is not None) \
        or (hit.end <= trigger.start and _HARMED_AFTER.match(text, hit.end - offset) is not None
            and not _OWN_DEVICE.search(text)) \
        or _SPARED_AFTER.match(text, hit.end - offset) is not None
    # (an actor that opens the trigger's own words, "Troops encountered militants", is before it;
    # not in a passive, "Army helicopters were attacked by militants")
    opens = hit.start == trigger.start and not _PASSIVE_AFTER.match(text, hit.end - offset)
    return agent or ((hit.start < trigger.start or opens) and not patient)


_MEDIATORS_BEFORE = re.compile(r"\b(?:negotiations?|mediation|talks|intervention|efforts)\s+(?:led\s+)?(?:by|of|with)\s+"
                               r"(?:the\s+)?(?:local\s+|clan\s+|community\s+|traditional\s+|religious\s+|tribal\s+)?$", re.IGNORECASE)
# (a demonstration's own crowd, which a GTD summary may tell too)
_CROWD_TOLD = re.compile(r"\b(?:protesters|protestors|demonstrators|rioters|marchers)\b", re.IGNORECASE)
# ... unless what it tells is its own fight: "police said 3 robbers were shot dead in an exchange of
# fire with a patrol".
_OWN_FIGHT = re.compile(rf"\b{GUNFIGHT_WORDS}\s+with\b|\bby\s+(?:the\s+)?(?:police|troops|soldiers|"
                        r"army|security\s+forces)\b|\bwith\s+(?:a|the)\s+(?:\w+\s+)?patrol\b", re.IGNORECASE)
# (a group that tells of others' deed: "Hamas said 20 people were killed in Israeli strikes")
_ANOTHER_DOER = re.compile(r"\b(?:in|by)\s+(?:an?\s+|the\s+)?(?-i:[A-Z])[\w\-]*\s+(?:air\s?strikes?|strikes?|shelling|bombardment)\b|"
                           r"\bby\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
# The source of a report, told as the subject of its verb, when what follows is not its own deed.
_SOURCE_OF = re.compile(r"\s+(?:also\s+|later\s+)?(?:said|told\s+(?:\w+\s+){0,3}?|reported|stated|added)\s+(?:that\s+)?"
                        r"(?!(?:it|they|its|their|he|she|we|our|his|her|the\s+(?:army|police|military|troops|forces|soldiers|"
                        r"group|movement|militants|rebels))\b)(?:\d|(?:at\s+least|some|about|around|nearly|more\s+than|"
                        r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|unidentified|unknown|"
                        r"gunmen|assailants|attackers|militants|a|an|"
                        # ("police said the kidnappers had crossed from Nigeria")
                        r"the\s+(?:kidnappers|abductors|attackers|assailants|gunmen|suspects|bombers|perpetrators|victims?|"
                        r"hostages?|captives?))\b)", re.IGNORECASE)
# ... or told after the deed: "..., according to the police", "..., the army said on Monday."
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:local\s+|provincial\s+|regional\s+|district\s+|state\s+)?$",
                           re.IGNORECASE)
# The authorities as investigators of the deed, not a side of it.
_INVESTIGATES = re.compile(r"\s+(?:(?:also\s+|later\s+)?(?:said|stated|added)\s+(?:that\s+)?(?:they|it)\s+(?:were|was|are|is|had\s+been|"
                           r"have\s+been)\s+|(?:were|are|is|was)\s+)(?:treating|investigating|probing|examining|looking\s+into)\b|"
                           # (not "Troops later identified the attackers and killed 4 of them")
                           r"\s+(?:later\s+)?(?:linked|identified)\s+(?:the\s+)?(?:assailants?|attackers?|suspects?|gunm[ae]n|shooters?)\b"
                           r"(?=\s+(?:as|to|through|from|via|using|by)\b|\s*[.,;])|"
                           # ("Authorities described the incident as a terrorist attack", "police suspected
                           # hired gunmen", "Authorities attributed the wave of attacks to ...": who judged it)
                           r"\s+(?:later\s+|also\s+|initially\s+)?(?:(?:described|characteri[sz]ed|classified|labell?ed)\s+"
                           r"(?:the|this|that|it)\b(?:\s+[\w\-]+){0,3}?\s+as\b|"
                           r"(?:called|termed)\s+(?:the|this|that|it)\b(?:\s+[\w\-]+){0,2}?\s+(?:an?|the)\s+(?:act|attack|case)\b|"
                           r"(?:suspected\s+(?!of\b)|blamed\s+(?!for\b))(?![^.;]*\band\s+(?:then\s+|later\s+)?(?:shelled|launched|"
                           r"bombed|raided|attacked|shot|opened|fired|arrested|killed|stormed|struck)\b)|"
                           r"attributed\s+(?:the\s+|this\s+|it\s+)?(?:[\w\-]+\s+){0,4}?to\b)",
                           re.IGNORECASE)
_DENIES = re.compile(r"\s+(?:(?:has|have|had|also|quickly|later)\s+)?" + DENIAL + r"\b", re.IGNORECASE)
_SAYS_OTHER_DID = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:said|stated|believed|suspected)\s+(?:that\s+)?(?:the\s+)?"
                             r"(?!(?:army|police|military|troops|forces|soldiers|security|they|it|its|their)\b)(?=(?-i:[A-Z]))"
                             r"(?:[\w'’\-()]+\s+){1,14}?(?:had\s+|have\s+)?(?:carried\s+out|planted|detonated|placed|set\s+off|"
                             r"(?:was|were)\s+behind)\b", re.IGNORECASE)
_CLAUSE_OPENS = re.compile(r",\s+(?:the\s+|an?\s+)?(?:local\s+|provincial\s+|regional\s+|district\s+|state\s+)?$", re.IGNORECASE)
_SAID_AT_END = re.compile(r"(?:\s+[A-Z][\w\-]*)?(?:\s+(?:command|headquarters|spokes(?:man|woman|person)))?\s+(?:also\s+)?"
                          r"(?:said|says|reported|stated|confirmed|told\s+(?:[A-Z][\w\-]*|reporters|journalists))"
                          r"(?:\s+in\s+a\s+statement)?(?:\s+(?:on\s+)?(?:\w+day|yesterday|today|later|late|earlier)\b[^.;,]{0,20})?\s*(?:[.;]|$)")
_HELD_BY = re.compile(r"\b(?:checkpoints?|posts?|positions?|bases?|camps?|towns?|villages?|areas?|bridges?|outposts?|"
                      r"barracks|stations?|territory|district|compound|building|premises)\s+(?:[\w\-]+\s+){0,2}?"
                      r"(?:manned|guarded|held|staffed|occupied)\s+by\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}$|"
                      # ("a grenade was thrown into a restaurant frequented by soldiers": whose place it is;
                      # "a camp used by FARC dissidents", but not "drones used by the RSF", whose weapons)
                      r"\b(?:frequented|visited|patroni[sz]ed)\s+by\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$|"
                      r"\b(?:camps?|bases?|houses?|homes?|shops?|restaurants?|hotels?|markets?|offices?|depots?|caches?|"
                      r"warehouses?|compounds?|buildings?|schools?|churches|mosques?|farms?|hideouts?|vehicles?|buses|trucks?)\s+"
                      r"(?:used|owned|run)\s+by\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$")
# (past an apposition: "Magomed Yevloyev, owner of the opposition website, was shot")
# ("A Hezbollah commander was killed together with two others": the group's man, who suffered it)
# ("the deputy police chief, Abdul Ghafar, and his bodyguard were killed", "One officer, Lieutenant
# Colonel Haider Abbas, was killed": named beside others, or in an aside, and harmed all the same)
# (what follows "and" is a noun phrase, no clause of its own: not "Boko Haram and its allies stormed
# the town and three soldiers were killed")
_NOUN_PHRASE = (r"(?:(?:his|her|their|its|an?|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                r"(?:[\w\-]+,?\s+){0,5}?")
_HARMED_AFTER = re.compile(r"(?:\s+(?:[\w\-]+\s+){0,2}?|(?:(?:\s+[\w\-]+){1,2}\s*,\s*[^,.;]{1,60},|(?:\s*,\s*[^,.;]{1,60},)?,?)\s+and\s+"
                           + _NOUN_PHRASE + r"|\s*,\s+)"
                           r"(?:was|were)\s+(?:\w+ly\s+)?(?:killed|shot|wounded|injured|executed|assassinated|"
                           r"murdered|beheaded|abducted|kidnapped)\b", re.IGNORECASE)
# ... or spared: "The police chief escaped unharmed but his driver was injured" (the target, not
# the attackers escaping: "the gunmen escaped")
_SPARED_AFTER = re.compile(r"(?:\s+[\w\-]+){0,2}?\s+(?:(?:escaped|was|were|emerged|walked\s+away)\s+(?:\w+\s+)?(?:unharmed|unhurt|uninjured|"
                           r"unscathed)|(?:narrowly\s+)?survived\b)", re.IGNORECASE)
# ... or survived it: "Two fighters survived the airstrike", "Militants who survived the raid fled".
_SURVIVED_IT = re.compile(r"(?:\s+[\w\-]+){0,2}?\s+(?:who\s+|that\s+)?(?:narrowly\s+)?survived\s+(?:the|an?)\s+(?:[\w\-]+\s+)?"
                          r"(?:air\s?strikes?|airstrikes?|strikes?|bombing|bombardment|shelling|raids?|attack|ambush|blast|explosion)\b",
                          re.IGNORECASE)
# (not fighters killed by their own device, who did it: "2 Taliban militants were killed when
# landmines they were planting exploded prematurely")
_OWN_DEVICE = re.compile(r"\b(?:prematurely|accidentally|(?:while|they\s+were|he\s+was)\s+(?:planting|making|assembling|laying|"
                         r"handling|transporting)|(?:as|while|when)\s+they\s+(?:attacked|stormed|raided|ambushed|tried|attempted))\b",
                         re.IGNORECASE)
_PASSIVE_AFTER = re.compile(r"(?:\s*,\s*(?:[^,.;()]|\.(?=\S)){1,80},|\s*,)?\s+(?:[\w\-]+\s+){0,2}?(?:were|was|had\s+been|have\s+been|has\s+been|being)\s",
                            re.IGNORECASE)
# (those who struck, not those who answered: "when soldiers responded", "as police arrived")
# "Sir David Amess was stabbed", "Kovacevic, a reporter for BN Television, was seriously injured",
# "The priest, Jacques Hamel, had his throat slit": the one it was done to.
_HURT_PASSIVE = re.compile(_PASSIVE_AFTER.pattern + r"(?:\w+ly\s+)?(?:killed|injured|wounded|hurt|shot|stabbed|beaten|"
                           r"abducted|kidnapped|attacked|assaulted|murdered|hacked|assassinated)\b|"
                           r"\s*,?\s+had\s+(?:his|her)\s+throat\s+(?:slit|cut)\b", re.IGNORECASE)
_STRUCK_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:attacked|ambushed|opened\s+fire|stormed|raided|fired|shelled|struck|hit|"
                           r"detonated|bombed|shot|threw|hurled|torched|burned|poisoned|rammed|stabbed|targeted|"
                           r"kidnapped|abducted|dispersed|launched)\b", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_WHEN_DOERS = re.compile(r"\b(?:after|when|as)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?$", re.IGNORECASE)
_FROM_OR_BY = re.compile(r"\b(?:from|by)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?$", re.IGNORECASE)
# "Armed men of the CJNG", "gunmen from Al Shabaab": the group's own men.
_MEN_OF = re.compile(r"\s+(?:of|from|belonging\s+to|loyal\s+to|"
                     # ("unidentified gunmen believed to be OLA fighters": one side, named in doubt)
                     r"(?:believed|suspected|thought|said|presumed)\s+to\s+be(?:\s+from)?)\s+(?:the\s+)?", re.IGNORECASE)
_OF = re.compile(r"\s+(?:of|(?:believed|thought|said|suspected|reported)\s+to\s+(?:belong\s+to|be\s+operated\s+by))\s+(?:the\s+)?",
                 re.IGNORECASE)
_ACTION_NOUN = re.compile(r"\s+(?:\w+\s+){0,2}?(?:push|advance|offensive|attack|assault|bombardment|shelling|"
                          r"strikes?|raid|campaign|operation|forces|troops|fighters|gunmen|withdrawal|capture)", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:said|says|told|announced|added|stated|declared|warned|insisted|noted)\b", re.IGNORECASE)
_PRONOUN_SPEAKER = re.compile(r"\b(?:he|she)\s+(?:also\s+)?(?:said|told|added|says|warned|insisted)\b|\b(?:said|told)\s+(?:he|she)\b", re.IGNORECASE)
_GOVERNMENT = re.compile(r"\b(?:(?:pro-)?government|regime)\s+(?:forces|troops|advances?|offensive|soldiers|army|push|jets|aircraft|airstrikes?)\b", re.IGNORECASE)
_SUPPLIED = re.compile(r"\b(?:suppl(?:y|ies|ying|ied)|exports?\s+to|exporting\s+to|linking|connecting|bound\s+for|destined\s+for)\s+"
                       r"(?:[\w\-]+\s*(?:,|and)\s+)*$", re.IGNORECASE)
_COUNTRY_SUBJECT_BLOCK = re.compile(r"\b(?:in|at|of|from|to|into|near|across|for|with|and|especially|like|than)\s+(?:the\s+)?$", re.IGNORECASE)


# Words for a settlement or a local division that open a place's name: "Barangay Luyang".
_SETTLEMENT_WORD = re.compile(r"^(?:Barangay|Brgy\.?|Sitio|Purok|Village|Kebele|Woreda|Commune|Mohalla|Tehsil|Kampung|"
                              r"Desa|Aldea|Vereda|Corregimiento|Colonia|Quartier|Hameau|Ward|Moshav|Kibbutz)\b")


_IN_LOCATION_BRACKETS = re.compile(r"\b(?:in|at|near|of|around|outside)\s+(?:the\s+)?(?:[A-Z][\w'’\-]+\s+){1,3}"
                                   r"(?:\w+\s+)?\((?:[A-Z][\w'’\- ]*,\s*)*$")


def _in_address(hit: ActorMention, sentence: Sentence, places: Sequence[Place]) -> bool:
    """A name NER took for a person that is the first link of an address ("from Barangay Luyang,
    Negros Oriental") or says it is a settlement: a place we do not know, not a person."""
    if _SETTLEMENT_WORD.match(hit.actor.text):
        return True
    if _IN_LOCATION_BRACKETS.search(sentence.text, 0, hit.start - sentence.start) \
            and re.match(r"[\w'’\- ]*[,)]", sentence.text[hit.end - sentence.start:]):
        return True  # "in Kunlong (Kunlong, Shan-North)": ACLED's divisions in brackets
    if re.match(r"\s*\([A-Z][^(),]{0,49},\s*[A-Z][^(),]{0,49}\)", sentence.text[hit.end - sentence.start:]):
        return True  # "Tanwalbougou (Fada N'Gourma, Gourma)": a place with ACLED's divisions after it
    gap = re.match(r"\s*,\s*", sentence.text[hit.end - sentence.start:])
    return gap is not None and any(p.start == hit.end + gap.end() and p.feature != "city" for p in places)


_QUOTES = ("'", '"', "‘", "“")
_SETTLEMENT_NAMES_AFTER = re.compile(r"(?:,?\s+(?:and\s+|(?:de|del|de\s+la|la|el|al|du|des|do|da|dos)\s+)?[A-Z][\w'’\-]+)*\s+"
                                     r"(?:villages?|towns?|hamlets?|settlements?|localities|locality|"
                                     # ("in Parachinar, Kurram agency, Federally Administered Tribal Areas")
                                     r"(?<=[a-z]\s)(?:agency|district|province|county|governorate|tehsil)(?=,)|"
                                     r"(?i:road|street|avenue|highway|lane|bridge|neighbou?rhoods?|suburbs?))\b")


_SHOUTED_BEFORE = re.compile(r"\b(?:shout\w*|chant\w*|yell\w*|scream\w*|cr(?:y|ying|ied)(?:\s+out)?)\s+$", re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(r"\b(?-i:in|near|outside|between|towards?)\s+$")


def person_mentions(sentence: Sentence, previous: Sequence[ActorMention],
                    lexicon: Lexicon) -> list[ActorMention]:
    """People as actors: PERSON entities, and "he said" as the last person named before.

    Title-case headlines make the tagger call anything a PERSON ("Truck Bomb Devastates"), so
    headlines give no people, and neither does a span that holds a trigger word.
    """
    out: list[ActorMention] = []
    if sentence.headline:
        return out
    for e in sentence.entities:
        if e.label != "PERSON" or not e.text[:1].isupper() or lexicon.fires(e.text):
            continue
        before = sentence.text[max(0, e.start - sentence.start - 1):e.start - sentence.start]
        if before in _QUOTES or _SHOUTED_BEFORE.search(sentence.text, max(0, e.start - sentence.start - 20), e.start - sentence.start):
            continue  # a man "shouting 'Allahu Akbar'" (quoted or not): words cried, not a person
        if _SETTLEMENT_NAMES_AFTER.match(sentence.text, e.end - sentence.start):
            continue  # "between Kanhargaon and Kadenar villages", "on Poli road": places the tagger took for people
        if _LOCATIVE_BEFORE.search(sentence.text, max(0, e.start - sentence.start - 12), e.start - sentence.start) \
                and not re.match(r"['’]s\b", sentence.text[e.end - sentence.start:]) and not re.search(r"['’]s$", e.text):
            continue  # "on the road between Mueda and Mocimboa da Praia": a town the tagger took for a person
            # (not "fighting between Riek Machar's forces and government troops")
        name = re.sub(r"[’']s$", "", e.text).strip()
        out.append(ActorMention(e.start, e.start + len(name), Actor(name, name, None, None), "person"))
    m = _PRONOUN_SPEAKER.search(sentence.text)
    if m and not out:
        people = [a for a in previous if a.kind == "person"]
        if people:
            start = sentence.start + m.start()
            out.append(ActorMention(start, start + 2, people[-1].actor, "person"))
    return out


def country_actor_mentions(sentence: Sentence, places: Sequence[Place], actors: ActorLexicon,
                           focus: str | None, loose: bool = False) -> list[ActorMention]:
    """A country named as the subject ("Turkey shelled", "Russia and the US agreed") is its state.

    ``loose``: every foreign country named, as context for a later subjectless clause.
    """
    out = []
    for p in places:
        if not (sentence.start <= p.start < sentence.end) or p.feature != "country" or not p.country:
            continue
        before = sentence.text[:p.start - sentence.start]
        if is_modifier(p, sentence.text[p.end - sentence.start:], before):
            continue  # "the US dollar" names no actor
        if _WATER_AFTER.match(sentence.text, p.end - sentence.start) or _WATER_BEFORE.search(before[-12:]) \
                or _SIDE_AFTER.match(sentence.text, p.end - sentence.start):
            continue  # "on the Niger River", "the Gulf of Aden", "the Brazilian border": no state acting
        if _FIRED_FROM.search(before[-60:]) or _TRAINED_IN.search(before[-30:]):
            # "militants crossed from Somalia", "a cell trained in Iran": where they came from, not who acted
            continue
        if _SUPPLIED.search(before[-60:]):
            continue  # "the gas pipeline that supplies Israel and Jordan": where it goes, no state acting
        if re.search(r",\s*$", before) and re.match(r"\s*(?:[.;)]|$)", sentence.text[p.end - sentence.start:]):
            continue  # "near Comayagua, Honduras.": the end of an address, no state that acts
        if loose:
            if _CIVIL_BODY_AFTER.match(sentence.text, p.end - sentence.start):
                continue  # "the Turkish cultural association's clubhouse": whose it is, no state acting
            if p.country != focus and p.text[:1].isupper():
                out.append(ActorMention(p.start, p.end, actors.state_actor(p.country, "military", p.text), "state"))
            continue
        if _COUNTRY_SUBJECT_BLOCK.search(before[-20:]) or p.text[:1].islower() or p.text.endswith(("n", "sh", "i", "ese")) and p.text != p.name:
            continue
        others = [q for q in places if sentence.start <= q.start < sentence.end and q is not p and q.lat is not None
                  and not is_demonym(q)]
        if re.match(r"\s*(?::|\.-|\s[-–—]\s)", sentence.text[p.end - sentence.start:]) \
                or (_EVENT_AFTER.match(sentence.text[p.end - sentence.start:][:60]) and not others):
            # A dateline ("Somalia: blast kills 20") or the place ("Pakistan blast kills 5"), not
            # the state acting; with another place named, "US raid ... in Syria" is the US's.
            continue
        if p.country == focus and not re.search(r"^\W*$|[.;:]\s*$", before):
            continue
        out.append(ActorMention(p.start, p.end, actors.state_actor(p.country, "government", p.text), "state"))
    return out


def anaphora(text: str, offset: int, found: Sequence[ActorMention],
             previous: Sequence[ActorMention]) -> list[ActorMention]:
    """"The group claimed the attack": the last group named before, placed where "the group" is
    in ``text`` (which starts at document offset ``offset``)."""
    m = _ANAPHOR.search(text)
    groups = [a for a in previous if a.kind == "group"]
    if m is None or not groups or any(a.kind == "group" for a in found):
        return []
    return [ActorMention(offset + m.start(), offset + m.end(), groups[-1].actor, "group")]


def _inherited(previous: Sequence[ActorMention], focus: str | None) -> ActorMention | None:
    """A subjectless clause ("Like shelling Azaz ...") continues the last named state or group."""
    for hit in reversed(previous):
        if hit.kind in ("group",) or (hit.kind == "state" and hit.actor.country not in (None, focus)):
            return hit
    return None


def is_demonym(place: Place) -> bool:
    """'Turkish', 'Afghans', 'US dollar': a people or an adjective, not where something happened."""
    return place.demonym or place.feature == "country" and place.text != place.name and bool(
        re.search(r"(?:ians?|ish|ese|ean|ans?|is|i|ic|ch|s)$", place.text))


_COMPOUND_MODIFIER = re.compile(r"-(?:led|backed|based|born|made|funded|trained|allied|supported|brokered|owned|"
                                r"run|sponsored|bound|linked|aligned|affiliated|registered|flagged|operated|controlled|manned|piloted|held)\b", re.IGNORECASE)


def is_compound_modifier(after: str) -> bool:
    """"-led", "-backed", "-based" after a name: the name qualifies the noun ("Iran-backed")."""
    return _COMPOUND_MODIFIER.match(after) is not None


# "Pakistan blast kills 5", "Kenya bus attack": a country before what happened there places it
# (and names no actor); "US strikes" is not among them.
_EVENT_AFTER = re.compile(r"\s+(?:(?:bus|car|bomb|suicide|terror|terrorist|militant|rebel|hotel|mosque|church|market|school|"
                          r"drone|rocket|mortar|grenade|knife|gun|border|village|prison|police|army|checkpoint|"
                          # ("Tunisia beach massacre", "Kenya mall siege")
                          r"beach|resort|museum|airport|mall|nightclub|stadium|embassy|university|hospital|train|metro)\s+)?"
                          r"(?:blasts?|bombings?|bomb(?!s)|attacks?|ambush(?:es)?|raids?|clash(?:es)?|"
                          r"shootings?|violence|explosions?|massacres?|fighting|unrest|riots?|siege|"
                          r"kidnappings?|hostage|toll)\b")


# ("Yemen parade rehearsal suicide attack leaves over 90 soldiers dead")
_EVENT_AFTER_FAR = re.compile(r"\s+(?:[a-z][\w\-]*\s+){2,3}(?:suicide\s+)?(?:blasts?|bombings?|attacks?|massacres?|explosions?)\b")


_MISSION_AFTER = re.compile(r"(?:['’]s)?\s+(?:embassy|embassies|consulate|consulates|ambassador(?:'s|’s)?|high\s+commission|"
                            r"diplomatic\s+mission)\b", re.IGNORECASE)
def names_mission(text: str, pos: int = 0) -> bool:
    """A country's embassy or envoy follows its name, which ends at ``pos`` ("the United States
    embassy", "the Japanese ambassador"): whose mission, not where it is."""
    return _MISSION_AFTER.match(text, pos, pos + 30) is not None


_AFFAIR_AFTER = re.compile(r"\s+(?:tensions?|crisis|conflict|row|talks|truce|ceasefire|peace\s+(?:talks|process|deal)|dispute|"
                           r"stand-?off)\b", re.IGNORECASE)


def is_modifier(place: Place, after: str, before: str = "") -> bool:
    """A country name before a common noun ("US dollar", "US service members") qualifies the
    noun; ``after`` is the text that follows the name, ``before`` what precedes it ("in Mozambique
    terror attack" still places the attack)."""
    if is_compound_modifier(after):
        return True  # "US-led coalition", "Kabul-based group", "a Lagos-bound bus"
    if _EVENT_AFTER.match(after[:40]) or _EVENT_AFTER_FAR.match(after[:60]):
        return False
    if place.feature == "country" and names_mission(after):
        return True  # "a park near the United States embassy": whose mission, not where (even after "near")
    if re.search(r"\b(?:in|at|near|inside|across|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+|[ns][ew]\s+)?$",
                 before[-30:], re.IGNORECASE):
        return False
    if _AFFAIR_AFTER.match(after[:30]):
        return True  # "Rockets hit near Ashkelon as Gaza tensions rise": what is about the place, not where
    if place.feature == "country" and re.match(r"\s+(?-i:[A-Z]{3,}s?)\b(?!\s*[,.;:)])", after):
        return True  # "US AFRICOM conducted an air strike": whose command, not where
    return place.feature == "country" and re.match(
        r"\s+(?!(?:and|or|but|is|are|was|were|has|have|had|will|would|could|said|says|after|before|in|on|at|to|"
        r"from|with|by|for|of|since|during|amid|where|which|who|that|as|over|under|near|into|last|this|"
        r"until|while|when|against|across|through|via|early|late|earlier|later|again|also|"
        r"says|claims|denies|plans|warns|vows|calls|launches|condemns|accuses|insists|agrees|"
        r"extends|bans|deploys|imposes|lifts|orders|suspends|announces|declares|expels|arrests|detains|executes|"
        r"bombs|shells|strikes|hits|kills|repels|foils|extradites|reopens|closes|blocks|restricts|"
        r"mourns|buries|honou?rs|observes|declares|"
        r"[a-z]+ed|"
        # "two DR Congo villages", "the Syria border": the noun is somewhere in that country
        r"villages?|towns?|city|cities|capital|province|provinces|region|regions|districts?|border|"
        r"borders|coast|countryside|north|south|east|west|villagers|camps?|state|states|islands?|markets?)\b)"
        r"[a-z][a-z\-]+(?:\s|[.,;]|$)", after[:40]) is not None


_POSSESSOR = re.compile(r"\b(?!(?:In|At|Near|On|Of|From|Into|Outside|Across|Inside)\b)[A-Z][\w\-&]*"
                        r"(?:\s+[A-Z][\w\-]*)?['’]s?\s+"
                        # ("in Nigeria's northeastern Borno state", "in Yemen's capital Sanaa")
                        rf"(?:{POSSESSIVE_QUALIFIERS}\s+){{0,2}}$")


def _introduced(sentence: Sentence, place: Place) -> bool:
    # (only the words just before the name matter; a long sentence is not read again per place)
    before = sentence.text[max(0, place.start - sentence.start - 200):place.start - sentence.start]
    # "in Yemen's Marib", "in DR Congo's Ituri province": the preposition introduces both.
    before = _POSSESSOR.sub("", before)
    before = _VILLAGE_WORD.sub("", before)
    # "around May Kadra [May Cadera]": the other spelling in square brackets is the same place.
    before = _SPELT_BEFORE.sub("", before)
    # "Kauri, Shiroro district, Niger", "Biu (Borno)", "Jillin, western Daraa countryside": a chain
    if re.search(r"[,(]\s*(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|"
                 r"central\s+|rural\s+)?$", before, re.IGNORECASE):
        return True
    return _PREP_BEFORE_PLACE.search(before[-60:]) is not None


_SPELT_BEFORE = re.compile(r"(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*\s*\[\s*$")
# (a road named after its town takes the town's brackets: "along the Sarkin Pawa road (Munya, Niger)")
# (and a word for what the town is: "deployed units to Kassala town (Kassala)")
_CHAIN_NEXT = re.compile(r"(?:\s+(?:road|highway|axis|town|city|village|locality|commune|area))?\s*[(,]\s*")
_LISTED = re.compile(r"\b(?:and|or|between)\s+$")


def _heads_chain(sentence: Sentence, place: Place, places: Sequence[Place]) -> bool:
    """"to Rabak (White Nile)", "on the road to I-n-Ouagar, Tahoua": a town that the division after
    it places is introduced as much as the division ("to" introduces no place); not the second
    town of a pair ("between Guidan Roumdji and Tibiri (Maradi)")."""
    m = _CHAIN_NEXT.match(sentence.text, place.end - sentence.start)
    if m is None:
        return False
    if _LISTED.search(sentence.text, 0, place.start - sentence.start):
        # (unless the brackets open with the town's own district: "between Kismayo and Jamaame
        # (Jamaame, Lower Juba)" codes Jamaame)
        own = re.match(r"\s*\(\s*([^,()]+)", sentence.text[place.end - sentence.start:])
        return own is not None and fold(own.group(1)) == fold(place.text)
    # (the bracket or comma itself always introduces what follows it; a comma ends a dateline,
    # "ADEN, Yemen", which introduces no more than where the writer was)
    if "(" in m.group():
        # (any division in the brackets: "Debre Birhan (North Shewa, Amhara)" with North Shewa unknown)
        close = sentence.text.find(")", m.end())
        last = m.end() if close < 0 else close
        return any(m.end() <= q.start - sentence.start <= last and q.feature != "city" for q in places)
    # (past a district the gazetteer lacks: "to Parachinar, Kurram Agency, Federally Administered
    # Tribal Areas, Pakistan")
    return place.start > sentence.start and not place.text.isupper() and any(
        q.feature in ("admin1", "admin2") and place.end < q.start
        and (q.start - sentence.start == m.end() or _CHAIN_GAP.fullmatch(sentence.text, place.end - sentence.start,
                                                                         q.start - sentence.start))
        for q in places)


_BRACKET_AFTER = re.compile(r"(?:\s+(?:town|city|village|upazila|township|commune|district|area|municipality|locality))?"
                            r"\s+\((?P<inside>[^()]{1,80})\)", re.IGNORECASE)


def _bracket_elsewhere(place: Place, sentence: Sentence, places: Sequence[Place]) -> bool:
    """Whether the brackets after a town name a province of its country that is not the town's."""
    m = _BRACKET_AFTER.match(sentence.text, place.end - sentence.start)
    if place.feature != "city" or not place.admin1 or m is None:
        return False
    provinces = [q for q in places if q.feature == "admin1" and q.country == place.country
                 and m.start("inside") <= q.start - sentence.start < m.end("inside")]
    # (not "a sit-in in Minsk (Minsk, Minsk)": the province named as its city is)
    return bool(provinces) and all(fold(q.name) != fold(place.admin1) and fold(q.text) != fold(place.admin1)
                                   and fold(q.text) != fold(place.text) for q in provinces)


# The middle of an address: ", Kurram Agency, " between a town and a division we know.
_CHAIN_GAP = re.compile(r",\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3},\s+")


_DATELINE = re.compile(r"\s*(?::|\.-|\s[-–—]\s)")


def _dateline(sentence: Sentence, place: Place) -> bool:
    """A place that opens a headline or wire item and is set off from it: "Niger: ...",
    "Somalia.- ...", "Kabul - ..."."""
    return place.start == sentence.start and _DATELINE.match(sentence.text, place.end - sentence.start) is not None


_PART_OF = re.compile(r"\s+(?:(?P<kind>neighbou?rhood|district|quarter|suburb|area)\s+)?(?:of|in)\s+(?:the\s+(?:city|town)\s+of\s+)?")
_PART_NAME = re.compile(r"\b(?:City|Quarter|District|Camp|Town)$")  # "the Old City of Jerusalem"
# "a Turkish border town", "the Lebanese city": a nationality before a kind of place is its country.
_DEMONYM_PLACE = re.compile(r"\s+(?:border\s+)?(?:town|village|city|province|region|territory|soil|capital|port)\b|"
                            # BBC Monitoring's "Pakistani TV says ...": home news of that country
                            r"\s+(?:state\s+|private\s+|local\s+|official\s+)?(?:TV|television|radio|media|press|news\s+agency|"
                            r"daily|paper|newspaper|website)\s+(?:says|said|reports?|reported)\b",
                            re.IGNORECASE)
# "near the Mali border" (the noun phrase ends there), not "a Somalia border checkpoint".
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b(?=\s*(?:[.,;:)]|$)|\s+(?:on|in|at|with|near|after|before|during|"
                           r"when|as|where|and|or|to|from|by|since|while|area)\b)", re.IGNORECASE)
_BORDER_BEFORE = re.compile(r"\b(?:border|frontier)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:said|says|told|reported|announced|confirmed|added|denies|denied|"
                            r"blames|blamed|accuses|accused|rejects|rejected|warns|vows)\b")
# Where attackers or projectiles came from: "a missile fired from Lebanon", "rockets from Gaza",
# "militants crossed from Somalia", "Boko Haram fighters from Nigeria".
_CIVIL_BODY_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:cultural|community|association|club|clubhouse|embassy|consulate|restaurant|"
                               r"shop|store|business|mosque|church|school|company|firm|nationals?|citizens?|tourists?|"
                               r"workers?|students?|journalists?|famil(?:y|ies)|migrants?|refugees?)\b", re.IGNORECASE)
_WATER_AFTER = re.compile(r"\s+(?:River|Delta|Basin|Valley|Lake|Sea|Gulf)\b")
# ("sail it toward the Brazilian border": a side of a line, no state acting)
_SIDE_AFTER = re.compile(r"\s+(?:border|frontier|side|coast|coastline|waters|shore|airspace|mainland)\b"
                         r"(?!\s+(?:guards?|police|forces|troops))")
_WATER_BEFORE = re.compile(r"\b(?:River|Lake|Gulf\s+of|Bay\s+of|Sea\s+of)\s+$")
_TRAINED_IN = re.compile(r"\b(?:trained|based|armed|funded|financed|sheltered|hiding|living|backed)\s+(?:in|by)\s+(?:the\s+)?$",
                         re.IGNORECASE)
_FIRED_FROM = re.compile(r"\b(?:(?:fired|fires?|firing|launched|launch(?:es)?|shot|lobbed|crossed|cross|crossing|came|coming|"
                         r"infiltrated|based)\s+(?:[\w\-]+\s+){0,4}?|(?:rockets?|missiles?|mortars?|shells?|drones?|projectiles?|"
                         r"militants|gunmen|gunman|fighters|rebels|insurgents|jihadists|attackers?|assailants?|armed\s+(?:[\w\-]+\s+)?(?:herders|herdsmen)|raiders|"
                         r"(?:a|an|the)\s+(?:\d+-year-old\s+)?(?:[A-Z][a-z]+\s+)?(?:man|woman|youth|teenager|resident|Palestinian|suspect))\s+)"
                         # ("fired missiles from over the Golan Heights at Damascus airport")
                         r"from\s+(?:over\s+|above\s+|inside\s+|within\s+)?(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)


# Where marchers or a convoy were heading ("farmers marching towards Delhi"): not where it happened.
# (people moving, not projectiles: "fired a rocket ... towards Kissufim" is where it struck)
# "taken to a hospital in Otukpa": where the wounded were treated, not where they were hurt.
_SHOUTED = re.compile(r"\b(?:shout\w*|chant\w*|yell\w*|scream\w*|cried|crying|cry)\s+(?:out\s+)?[\"'“‘][^\"'“”‘’]*$",
                      re.IGNORECASE)
_SERVED = re.compile(r"\b(?:spying|spied|spy|spies|working|worked|collaborat\w+|informing|informers?|agents?)\s+(?:for|with)\s+(?:the\s+)?$",
                     re.IGNORECASE)
_HOSPITAL_IN = re.compile(r"\b(?:taken|rushed|evacuated|transferred|transported|referred|admitted|airlifted|flown|brought|"
                          r"treated|receiving\s+treatment|being\s+treated|succumbed|died)\s+(?:\w+\s+){0,3}?(?:hospitals?|clinics?)\s+"
                          r"(?:\w+\s+){0,2}?(?:in|at)\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?$", re.IGNORECASE)
_EVACUATED_TO = re.compile(r"\b(?:airlifted|evacuated|flown|rushed|transferred|medevaced|taken|fled|fleeing|flee|flees)\s+(?:\w+\s+)?to\s+(?:the\s+)?$",
                           re.IGNORECASE)
# "died of his wounds in Gao hospital", "taken to Bunia General Hospital": the hospital's town.
_HOSPITAL_AFTER = re.compile(r"\s+(?:(?:general|regional|district|referral|military|university|central|teaching|"
                             r"main|provincial|county|state|city|civil|public)\s+){0,2}(?:hospital|clinic)\b", re.IGNORECASE)
_TREATED_BEFORE = re.compile(r"\b(?:died|succumbed|taken|rushed|evacuated|transferred|transported|referred|admitted|"
                             r"airlifted|flown|brought|treated|treatment)\b[^.;]{0,40}?\b(?:in|at|to)\s+(?:the\s+)?$", re.IGNORECASE)
_GUARDS_AT_HOME = re.compile(r"\s+(?:(?:tightens|tightened|steps\s+up|stepped\s+up|boosts|boosted|beefs\s+up|beefed\s+up|"
                             r"heightens|heightened|ramps\s+up|ramped\s+up)\s+security|"
                             r"(?:declares|declared|imposes|imposed)\s+(?:a\s+|an\s+)?(?:state\s+of\s+emergency|curfew|"
                             r"(?:national\s+|days?\s+of\s+)?mourning)|mourns|mourned)\b", re.IGNORECASE)
_STRIKES_AFTER = re.compile(r"\s+(?:bombs|shells|strikes|hits|pounds|raids|attacks|targets)\b", re.IGNORECASE)
# (herders who act: opening the clause, not the victims "killed 5 herders from Kauru")
_HERDERS_FROM = re.compile(r"(?:^|[,;:]\s*|\b(?:armed|Fulani|suspected|the)\s+)(?:herders|herdsmen|pastoralists|nomads)\s+from\s+"
                           r"(?:neighbouring\s+|neighboring\s+)?$", re.IGNORECASE)
# "The driver, a resident of the West Bank, was shot": where a person lives, in an aside.
_RESIDENT_OF = re.compile(r"(?<=[A-Za-z]),\s*an?\s+(?:[\w\-]+\s+)?(?:resident|native)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "A 17 year old Palestinian from the West Bank stabbed ... in Beersheba": where he came from.
# ("a grand jirga of elders from Kohat and Hangu brokered an agreement ... in Parachinar": whence the
# mediators came)
# ("A Palestinian gunman from Ya'bad in the northern West Bank opened fire in Bnei Brak": both
# the town and its region are where he came from; "a French citizen born in Chechnya", "entered
# the country on a tourist visa from Dubai")
_PERSON_FROM = re.compile(r"(?:(?:\ban?\s+(?:[\w\-]+\s+){0,4}?(?:man|woman|youth|teenager|boy|girl|Palestinian|refugee|"
                          r"migrant|national|student|asylum\s+seeker|immigrant|citizen|native|gunman|attacker|assailant|bomber)|"
                          r"\b(?:refugees|migrants|asylum\s+seekers|immigrants|IDPs|elders|delegates|delegations?|representatives|"
                          r"notables|tribesmen|mediators|dignitaries|labou?rers|pilgrims))\s+from|"
                          r"\b(?:born|raised)\s+in|\bvisa\s+from|\b(?:travell?ed|flew|arrived)\s+(?:[\w\-]+\s+){0,2}?from)"
                          r"\s+(?:the\s+)?(?:nearby\s+)?"
                          r"(?:(?:village|town)\s+of\s+)?(?:(?-i:[A-Z])[\w'’\-]+,?\s+(?:and\s+|in\s+the\s+"
                          r"(?:(?:north|south|east|west)\w*\s+|central\s+)?)?)?$",
                          re.IGNORECASE)
# "ambushed a van travelling from Thall to Parachinar": where the van set out from.
_TRAVEL_FROM = re.compile(r"\b(?:(?:travel\w*|driving|heading|moving|going|journeying|en\s+route|on\s+(?:its|their|his|her)\s+way)\s+"
                          r"from\s+(?:the\s+)?|"
                          # ("redeployed a large convoy from Kidal to the Tessalit camp", "fired several bombs from
                          # the hills of Masisi towards FARDC positions")
                          r"(?:convoy|troops|forces|units?|bombs|shells|rockets|missiles|drones?|fire)\s+from\s+(?:the\s+)?"
                          r"(?:(?:hills|heights|direction|outskirts|area|side)\s+of\s+(?:the\s+)?)?)$", re.IGNORECASE)
_ONWARD = re.compile(r"\s+(?:to|towards?|for)\s")
# ... and an address after the place it went to: "to Parachinar, Kurram Agency, Federally
# Administered Tribal Areas, Pakistan" is where it happened.
_ADDRESS_AFTER = re.compile(r",\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,4},\s+[A-Z]")
_HEADING_TO = re.compile(r"\b(?:(?:march\w*|heading|moving|walk\w*|travell?\w*|advanc\w*|fle(?:d|eing)|driving|flying|"
                         r"on\s+their\s+way)\s+(?:\w+\s+){0,2}?(?:towards?|to|for)|bound\s+for|en\s+route\s+to)\s+(?:the\s+)?$",
                         re.IGNORECASE)


def is_origin(place: Place, text: str) -> bool:
    """Where a person told of came from ("a Syrian refugee from Aleppo attacked ... in Solingen")."""
    return _PERSON_FROM.search(text, max(0, place.start - 80), place.start) is not None


def is_launch_point(place: Place, text: str) -> bool:
    """Where a projectile was fired from ("balloons launched from Gaza spark fires near Sderot")."""
    return _LAUNCHED_FROM.search(text, max(0, place.start - 60), place.start) is not None


_LAUNCHED_FROM = re.compile(r"\b(?:(?:fired|firing|launched|lobbed)\s+(?:[\w\-]+\s+){0,4}?|"
                            r"(?:rockets?|missiles?|mortars?|shells?|drones?|projectiles?|balloons?)\s+)from\s+"
                            r"(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?$", re.IGNORECASE)


def is_reference_point(place: Place, text: str) -> bool:
    """A country named only as a landmark or an origin ("near the Mali border", "the border with
    Mali", "rockets from Gaza"): not where the document's events are. ``text`` is the document."""
    if _RESIDENT_OF.search(text, max(0, place.start - 40), place.start):
        return True  # "The driver, a resident of the West Bank, ...": where he lived
    return place.feature == "country" and (
        _BORDER_AFTER.match(text, place.end) is not None
        or _BORDER_BEFORE.search(text, max(0, place.start - 40), place.start) is not None
        or _FIRED_FROM.search(text, max(0, place.start - 60), place.start) is not None)


_UNSHARED_CITY_SCORE = 4.0  # a city this well resolved, of a name no other place has, is no stray namesake


def choose_place(places: Sequence[Place], sentence: Sentence, focus: str | None = None,
                 countries: frozenset[str] = frozenset()) -> tuple[Place | None, int]:
    """The event's place among the toponyms of its sentence, and an ACLED geo precision.

    A town abroad that the document never otherwise places us in ("the Abbey Gate" read as a
    town in Australia, in a story about Kabul) is a namesake, not the event's place.
    """
    here = {p.country for p in places if sentence.start <= p.start < sentence.end and p.feature != "city"}
    # "a missile fired from Lebanon hit a house in Metula": where it came from is not where it
    # hit, and the place it hit may lie in another country than the story's.
    origins = [p for p in places if sentence.start <= p.start < sentence.end
               and (_FIRED_FROM.search(sentence.text[:p.start - sentence.start])
                    # (not the place an ACLED note gives its chain: "attempted to advance towards
                    # Zalizne (Bakhmut, Donetsk) and clashed with Ukrainian forces")
                    or (_HEADING_TO.search(sentence.text[:p.start - sentence.start])
                        and not sentence.text.startswith(" (", p.end - sentence.start)
                        and not _ADDRESS_AFTER.match(sentence.text, p.end - sentence.start))
                    or (_TRAVEL_FROM.search(sentence.text, max(0, p.start - sentence.start - 40), p.start - sentence.start)
                        and _ONWARD.match(sentence.text, p.end - sentence.start) is not None)
                    or _HOSPITAL_IN.search(sentence.text[:p.start - sentence.start])
                    # ("were airlifted to Nairobi": where the wounded were taken)
                    or _EVACUATED_TO.search(sentence.text, max(0, p.start - sentence.start - 30), p.start - sentence.start)
                    # ("executes two men accused of spying for Kenya in Jamaame": whom they served)
                    or _SERVED.search(sentence.text, max(0, p.start - sentence.start - 30), p.start - sentence.start)
                    # ("shouting 'This is for Syria'": a slogan, not a place of the deed)
                    or _SHOUTED.search(sentence.text, max(0, p.start - sentence.start - 60), p.start - sentence.start)
                    or (_HOSPITAL_AFTER.match(sentence.text, p.end - sentence.start)
                        and _TREATED_BEFORE.search(sentence.text, 0, p.start - sentence.start))
                    # ("Herders from Niger attacked farmers in Kebbi": where they came from)
                    or _HERDERS_FROM.search(sentence.text, max(0, p.start - sentence.start - 80), p.start - sentence.start)
                    # ("Russia shells Kharkiv": the country that strikes a place it names)
                    or (p.feature == "country" and _STRIKES_AFTER.match(sentence.text, p.end - sentence.start)
                        and any(q.start > p.end and q.country != p.country for q in places
                                if sentence.start <= q.start < sentence.end))
                    or (p.feature == "country" and _EVENT_AFTER.match(sentence.text[p.end - sentence.start:][:60])))]
    speakers = [p for p in places if sentence.start <= p.start < sentence.end
                and _SPEAKER_AFTER.match(sentence.text, p.end - sentence.start)]
    if origins or speakers:
        # "Ukraine attack kills 3 in Belgorod", "struck Kiev ..., the ministry in Moscow said":
        # the place hit may lie in another country than the story's.
        here |= {p.country for p in places if sentence.start <= p.start < sentence.end
                 and p not in origins and p not in speakers}
    inside = [p for p in places if sentence.start <= p.start < sentence.end and p.lat is not None
              and (p.feature == "city" or sentence.headline or _introduced(sentence, p) or _dateline(sentence, p))
              and (not is_demonym(p) or _DEMONYM_PLACE.match(sentence.text, p.end - sentence.start))
              and not is_modifier(p, sentence.text[p.end - sentence.start:], sentence.text[:p.start - sentence.start])
              and (focus is None or p.country in countries or p.country in here or p.country == focus
                   # (a city no other place shares its name with, that the sentence puts the event in:
                   # "exploded in the La Belle discotheque in West Berlin", in a story of reprisals on Libya)
                   or (p.feature == "city" and p.runner_up is None and not p.weak and (p.score or 0.0) >= _UNSHARED_CITY_SCORE
                       and _introduced(sentence, p)))]
    # "Pakistan blast kills 5" is in Pakistan; "US raid kills IS leader in Syria" is in Syria; a
    # place that is only where attackers or rockets came from places nothing.
    leading = [p for p in origins if p.feature == "country" and _EVENT_AFTER.match(sentence.text[p.end - sentence.start:][:60])]
    inside = [p for p in inside if p not in origins] or [p for p in inside if p in leading]
    if not inside:
        # "Kenya tightens security after deadly attack on police post": a state that answers an
        # attack at home, where the sentence names no other place.
        inside = [p for p in places if sentence.start <= p.start < sentence.end and p.feature == "country"
                  and _GUARDS_AT_HOME.match(sentence.text, p.end - sentence.start)][:1]
    # "The driver, a resident of the West Bank, ...": where someone lives, while another place is told.
    inside = [p for p in inside if not (
        _RESIDENT_OF.search(sentence.text, max(0, p.start - sentence.start - 80), p.start - sentence.start)
        or _PERSON_FROM.search(sentence.text, max(0, p.start - sentence.start - 80), p.start - sentence.start))] or inside
    if not inside:
        return None, 3
    # "..., the defence ministry in Moscow said": where the source spoke, when the event has
    # another place.
    inside = [p for p in inside if p not in speakers] or inside
    # "Maiduguri residents flee as Boko Haram attacks Konduga": whose people, when another place is
    # where it happened.
    inside = [p for p in inside if not _WHOSE_PEOPLE.match(sentence.text, p.end - sentence.start)] or inside
    # "leaders of the Salamat and Misseriya tribes" (a people named after a province), "the Amhara
    # regional government deployed forces to Debre Birhan" (whose government): no place, when
    # another place is where it happened.
    inside = [p for p in inside if not (_TRIBE_AFTER.match(sentence.text, p.end - sentence.start) or (
        p.feature in ("admin1", "country") and _WHOSE_AUTHORITY.match(sentence.text, p.end - sentence.start))
        # ("Maradi regional authorities banned motorcycles in Dan Issa": the region's, whatever
        # town shares its name)
        or _LOCAL_AUTHORITY.match(sentence.text, p.end - sentence.start))] or inside
    # "killed in an ambush near the Mali border": the neighbour is a landmark, not the place.
    borders = [p for p in inside if p.feature == "country" and (
        _BORDER_AFTER.match(sentence.text, p.end - sentence.start)
        or _BORDER_BEFORE.search(sentence.text, 0, p.start - sentence.start))]
    if borders:
        inside = [p for p in inside if p not in borders]
        if not inside:
            return None, 3
    # "the Dniprovskyi district of Kherson": a part of the town (the part is kept as text later),
    # not a namesake elsewhere.
    # A part we know as a town of the same province ("the Kulachi area of Dera Ismail Khan") stays.
    parts = [p for p in inside if any(
        q.start - sentence.start == m.end() and (m.group("kind") or (q.feature == "city" and _PART_NAME.search(p.text)))
        and not (p.feature in ("city", "admin2") and p.country == q.country and (
            (p.admin1 and p.admin1 == q.admin1) or q.feature == "admin1"))  # ("the Muqdadiyah area of Diyala governorate",
        # "Kuz Kunar district of Nangarhar province")
        for q in inside for m in [_PART_OF.match(sentence.text, p.end - sentence.start)] if m)]
    inside = [p for p in inside if p not in parts] or inside
    if not inside:
        return None, 3
    # "Sherpur upazila (Bogura, Rajshahi)" where the gazetteer knows only the Sherpur of Mymensingh:
    # a namesake, when the brackets after it name another province of its country.
    inside = [p for p in inside if not _bracket_elsewhere(p, sentence, places)] or inside
    specificity = {"city": 0, "admin2": 1, "region": 2, "admin1": 2, "country": 3}

    def on_road(p: Place) -> bool:
        return bool(_ROAD_FROM.match(sentence.text, p.end - sentence.start)) or bool(
            _ROAD_TO.search(sentence.text, 0, p.start - sentence.start)
            and _ROAD_AFTER.match(sentence.text, p.end - sentence.start)) \
            or bool(_ROAD_IN_TOWN.match(sentence.text, p.end - sentence.start))
        # (not "Iraq - Kirkuk checkpoint attack")

    # (a road's town still beats the province in brackets after it: "along the Sarkin Pawa road
    # (Munya, Niger)")
    off_road = any(p.feature in ("city", "admin2") and not on_road(p) for p in inside)

    def rank(p: Place) -> tuple[int, ...]:
        # The document's own country first: a foreign namesake in a local story is the usual
        # wrong pin. Then a place the sentence introduces (a dateline, "Niger: 137 dead in
        # attacks near Mali", most of all), then the most specific; the towns a road is named
        # after only where nothing else places the event ("the Kabul-Kandahar highway near
        # Sayedabad" is at Sayedabad).
        specific = specificity.get(p.feature or "city", 1)
        if p.feature == "city" and _DISTRICT_AFTER.match(sentence.text, p.end - sentence.start):
            # "between Kirumba and Kanyabayonga, Lubero territory": the district, whatever town
            # shares its name, is no more precise than the towns it holds.
            specific = specificity["admin2"]
        # A dateline country that the sentence narrows down ("Somalia: Beledweyne blast toll
        # rises") introduces nothing more precise than the town in it.
        refined = _dateline(sentence, p) and p.feature == "country" and any(
            q.country == p.country and specificity.get(q.feature or "city", 1) < specific
            and not _WHOSE_PEOPLE.match(sentence.text, q.end - sentence.start) for q in inside)
        introduced = _introduced(sentence, p) or (_dateline(sentence, p) and not refined) or _heads_chain(sentence, p, inside)
        road = off_road and on_road(p)
        # ("the railway between Berlin and Hamburg near Wittenberge": the place named with "near")
        between = _BETWEEN_BEFORE.search(sentence.text, 0, p.start - sentence.start) is not None
        # ("on the road between Kismayo and Jamaame (Jamaame, Lower Juba)": of the pair, the town an
        # ACLED note gives its chain is the one it codes)
        unchained = between and not sentence.text.startswith(" (", p.end - sentence.start)
        # ("at LaGuardia Airport in Queens", "the Planet Hollywood restaurant in Cape Town": a site
        # named after a place, in a place the sentence names next)
        # (not "Peshawar airport in Khyber Pakhtunkhwa": a later town elsewhere, not its own province)
        site = names_site(sentence.text, p.end - sentence.start) and any(
            q is not p and q.start > p.end and q.feature in ("city", "admin2")
            and (q.country, q.admin1) != (p.country, p.admin1) for q in inside)
        # ("travelling between Garowe and Burtinle ... near the town of Burtinle": the town the text
        # calls one, whatever the gazetteer files it as)
        town_of = _TOWN_OF_BEFORE.search(sentence.text, max(0, p.start - sentence.start - 30), p.start - sentence.start) is not None
        return (0 if focus is None or p.country == focus else 1, 0 if introduced else 1, int(road), int(site),
                int(not town_of), specific, int(between), int(unchained), p.start)
    best = min(inside, key=rank)
    if best.feature in ("country", "admin1", "region"):
        return best, 3
    if best.feature == "admin2":
        return best, 2  # ACLED: a district named, its main town used
    window = sentence.text[max(0, best.start - sentence.start - 30):best.end - sentence.start + 25]
    if _ROAD_FROM.match(sentence.text, best.end - sentence.start):
        return best, 2  # "on the Abuja-Kaduna highway": somewhere along the road from Abuja
    return best, 2 if _NEAR.search(window) else 1


_DISTRICT_AFTER = re.compile(r"\s+" + DISTRICT_WORDS + r"\b")
_TOWN_OF_BEFORE = re.compile(r"\b(?:near|in|at|outside|into|on)\s+the\s+(?:\w+\s+)?(?:town|village|city)\s+of\s+$", re.IGNORECASE)
_SITE_IN_PLACE = re.compile(r"(?:\s+[A-Z][\w'’\-]*){0,2}\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:Airport|airport|Station|station|Hotel|hotel|"
                            r"restaurant|Restaurant|Arena|arena|Stadium|stadium|Mall|mall|University|Hall|Centre|Center|Club|club|"
                            r"cafe|Cafe|bar|nightclub|Nightclub)\b[^.;]{0,60}?\b(?:in|at)\s+(?=[A-Z])")
def names_site(text: str, pos: int = 0) -> bool:
    """A place's name, which ends at ``pos``, opens a site's that lies in another place named next
    ("LaGuardia Airport in Queens"): the site's name, not where it is."""
    return _SITE_IN_PLACE.match(text, pos, pos + 120) is not None


# A clause that tells another event as this one's context.
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_CONTEXT = re.compile(r"(?:,\s*|\s+)(?:(?:in\s+)?(?:revenge|retaliation|reprisals?|response)\s+(?:for|to|against)|"
                      # "Baga, where the group had overrun a military post in March"; "a dispute that
                      # had left 12 people dead in clashes in March"
                      rf"(?:where|that|which)\s+(?=(?:[\w\-]+\s+){{0,5}}?had\s+(?:been\s+)?[a-z]{{3,}}[^,.;]{{0,80}}?"
                      rf"\b(?:in|since|last|early|late|mid)[\s\-]+{_MONTHS}\b)|"
                      r"following\s+(?!which\b)|(?:(?<=\bmarch\s)|(?<=\bprotest\s)|(?<=\brally\s))followed\s+|(?:a|one|two|three|four|five|\d+|a\s+few|several|a\s+couple\s+of)\s+(?:day|days|week|weeks|month|months|year|years)\s+after|"
                      r"after\s+(?:[\w\-]+\s+){1,5}?had\s+|in\s+connection\s+with|"
                      # "recaptured Kye village, which PDF forces had seized the previous week"
                      r"(?<=,\s)which\s+(?:[\w\-]+\s+){1,5}?had\s+(?:\w+\s+)?(?:seized|captured|taken|overrun|occupied|attacked|burned|raided|entered|held|controlled)\s|(?:after\s+)?accus(?:ed|ing)\s+(?:\w+\s+)?of|"
                      # (not a munition's load: "fired shells suspected of containing chlorine gas")
                      r"suspected\s+of(?!\s+(?:containing|carrying|being\s+(?:loaded|filled|laced)))|"
                      # ("arrested four men ... on charges of attacking the homes of activists")
                      r"on\s+(?:\w+\s+)?charges?\s+of|charged\s+with|"
                      r"(?:demanding\s+|to\s+demand\s+|seeking\s+)?(?:justice|accountability)\s+for|"
                      r"appointed\s+by|citing\s+|"
                      r"on\s+suspicion\s+of|to\s+(?:denounce|protest\s+(?:against\s+)?the|condemn)|in\s+protest\s+(?:against|at|over)\s+the|"
                      # ("relatives of murdered and disappeared women marched": who the marchers are)
                      r"(?:relatives|families|mothers|fathers|parents|widows|orphans|friends)\s+of\s+(?=(?:the\s+)?"
                      r"(?:[\w\-]+\s+){0,2}?(?:murdered|killed|slain|disappeared|abducted|kidnapped)\b)|"
                      # ("marched ... condemning the killing of a young woman by gunmen the previous week")
                      r"(?:condemning|denouncing|decrying|in\s+condemnation\s+of)\s+(?=the\s+(?:[\w\-]+\s+)?(?:killings?|deaths?|murders?|attacks?|"
                      r"shootings?|abductions?|kidnappings?|arrests?|rapes?|bombings?)\b)|"
                      r"over\s+the\s+(?:killing|death|murder|arrest|abduction)|"
                      # ("rallied ... in support of Houthi attacks on shipping": what they cheer)
                      r"in\s+(?:support|favou?r)\s+of\s+(?=(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:attacks?|strikes?|operations?|offensive|"
                      r"bombings?|missiles?|drones?|resistance|fighters)\b)|"
                      # ("marched against the police use of live ammunition during last month's protests")
                      r"against\s+the\s+(?:[\w\-]+\s+)?(?:use\s+of|killings?|shootings?|deaths?|murders?|arrests?|abductions?)\s|"
                      # "arrested 12 youths over a riot in which a police post was burnt"
                      r"over\s+(?:a|an|the|last\s+\w+['’]s)\s+(?:\w+\s+)?(?:riots?|clash(?:es)?|attacks?|protests?|lynching|"
                      r"violence|unrest|burning)\s+(?:in\s+which|that|during\s+which|on|last|earlier)|"
                      # ("arrested a lawyer over alleged links to one of the Easter Sunday bombers",
                      # "arrested three men who were wanted for shooting at a patrol": the charge)
                      r"(?:over|for)\s+(?:(?:his|her|their|alleged|suspected)\s+)*(?:links?|ties|connections?)\s+(?:to|with)|"
                      r"(?:who\s+(?:was|were|are|is)\s+)?wanted\s+(?:for|in\s+connection\s+with|over)|"
                      # (last, so that "after accusing him of" is read as the charge it is)
                      r"after\s+(?!which\b))\b", re.IGNORECASE)
_EARLIER_MARK = re.compile(r"\b(?:previous\s+(?:night|day|evening|morning|week|month|year)|earlier|the\s+(?:day|night|week|month)\s+before|"
                           r"last\s+(?:night|week|month|year)|had\s+\w+|(?:days?|weeks?|months?)\s+(?:before|earlier|ago)|"
                           # "after the January attack on the Chinegodar base"
                           rf"(?-i:the|last|in)\s+{_MONTHS}\b)")
_PAST_MARK = re.compile(r"\b(?:previous\s+(?:night|day|evening|morning|week|month|year)|earlier|the\s+(?:day|night|week|month)\s+before|"
                        r"last\s+(?:night|week|month|year)|had\s+\w+|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2}\b|"
                        rf"(?-i:the|last|in)\s+{_MONTHS}\b|"
                        r"(?:days?|weeks?|months?)\s+(?:before|earlier)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))")


_BY_BEFORE = re.compile(r"\bby\s+(?:(?!(?:from|after|before|hours?|days?|weeks?|when|as|despite|while|following|once|until|since)\b)"
                        r"[\w\-]+\s+){0,6}$", re.IGNORECASE)
_HELD_BEFORE = re.compile(r",\s*which\b", re.IGNORECASE)
_FOUND_DEAD = re.compile(r"\b(?:were|was)\s+(?:later\s+)?found\s+(?:shot\s+dead|dead|killed|executed|beheaded|murdered)\b|"
                         r"\bbod(?:y|ies)\b[^.;]{0,60}?\b(?:was|were)\s+(?:later\s+)?(?:found|discovered|recovered)\b",
                         re.IGNORECASE)


# "abducted three civilians ... One of them was executed on February 20", after a kidnapping.
_HOSTAGE_KILLED = re.compile(r"\b(?:one|two|three|four|five|\d+)\s+of\s+(?:them|the\s+(?:hostages|captives|abductees))\s+"
                             r"(?:was|were)\s+(?:later\s+)?(?:executed|killed|beheaded|murdered|shot\s+dead)\b", re.IGNORECASE)
_UNRELATED = re.compile(r"\b(?:unrelated|separate|another|different|earlier|previous)\b", re.IGNORECASE)


# "Maiduguri residents flee ...": whose people, not where it happened.
_TRIBE_AFTER = re.compile(r"(?:\s*,\s*[A-Z][\w\-]+)*(?:,?\s+and\s+(?:the\s+)?[A-Z][\w\-]+)?\s+(?:tribes?|clans?|sub-?clans?|tribesmen|ethnic\s+groups?)\b")
# (not "Logo local government area": Nigeria's districts)
_LOCAL_AUTHORITY = re.compile(r"\s+(?:regional|provincial|state|county|district|municipal)\s+(?:government|authorities|"
                              r"administration|officials|council|governor)\b(?!\s+areas?\b)", re.IGNORECASE)
_WHOSE_AUTHORITY = re.compile(r"\s+(?:regional|state|provincial|federal|national|local)\s+(?:government|authorities|administration|"
                              r"officials?|police|forces|special\s+forces|president|governor|council|cabinet|parliament)\b|"
                              r"\s+(?:government|authorities|administration|officials)\b|"
                              # ("Yemen's Houthis say drone targeted Jizan": whose fighters)
                              r"['’]s\s+(?:\w+\s+)?(?:Houthis|army|military|government|forces|troops|rebels|militants|"
                              r"president|leader|navy|air\s+force|police|authorities|(?:foreign|defen[cs]e)\s+ministry)\b",
                              re.IGNORECASE)
_WHOSE_PEOPLE = re.compile(r"\s+(?:residents|people|villagers|locals|families|traders|farmers|citizens|voters|students)\b",
                           re.IGNORECASE)


# (told in the past perfect: "Gondar, where five civilians were killed in crossfire" is the news)
_WHERE_ASIDE = re.compile(r",\s+(?:where|when)\s+[^,;]{3,150}?\bhad\b[^,;]{0,150},|"
                          # ("set up a base ... to secure the border area, where several posts were
                          # attacked earlier this year": the place's past, at the sentence's end)
                          r",\s+where\s+(?:[\w\-]+\s+){0,6}?(?:were|was)\s+(?:\w+ed|attacked)\b[^,;]*?"
                          r"\b(?:earlier|last|previous|ago|in\s+(?:19|20)\d\d)\b[^,;]*$")


_CONTEXT_END = re.compile(r"[,;]|(?<!\bto)\s(?=(?:and\s+)?(?:clashed|marched|gathered|rallied|protested|blocked|stormed|threw|"
                          r"burned|torched|set\s+fire)\b)|\s(?=and\s+were\s+(?:dispersed|attacked|arrested|beaten)\b)|"
                          # ("residents captured two men accused of robbing a shop and beat them": a
                          # charge is told in gerunds, the captors' own acts in the past)
                          r"\s(?=and\s+(?:then\s+)?(?:beat|lynched|assaulted|stoned|stabbed|paraded|handed)\b)|"
                          # ("a man accused of robbing a shop and assaulting its owner was arrested")
                          r"\s(?=(?:was|were|has\s+been|had\s+been)\s+(?:arrested|detained|apprehended|caught|lynched|beaten)\b)")


_CLAUSE_END = re.compile(r"[,;]|\s(?=(?:and|but|then)\s(?![A-Z]))")  # ("in the Vulamba and Kimemi neighbourhoods")
# What makes a clause after "after" part of the same story: a killing ("fled after JNIM militants
# killed 86 people") or how a capture went ("after the governor surrendered without a fight").
_SAME_STORY = re.compile(r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|massacr\w*|surrender\w*|withdr[ae]w\w*|"
                         r"retreat\w*|fled|abandon\w*|pulled\s+out)\b", re.IGNORECASE)
# A capture of its own after "after" ("bombed Kyauktaw after the AA captured a police outpost"):
# not a noun ("after heavy fighting"), nor the other side of the same encounter ("shot dead a gunman
# after he opened fire", "fired tear gas after the demonstrators threw stones").
_AFTER_CLAUSE = re.compile(r"(?!(?:he|she|they|it|we|him|them|being)\b)(?:(?:the|a|an|their|its|his|her|local)\s+)?"
                           r"(?:(?!being\b)[\w\-'’]+\s+){0,4}?"
                           r"(?:captured|seized|overran|occupied|retook|recaptured|took\s+(?:control\s+of|over))\b",
                           re.IGNORECASE)


# An attack known by its name: "the Crocus City Hall attack", "the Pahalgam massacre".
# (not a group's: "following the Arakan Army attack" may be the fight the sentence tells)
_NAMED_ATTACK = re.compile(r"the\s+(?![\w\-]+\s+(?:[\w\-]+\s+){0,2}?(?:Army|Forces|Front|Movement|Brigades?|Militia|Group|"
                           r"Taliban|Shabaab|Haram|Jihad|State)\b)"
                           r"[A-Z][a-z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\s+(?:(?:church|mosque|market|school|hotel|cantonment|base|airport|mall|"
                           r"bus|train|stadium|concert|temple|shrine)\s+)?(?:terror(?:ist)?\s+)?"
                           r"(?:attack|bombing|massacre|shooting|siege)s?\b")


# A charge is the context of an arrest or a trial told before it in the clause.
_CHARGE_CUE = re.compile(r"(?:,\s*|\s+)(?:on\s+(?:\w+\s+)?charges?\s+of|charged\s+with)", re.IGNORECASE)
_POLICE_CHARGE = re.compile(r"\s+(?:batons?|tear|sticks|clubs|lathis?|horses)\b", re.IGNORECASE)
_HELD_EARLIER = re.compile(r"\b(?:arrest\w*|detain\w*|held|remanded|jailed|imprisoned|charged|indicted|sentenced|"
                           r"convicted|apprehended|tried|prosecuted)\b", re.IGNORECASE)


def _context_span(clause: str) -> tuple[int, int, bool] | None:
    """Where the clause tells another event as context, up to the next comma: a motive or a
    charge ("over the killing of ...", "accused of planting IEDs") always, an event it followed
    ("following the burning of houses the previous night") only when told as past. The flag says
    whether that holds whatever the clause before it tells; an event told "after" another with no
    earlier time is context only after an act of its own ("a jet dropped two bombs after the AA
    captured a police outpost"), not after a toll ("five were killed after their vehicle struck a
    mine on Sunday")."""
    m = _CONTEXT.search(clause)
    if m is None:
        return None
    if _CHARGE_CUE.fullmatch(m.group()) and (not _HELD_EARLIER.search(clause, 0, m.start())
                                             or _POLICE_CHARGE.match(clause, m.end())):
        # ("gunmen charged with a string of robberies escaped and shot dead a policeman"; "riot police
        # charged with batons": a charge of another kind)
        return None
    # (up to the next comma or the main clause's own verb: "Protesters demanding accountability
    # for the killing by police clashed with security forces", "protested over the killing of a
    # teacher and clashed with police"; a verb inside the recalled event is no end: "in which 12
    # villagers were killed")
    bare = re.fullmatch(r"(?:,\s*|\s+)(following|after)\s+", m.group(), re.IGNORECASE)
    # (what follows "after" is a clause with its own verb: "after they protested against ...")
    stop = (_CLAUSE_END if bare is not None else _CONTEXT_END).search(clause, m.end())
    end = stop.start() if stop else len(clause)
    # ("after" needs a time before the event's own: "killed after their vehicle struck a mine near
    # Djibo on Sunday" tells the event, "after PDF fighters attacked their column a day earlier" not)
    following = bare is not None and bare.group(1).lower() == "following"
    if bare is not None and not (_PAST_MARK if following else _EARLIER_MARK).search(clause, m.end(), end) \
            and not (following and _SPATE.match(clause, m.end())):
        if _PROTESTED.search(clause, 0, m.start()) and _SAME_STORY.search(clause, m.end(), end) \
                and not _AT_THE_PROTEST.search(clause, m.end(), len(clause)):
            # "traders protested after a colleague was killed by a police officer": the killing
            # is their grievance, another event.
            return m.start(), end, True
        if following and _NAMED_ATTACK.match(clause, m.end(), end):
            return m.start(), end, True  # "detained 9 suspects following the Crocus City Hall attack": news of its own
        if following or not _AFTER_CLAUSE.match(clause, m.end(), end) or _SAME_STORY.search(clause, m.end(), end):
            # "recovered territory following a clash with the ADF", "seized Kyauktaw after heavy
            # fighting": the same fight; "fled amid fears of a new attack after JNIM militants
            # killed 86 people": the news
            return None
        return m.start(), end, False
    return m.start(), end, True


# (not the protest's own dead: "marched after police shot dead two demonstrators at the same rally")
_AT_THE_PROTEST = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers|rioters|same\s+(?:rally|protest|march|day)|"
                             r"that\s+day|during\s+(?:the\s+)?(?:clashes|protest|rally|march|demonstration))\b", re.IGNORECASE)
_PROTESTED = re.compile(r"\b(?:protest(?:ed|ing)|demonstrat(?:ed|ing)|riot(?:ed|ing)|marched|rallied|took\s+to\s+the\s+streets|"
                        r"threw\s+(?:stones|rocks)|pelted|vandali[sz]ed|blocked\s+(?:the|a)\s+(?:[\w\-]+\s+)?(?:road|highway|street))\b",
                        re.IGNORECASE)
# "established a base following insurgent attacks in the area": a run of attacks is a reason,
# not the fight the sentence tells (which "following clashes" may be).
_SPATE = re.compile(r"(?:(?:a|the)\s+(?:series|spate|wave|string|number)\s+of\s+|(?:repeated|recent|several|multiple|frequent)\s+)?"
                    r"(?:[\w\-]+\s+){0,2}?(?:attacks|raids|incursions|killings|abductions|kidnappings|ambushes)\b",
                    re.IGNORECASE)


_LEADING_AFTER = re.compile(r"^\W*(?:[\w\-]+\s+){0,3}?(?:after|following)\s+[^,;]{3,120},\s+(?=\S)", re.IGNORECASE)


_EARLIER_DEED = re.compile(r"[^.;]{0,80}?\b(?:earlier|previous|separate|another|last\s+(?:week|month|year))\b", re.IGNORECASE)
_REPORTED_PLUPERFECT = re.compile(r"\b(?:said|say|says|reports?|reported|confirmed|stated|claimed|claims|according\s+to)\b[^.;]{0,60}$",
                                  re.IGNORECASE)


# ("the worst since a 2017 truck bombing" and ", the scene of a 2014 massacre" compare or place
# today's news)
_YEAR_ATTACK = re.compile(r"(?<!since\s)(?<!scene\sof\s)\b(?:an?|the)\s+(?P<year>(?:19|20)\d\d)\s+(?:\w+\s+)?(?:attacks?|bombings?|"
                          r"massacres?|raids?|assaults?|ambush(?:es)?|sieges?|killings?)\b", re.IGNORECASE)


# "After a four-day siege and an assault by special forces, 39 hostages had been killed": the
# pluperfect of a toll at the end of the incident told, not an earlier event.
_ENDED_BY = re.compile(r"^\W*(?:after|by\s+the\s+(?:time|end)(?:\s+of)?)\s+(?:(?:an?|the)\s+)?(?:[\w\-]+\s+){0,3}?"
                       r"(?:siege|stand-?off|assault|operation|battle|fighting|clashes|crisis|raid|rescue|attack|hostage-taking)\b"
                       r"(?P<lead>[^,]*)",
                       re.IGNORECASE)


def _ended_by(text: str, reference: dt.date | None) -> bool:
    """Whether a pluperfect toll ends the incident an opening "After a siege ..." tells (not a
    siege of an earlier year: "After a two-week siege in 2017, the army had killed hundreds")."""
    m = _ENDED_BY.search(text)
    if m is None:
        return False
    years = [int(y) for y in re.findall(r"\b(?:1[89]|20)\d\d\b", m.group())]
    return not any(reference is None or y < reference.year for y in years)


# "police arrested the blogger ...; he was later sentenced to 15 days": what came of the event,
# told after it in a clause of its own, leaves it news.
_LATER_CLAUSE = re.compile(r"[;,]\s*(?:and\s+)?(?:[\w\-]+\s+){0,3}?(?:later|subsequently|afterwards|then)\s+(?:[\w\-]+\s+){0,2}?$",
                           re.IGNORECASE)


def _aftermath(told: str) -> bool:
    m = _AFTERMATH.search(told)
    return m is not None and not _LATER_CLAUSE.search(told, max(0, m.start() - 60), m.start())


def _is_background(sentence: Sentence, date: DateInfo, relative: bool, reference: dt.date | None,
                   text: str | None = None, mourning: bool = True) -> bool:
    """``text``: the part of the sentence that tells the event (without its context clause);
    ``mourning``: whether words of mourning make it an earlier event (not for a protest)."""
    # What a leading "Two days after a similar attack ...," recalls is not the sentence's own news.
    whole = sentence.text if text is None else text
    told = _LEADING_AFTER.sub("", whole)
    # (nor does a clause telling how long a place had been held: "a ward that had been under the
    # control of the KIA since earlier in the month")
    told = _STATE_CLAUSE.sub("", told)
    # (nor who the targets were: "an air strike targeted fighters who had attacked a base", "shot dead
    # a former rebel who had surrendered to the government last year")
    told = _WHO_HAD.sub("", told)
    told = _PERSON_WHO_HAD.sub("", told)
    # (nor the unrest a measure answers: "imposed a curfew following clashes the previous week")
    told = _UNREST_ANSWERED.sub("", told)
    # (nor the verdict a crowd answers: "rioted after the court's verdict", "protested the verdict")
    if _CROWD_ACT.search(told):
        told = _VERDICT_ANSWERED.sub("", told)
    if any((not _REPORTED_PLUPERFECT.search(told, max(0, m.start() - 80), m.start())
            and not (m.group().lower().startswith("had") and _ended_by(whole, reference)))
           or not m.group().lower().startswith("had")
           # (what a group claims to have done "in an earlier attack" is still earlier)
           or _EARLIER_DEED.match(told, m.end())
           for m in _BACKGROUND.finditer(told)) or _aftermath(told) or (mourning and _MOURNING.search(told)):
        # (a pluperfect in reported speech is the report's own news: "Initial reports said three
        # people had been killed; the toll later rose to seven")
        return True
    # (not the dead a relative is named by: "arrested the father of a protester killed in 2022")
    past = next((k for k in _KILLED_IN_YEAR.finditer(sentence.text)
                 if not _KIN_OF.search(sentence.text, max(0, k.start() - 80), k.start())), None) or _YEAR_ATTACK.search(told)
    if past and reference is not None and int(past.group("year")) < reference.year:
        # "the remains of 20 civilians killed by IS in 2014 were uncovered", "a 2014 attack in
        # which militants killed dozens"
        return True
    if reference is None or date.end is None:
        return False
    if not relative:
        # An explicit date more than a month before the report ("killings occurred in 2014") is
        # an earlier event the report recalls.
        return (reference - date.end).days > 31
    return (reference - date.end).days > 7


# The unrest a measure answers, told as earlier ("imposed a curfew following clashes the previous
# week"; not "after clashes killed 5 today", which is the news).
_UNREST_ANSWERED = re.compile(r"\b(?:curfews?|lockdowns?|states?\s+of\s+emergency|bans?|base|camp|outpost|agreement|deal|accord|"
                              r"truce|ceasefire|pact)\b[^.;]{0,100}?\s(?:following|after)\s+(?:[\w\-]+\s+){0,6}?"
                              r"(?:clash\w*|fighting|attacks?|violence|killings?|raids?|protests?|tensions?|unrest|assassination|murder|"
                              r"bombings?|massacre)\b"
                              r"(?=[^.;]*\b(?:previous|earlier|before|prior|last\s+(?:week|month)|days\s+ago)\b)[^.;]*",
                              re.IGNORECASE)
_MONTH_NAMED = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{1,2}/\d{1,2}/\d{4}")


def _before_incident(date: DateInfo, relative: bool, anchor: DateInfo | None) -> bool:
    """An incident report ("On 6 May 2020, ...") tells one incident on its day: a clause dated
    explicitly before it ("in April", "on 2 May") recalls an earlier one. (A day of slack: what
    began the night before is the same incident.)"""
    if anchor is None or anchor.start is None or anchor.precision != "day" or date.end is None \
            or date.text is None or date.precision not in ("day", "month") or not _MONTH_NAMED.search(date.text):
        return False  # ("on Sunday", "the next day": told against the report, not a calendar)
    return (anchor.start - date.end).days >= (2 if date.precision == "day" else 1)


_TOLD_BEFORE = re.compile(r"\W*(?:the|this|that)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+\s*", re.IGNORECASE)


def _clauses(text: str, told_before: bool = False) -> list[tuple[int, int, int, str]]:
    """Sentence -> (start, end, days_before, phrase) clauses; only "X came N days after Y" splits."""
    m = _CAME_AFTER.search(text)
    if not m:
        return [(0, len(text), 0, "")]
    word = m.group("n").lower()
    days = 1 if word in ("a", "one") else {"two": 2, "three": 3}.get(word) or int(word)
    days *= 7 if m.group("unit").lower() == "week" else 1
    if days > 3660:  # "came 900000 days after" is no date we can place
        return [(0, len(text), 0, "")]
    if told_before and _TOLD_BEFORE.fullmatch(text, 0, m.start()):
        # "The attack came a week after ...": the attack is the one told before, not a new one.
        return [(m.end(), len(text), days, m.group())]
    return [(0, m.start(), 0, ""), (m.end(), len(text), days, m.group())]


_ARMS_TRADE = re.compile(r"\b(?:sell|sells|sold|sale|sales|purchase\w*|buy|buys|bought|contract|export\w*|import\w*|"
                         r"procure\w*|deliver\w*|supply|supplies|supplied|manufactur\w*|arms\s+deal|order(?:ed|s)?)\b",
                         re.IGNORECASE)

# Weapons moved into place, none fired: "moved multiple rocket launchers onto the grounds".
_ARMS_MOVED = re.compile(r"\b(?:moved|moving|deployed|deploying|positioned|positioning|stationed|placed|transferred|"
                         r"relocated|redeployed)\s+(?:[\w\-]+\s+){0,3}?(?:rocket|missile|artillery|launcher|mortar|howitzer|"
                         r"tank|weapon|gun)\w*\b(?![^.;]*\b(?:fired|hit|hits|landed|struck|launched|shelled|exploded)\b)",
                         re.IGNORECASE)


def _town_named_like(hit: ActorMention, places: Sequence[Place], focus: str | None) -> bool:
    """A town of the story's country named like a group abroad: "in Rada'a, Al Bayda, Yemen" is
    the Yemeni town, not Libya's Radaa force. (A group at home, "Fano" in an Ethiopian story, is
    the group, whatever Italian town shares its name.)"""
    return hit.kind == "group" and focus is not None and hit.actor.country not in (None, focus) and any(
        p.start == hit.start and p.end == hit.end and p.country == focus and p.feature != "country" for p in places)


def sentence_mentions(sentence: Sentence, places: Sequence[Place], ctx: Context,
                      previous_actors: Sequence[ActorMention]) -> tuple[list[Mention], list[ActorMention]]:
    """The mentions of one sentence, and the actor mentions found in it (for later anaphora)."""
    told = None if ctx.own_toll else _TOLL_AFTER_COMMENT.match(sentence.text)
    if told:
        # "This was one of two related attacks in the area on the same day; eight villagers were
        # killed across the two attacks": the comment tells no event, the toll after it does.
        sentence = replace(sentence, start=sentence.start + told.end(), text=sentence.text[told.end():])
    actor_hits = [a for a in (_shift(a, sentence.start) for a in ctx.actors.find(sentence.text, country_hint=ctx.country)
                              if not _bare_adjective(a, sentence.text, ctx.actors))
                  if not _town_named_like(a, places, ctx.country)
                  # ("branding him a police informer": whom the victim was said to serve, no side)
                  and not (a.kind == "state" and INFORMER_AFTER.match(sentence.text, a.end - sentence.start))
                  and not (a.kind in ("group", "unidentified")
                           and CHARGED_WITH.search(sentence.text, max(0, a.start - sentence.start - 60), a.start - sentence.start))]
    gov = _GOVERNMENT.search(sentence.text)
    if gov and not any(a.start < sentence.start + gov.end() and sentence.start + gov.start() < a.end for a in actor_hits):
        actor_hits.append(ActorMention(sentence.start + gov.start(), sentence.start + gov.end(),
                                       ctx.actors.state_actor(ctx.country, "military", gov.group()), "state"))
    taken = [(a.start, a.end) for a in actor_hits]
    extra = [a for a in person_mentions(sentence, previous_actors, ctx.lexicon)
             if not any(p.start < a.end and a.start < p.end for p in places)
             and not _in_address(a, sentence, places)
             # ("Shan militia", "Amhara civilians": a people, not a person)
             and not (" " not in a.actor.text and A_PEOPLE_AFTER.match(sentence.text, a.end - sentence.start))] \
        + country_actor_mentions(sentence, places, ctx.actors, ctx.country)
    actor_hits += [a for a in extra if not any(s < a.end and a.start < e for s, e in taken)]
    actor_hits.sort(key=lambda a: a.start)
    # (men a group's name follows are that group's, not unidentified ones besides it)
    groups = [a.start - sentence.start for a in actor_hits if a.kind == "group"]
    actor_hits = [a for a in actor_hits if a.kind != "unidentified" or not any(
        _MEN_OF.fullmatch(sentence.text, a.end - sentence.start, g) for g in groups)]
    mentions: list[Mention] = []
    # A summary that opens with its date ("03/24/2021: ...") resolves "March 26" against it.
    base = ctx.published or (ctx.anchor.start if ctx.anchor else None)
    base_date, base_relative = event_date([(sentence.text, sentence.start)], base, ctx.anchor)
    speaker = [a for a in actor_hits if a.kind == "person"] if _SPEECH.search(sentence.text) else []
    if _COMMENT.match(sentence.text) or _NOTHING_REPORTED.match(sentence.text) or _NOBODY_HURT.match(sentence.text) \
            or (sentence.start > 0 and (_CODED_SEPARATELY.search(sentence.text) or _CODED_EARLIER.match(sentence.text)
                                     or _NOT_CODED.match(sentence.text))):
        return [], actor_hits
    clauses = _clauses(sentence.text, told_before=sentence.start > 0)
    for c_start, c_end, days_before, phrase in clauses:
        clause = sentence.text[c_start:c_end]
        offset = sentence.start + c_start
        hits = find_triggers(ctx.lexicon, clause, offset)
        told = clause
        cause = _CAUSE.search(clause)
        if cause and cause.group("motive"):
            # "said the attack had been ordered by the PCC in retaliation for the arrest of a local
            # leader": the motive tells no arrest (but "In retaliation for the killing of a
            # commander, assailants attacked a police post" tells the attack after it).
            stop = re.search(r"[,;]", clause[cause.end():])
            motive_end = offset + cause.end() + (stop.start() if stop else len(clause))
            hits = [h for h in hits if not offset + cause.start() <= h.start < motive_end]
        elif cause and any(h.trigger.strong and h.start < offset + cause.start() for h in hits):
            # "installed a base ... due to continued attacks": what follows is the reason.
            hits = [h for h in hits if h.start < offset + cause.start()]
        aside = _WHERE_ASIDE.search(clause)
        if aside and any(h.trigger.strong and not offset + aside.start() <= h.start < offset + aside.end() for h in hits):
            # "Kabul airport, where a suicide bombing had killed 170 in August, was hit by rockets":
            # the aside recalls another event.
            hits = [h for h in hits if not offset + aside.start() <= h.start < offset + aside.end()]
            told = clause[:aside.start()] + " " * (aside.end() - aside.start()) + clause[aside.end():]
        recalled: list[tuple[int, int]] = []  # absolute spans of context clauses, whose actors are not this event's
        for _ in range(3):  # ("appointed by the military council ..., accusing him of ...")
            context = _context_span(told)
            # (the clause's own act may come after what it recalls: "On 7 May, a day after two
            # militants were killed in an encounter, youths pelted stones at CRPF personnel")
            if not (context and any(h.trigger.strong and (h.start < offset + context[0] or h.start >= offset + context[1])
                                    and (context[2] or h.trigger.name not in _EXPLAINED_BY_AFTER) for h in hits)):
                break
            # "attacked a position near Titao, a day after the group had burned a market",
            # "arrested 3 IS members accused of planting IEDs": another event, told as context,
            # gives this one neither its type, its toll nor its past.
            hits = [h for h in hits if not offset + context[0] <= h.start < offset + context[1]]
            if not _HELD_BEFORE.match(told, context[0]):
                # (who held a place retaken is still the side it was taken from: "recaptured Kye,
                # which PDF forces had seized the previous week")
                recalled.append((offset + context[0], offset + context[1]))
            told = told[:context[0]] + " " * (context[1] - context[0]) + told[context[1]:]
        if any(h.trigger.event in _SETTLING for h in hits):
            # "agreed a ceasefire to end clashes around Anefis": the violence is what the
            # agreement ends, not an event of the clause.
            hits = [h for h in hits if h.trigger.event != "ASSAULT"
                    or not _ENDS.search(clause[:h.start - offset])]
        if not hits:
            continue
        # "Hamas praised the attack", "the UN condemned the killings": who reacted did not act.
        clause_actors = [a for a in actor_hits if offset <= a.start < offset + len(clause)
                         and not _REACTION.match(sentence.text, a.end - sentence.start)
                         and not any(s <= a.start < e for s, e in recalled)]
        if any(h.trigger.needs_armed_group for h in hits) \
                and not any(a.kind in ("group", "unidentified") for a in clause_actors):
            # "Two banks completed a merger": no armed group, no change to one.
            hits = [h for h in hits if not h.trigger.needs_armed_group]
            if not hits:
                continue
        left = [h.end for h in hits if h.trigger.name == "group_withdrawal"]
        if left:
            # "suspended its participation in the peace agreement": the agreement it leaves is no event
            hits = [h for h in hits if h.trigger.event != "AGREE" or h.start < min(left)]
        clause_date, clause_relative = base_date, base_relative
        if told != clause:
            # The date, too, is the clause's own, not that of the event it recalls ("in August").
            clause_date, clause_relative = event_date([(told, offset)], base, ctx.anchor)
        counts = find_counts(told, offset)
        if ctx.perpetrator_report:
            # "Three protesters were injured", after a car driven into their crowd: victims named by
            # what they were doing, no protest event of its own in an incident summary.
            hits = [h for h in hits if h.trigger.name != "protest" or not any(
                c.start <= h.start and h.end <= c.end for c in counts if c.kind in (KILLED, INJURED))] or hits
        killed, killed_extra = _count(counts, KILLED, clause, offset, with_attackers=False)
        within = attackers_within(told) if killed and ctx.anchor is None else 0
        if 0 < within < killed.low:
            # Prose counts the victims: "3 killed including the attacker" is two (a coded
            # incident, GTD's, counts the attacker too).
            killed = Count(killed.low - within, None if killed.high is None else killed.high - within, killed.text)
        killed_attackers = sum(h.low for h in counts if h.kind == KILLED and h.attackers)
        killed_perpetrators = sum(h.low for h in counts if h.kind == KILLED and h.attackers and _PERPETRATOR.search(h.text))
        if killed is not None and _TOLL_TAKEN_TO.search(killed.text):
            # "Two militants were also killed, taking the toll to seven": the toll holds them
            killed_extra = killed_attackers = killed_perpetrators = 0
        # (prose counts the victims hurt, not "Police shot and wounded the attacker"; a coded
        # incident counts him too)
        injured, hurt_more = _count(counts, INJURED, clause, offset, with_attackers=ctx.anchor is not None)
        # (A clause with only further hurt adds to the figures of the sentences before it.)
        injured_extra = hurt_more if injured is None and not sentence.headline else 0
        injured = _with_extra(injured, hurt_more)
        struck, _ = _count(counts, STRUCK)
        taken, _ = _count(counts, TAKEN)
        refers = any(h.kind == REFERRED for h in counts)
        state = [a for a in clause_actors if a.kind == "state" and ctx.actors.state_on(a.actor.name, clause_date.start)]
        retaken = [h.start for h in hits if h.trigger.needs_state_actor]
        if retaken:
            # "Taliban fighters retook the district from ANA forces", "PDF forces recaptured Kye,
            # which the military had seized": the state it was taken from does not take it back;
            # the state that retakes is told before the verb, or after "by".
            state = [a for a in state if a.start < min(retaken)
                     or _BY_BEFORE.search(sentence.text, 0, max(0, a.start - sentence.start))]
        has_state = bool(state)
        has_armed = any(a.kind in ("group", "state", "unidentified") for a in clause_actors)
        # (a rebel group named before the clause's first trigger is its doer, not one named in its object)
        first_trigger = min(h.start for h in hits)
        typings = classify(hits, told, has_state_actor=has_state, has_armed_actor=has_armed,
                           killed=bool(killed and killed.low), injured=bool(injured and injured.low),
                           offset=offset, victim_phrases=[h.text for h in counts],
                           incident_report=ctx.anchor is not None, demand=states_demand(clause),
                           organised=any(a.kind == "group" and a.actor.type in ("Rebel group", "Political militia")
                                         and a.end <= first_trigger for a in clause_actors))
        if ctx.perpetrator_report:
            # A GTD summary tells an attack: "Hooded youths torched a branch of the National Bank
            # of Greece ... during rioting" is the youths' arson, not a demonstration.
            hurt = bool((killed and killed.low) or (injured and injured.low))
            typings = [replace(t, event="ASSAULT", modes=("beat",) if hurt else ("destroy",),
                               acled_sub_event_type="Attack" if hurt else "Looting/property destruction")
                       if t.acled_sub_event_type == "Violent demonstration" and not _CROWD_TOLD.search(told)
                       and not CROWD_ON_FORCES.search(told) else t for t in typings]
        # A place inside a group's name ("the Three Brotherhood Alliance") is not where it acted.
        named_in = [(a.start, a.end) for a in actor_hits if a.kind == "group"]
        free = [p for p in places if not any(s < p.end and p.start < e for s, e in named_in)]
        if len(clauses) > 1 and not days_before:
            # ("His wife was wounded in the attack, which came two weeks after ... near Shirqat":
            # the place of what is recalled is not the attack's)
            free = [p for p in free if offset <= p.start < offset + len(clause)]
        # A focus only nationalities give ("Chinese miners kidnapped in Shiroro") rules out no place.
        place, precision = choose_place(free, sentence, ctx.country if ctx.named_focus else None, ctx.countries)
        clause_actors = anaphora(clause, offset, clause_actors, previous_actors) + clause_actors
        date, relative = clause_date, clause_relative
        if ctx.anchor is not None and ctx.anchor.start is not None and date.start is not None \
                and date.start > ctx.anchor.start and (_FOUND_DEAD.search(told) or (ctx.hostages and _HOSTAGE_KILLED.search(told))) \
                and not _UNRELATED.search(told):
            # "Both teachers were found shot dead on October 14": an incident report's hostages,
            # found later, are its own dead on its own day (as GTD codes them).
            date, relative = ctx.anchor, False
        if days_before and date.start is not None:
            shift = dt.timedelta(days=days_before)
            date = DateInfo(date.start - shift, (date.end or date.start) - shift, date.precision,
                            f"{date.text} ... {phrase}" if date.text else phrase)
        reference = ctx.anchor.start if ctx.anchor else ctx.published
        # (What "came a week after" recalls is dated by it; an incident report's is not its incident,
        # nor is a deed it tells, dated or not: "came a day after a bombing had killed 18".)
        background = (ctx.anchor is not None or _RECALLED_DEED.search(told) is not None) if days_before else (
            _is_background(sentence, date, relative, reference, told) or _before_incident(date, relative, ctx.anchor))
        marched = background and _MOURNING.search(told) is not None \
            and not _is_background(sentence, date, relative, reference, told, mourning=False)
        if ctx.anchor is not None and not sentence.headline and _SEPARATE.search(sentence.text):
            # An incident report's "in a separate operation the following day" is context for
            # the incident it reports, not its news.
            background, marched = True, False
        for typing in typings:
            # A weak word ("the fighting", "missiles") reports an event only next to casualties or
            # the armed actors doing it; a place alone is not enough (all news has places).
            armed = [a for a in clause_actors if a.kind in ("group", "state", "unidentified")]
            # ("Two suspects died": the attackers' dead are casualties too)
            if not typing.strong and not (killed or killed_extra or killed_attackers or injured or armed or refers
                                              or any(h.kind == DIED_LATER for h in counts)):
                continue
            trade = _ARMS_TRADE.search(clause) or _ARMS_MOVED.search(clause)
            if not typing.strong and not (killed or injured) and trade and (
                    offset + trade.start() < min(h.start for h in hits) or any(h.trigger.name.endswith("_noun") for h in hits)):
                # "a contract to sell Saudi Arabia 180 artillery systems" is trade, not shelling
                # (not "cut down olive trees ... and sold the wood")
                continue
            # Roles turn on the first word for the event: "X ambushed Y, killing Z" has X acting.
            candidates = [h for h in hits if h.event == typing.event and h.trigger.strong]
            colon = clause.find(": ")
            if colon > 0 and any(h.start > offset + colon for h in candidates):
                # "Beni massacre: ADF rebels kill 40": the label before the colon names the
                # event, the clause after it says who did what.
                candidates = [h for h in candidates if h.start > offset + colon]
            pivot = min(candidates, key=lambda h: h.start, default=typing.main)
            actors, recipients = _roles(clause_actors, pivot, sentence.text, sentence.start, counts)
            response = bool(_RESPONSE_TO_ATTACKER.search(clause))
            if response or (ctx.perpetrator_report and _FORCES_RESPONDED.search(clause)):
                # "Police shot and killed the assailant": the forces answered the attack; they are
                # neither its perpetrator nor its target.
                actors = [a for a in actors if a.type != "State forces"]
                recipients = [a for a in recipients if a.type != "State forces"]
            if typing.event not in ("ASSAULT", "PROTEST", "COERCE"):
                actors += [a.actor for a in speaker if a.actor not in actors]
            # (not a clause whose subject is its victims: "Four bystanders were wounded in the blast")
            if not actors and typing.event in ("ASSAULT", "MOBILIZE") and not c_start \
                    and not any(c.start <= pivot.start and not c.attackers for c in counts):
                inherited = _inherited(previous_actors, ctx.country)
                # (not one the clause names as struck: "Al-Shabaab fighters survived the airstrike")
                if inherited is not None and inherited.actor.name not in {r.name for r in recipients}:
                    actors.append(inherited.actor)
            # The clause reports an event that happened if any of its words for it does:
            # "shot and killed the assailant before he could detonate" happened.
            statuses = [trigger_status(sentence.text, h.start - sentence.start, h.end - sentence.start, typing.event)
                        for h in hits if h.event == typing.event and h.trigger.strong] or [
                trigger_status(sentence.text, typing.main.start - sentence.start, typing.main.end - sentence.start, typing.event)]
            main_status = trigger_status(sentence.text, typing.main.start - sentence.start,
                                         typing.main.end - sentence.start, typing.event)
            status = "occurred" if "occurred" in statuses and typing.event == "ASSAULT" else main_status
            mourners = marched and typing.event == "PROTEST"  # the dead they mourn are not theirs
            mentions.append(Mention(
                sentence=sentence.index, event=typing.event, modes=typing.modes,
                acled_sub_event_type=typing.acled_sub_event_type, status=status,
                background=background and not mourners,
                date=date, date_relative=relative,
                place=place, precision=precision if place else None, actors=tuple(actors),
                recipients=tuple(r for r in recipients if r not in actors),
                # (nor are the dead of the fighting that talks end, or troops answer, theirs)
                killed=None if mourners or typing.event in _TALKS else killed,
                injured=None if mourners or typing.event in _TALKS else injured,
                killed_attackers=killed_attackers, killed_extra=killed_extra, killed_perpetrators=killed_perpetrators, struck=struck, taken=taken, refers=refers,
                injured_extra=injured_extra,
                injured_died=sum(h.low for h in counts if h.kind == DIED_OF_INJURIES),
                died_later=sum(h.low for h in counts if h.kind == DIED_LATER),
                evidence=Span(offset, offset + len(clause.rstrip())), headline=sentence.headline,
                # (the forces' answer never types the attack it answered)
                rank=0 if response else typing.main.trigger.rank, strong=typing.strong, fallback_modes=typing.fallback_modes,
            ))
    # A country inside a group's name ("the Islamic State Central Africa Province") is no state.
    outside = [p for p in places if not any(a.start < p.end and p.start < a.end for a in actor_hits if a.kind == "group")]
    context = [a for a in country_actor_mentions(sentence, outside, ctx.actors, ctx.country, loose=True)
               if all(a.actor.country != b.actor.country or b.kind != "state" for b in actor_hits)]
    return mentions, sorted(actor_hits + context, key=lambda a: a.start)


def _shift(hit: ActorMention, offset: int) -> ActorMention:
    return ActorMention(hit.start + offset, hit.end + offset, hit.actor, hit.kind, hit.tags)


def _bare_adjective(hit: ActorMention, text: str, actors: ActorLexicon) -> bool:
    """'a pro-Palestinian rally': a country adjective alone, before no force or action noun, names
    no state forces ("Turkish shelling" and "Syrian troops" do)."""
    word = hit.actor.text.strip()
    return (hit.kind == "state" and " " not in word and word.lower() != word and "listed" not in hit.tags
            and actors.country_code(word) is not None and word not in (actors.country_name(actors.country_code(word)) or "")
            and not _ACTION_NOUN.match(text[hit.end:]))
