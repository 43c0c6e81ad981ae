"""Who is said to be responsible: claimed, suspected (by whom), unclaimed, denied or unknown.

The statuses follow GTD's claim fields: a claim is an actor's own statement; suspicion is what
sources, officials or the reporter attribute; "no group claimed" is unclaimed. When a report
says both "no group claimed" and "sources attributed the attack to X", the event is suspected
with X, as GTD codes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import ARMED_GROUP_TYPES, Actor, Attribution
from .actors import ActorMention

# Who speaks for the state, and how a group tells its own deed.
_AUTHORITIES = r"(?:police|officials?|authorities|army|military|investigators|government|ministry|spokes(?:man|woman|person))"
_STATEMENT_VERBS = r"(?:acknowledged|admitted|announced|claimed|said|stated|confirmed)"
_UNCLAIMED = re.compile(
    r"\b(?:no(?:\s+\w+)?\s+(?:group|one|organi[sz]ation|party|faction)\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+|formally\s+|officially\s+|"
    r"publicly\s+)?claimed|"
    r"(?:has|have|had|was|were)\s+not\s+(?:yet\s+|immediately\s+)?(?:been\s+)?claimed|"
    r"nobody\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+)?claimed|unclaimed|without\s+(?:a\s+)?claim|"
    # ("No one took responsibility for the blast, which officials attributed to the PKK")
    r"(?:no(?:\s+\w+)?\s+(?:group|one|organi[sz]ation|party|faction)|nobody|no-one)\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+)?"
    r"(?:took|taken|accepted|assumed|admitted)\s+responsibility|"
    # ("no claim of responsibility was made", "although the group did not claim the attack")
    r"no\s+(?:\w+\s+)?claims?\s+of\s+responsibility|no\s+(?:\w+\s+)?claims?\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?made|"
    r"(?:did|does|do|has|have|had)\s+not\s+(?:yet\s+|immediately\s+)?(?:claim(?:ed)?)\s+(?:responsibility|the\s+(?:\w+\s+)?(?:attack|bombing|"
    r"killing|kidnapping|abduction|assassination|ambush|raid|shooting|explosion|blast|hijacking)s?)\b)",
    re.IGNORECASE)
_CLAIMED = re.compile(
    # ("The group claimed to have killed a number of soldiers")
    # (not the defenders': "Villagers claimed to have killed two of the attackers")
    r"(?<!villagers\s)(?<!residents\s)(?<!locals\s)(?<!police\s)(?<!army\s)(?<!troops\s)(?<!soldiers\s)"
    r"\b(?:claimed|claims|claiming)\s+to\s+have\s+(?:killed|carried\s+out|destroyed|shot\s+down|downed|attacked|ambushed)\b"
    r"(?!\s+(?:\w+\s+){0,3}?(?:of\s+)?the\s+(?:attackers|assailants|raiders|bandits|gunmen)\b)|"
    # ("... but the Baloch Liberation Army claimed it later": the deed told before)
    r"\bclaimed\s+(?:it|them)(?=\s+(?:later|afterwards|the\s+next\s+day|days\s+later|hours\s+later|on\s+\w+day)\b|\s*[.;])|"
    r"\b(?:claimed|claims|claiming|admitted|took|takes|accepted|assumed|acknowledged)\s+(?:\w+\s+){0,2}?"
    # (not "claimed responsibility for security lapses": a failing owned, not an attack)
    r"(?:responsibility(?!\s+for\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:lapses?|failures?|failings?|mistakes?|errors?|negligence|"
    # ("JNIM claimed an attack on a convoy near Boni")
    # (not "The government claimed an attack on a mosque was carried out by Boko Haram")
    r"shortcomings|oversights?))|credit|(?:the|(?<=claimed\s)an?(?=\s+(?:\w+\s+)?(?:attack|ambush|bombing|raid)\s+(?:on|against)\b"
    r"(?![^.;,]{0,60}\b(?:was|were|had\s+been|is)\s+(?:\w+\s+)?(?:carried|committed|perpetrated|staged|the\s+work|imminent|"
    r"foiled|thwarted|planned|prevented|averted|by)\b))(?:\s+(?:suicide|deadly|rocket|mortar|drone|coordinated|complex))?)\s+"
    r"(?:attack|bombing|killing|kidnapping|abduction|assassination|ambush|raid|"
    r"shooting|explosion|blast|arson|hijacking|massacre|execution|beheading|murder|stabbing|siege|hostage-taking|sabotage|"
    r"(?:drone\s+|missile\s+|rocket\s+)?strike|airstrike|shelling|"
    r"operation)s?\b"
    # (not "The government claimed the massacre was the work of JNIM": someone else's deed)
    r"(?!\s+(?:was|were|is|are|had\s+been)\s+(?:the\s+work\s+of|carried\s+out\s+by|committed\s+by|perpetrated\s+by|staged\s+by|"
    r"orchestrated\s+by)\s+(?!(?:[\w\-]+\s+){0,4}?(?:its|their)\b)))|claim\s+of\s+responsibility|"
    # ("Amaq claimed that the attacker was a soldier of the Islamic State", "released a statement
    # saying that a fighter of the Islamic State had carried out the attack": the group's own man)
    # (a group's own word for its man, "soldier" or "fighter": "a member of Boko Haram" in an army
    # statement is the army's suspicion)
    r"\b(?:claimed|said|stated|announced)\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?(?:the\s+|an?\s+)?(?:attacker|assailant|bomber|gunman|perpetrator|driver)s?"
    r"\s+(?:was|were)\s+(?:an?\s+|one\s+of\s+the\s+)?(?:soldiers?|fighters?)\s+of\b|"
    r"\b(?:said|stated|announced|saying)\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?(?:an?\s+)?(?:soldier|fighter)\s+of\s+"
    r"(?:the\s+)?(?-i:[A-Z])[^.;]{0,60}?\bhad\s+(?:carried\s+out|conducted|perpetrated)\b|"
    # ("TTP later released a video of the hostages": GTD's claim by video)
    r"\b(?:released|posted|published|issued|circulated)\s+(?:a\s+|an?\s+online\s+)?(?:videos?|photos?|photographs?|images?|footage)\s+"
    r"(?:\w+\s+){0,2}?(?:of|showing)\s+(?:the\s+|two\s+|three\s+|four\s+|\d+\s+)?(?:\w+\s+)?(?:hostages|captives|abductees|"
    r"kidnapped|abducted|captured|attack|beheading|execution|bombing)\b|"
    # ("a note left next to the body stated that Maoists had killed him as a police informer")
    r"\b(?:note|letter|leaflet|pamphlet)\s+(?:(?:left|found|placed|pinned)\s+(?:[\w\-]+\s+){0,5}?)?(?:stated|said|claimed|declared)\s+"
    r"(?:that\s+)?(?:[\w\-()]+\s+){1,6}?(?:had\s+)?(?:killed|executed|beheaded|carried\s+out)\b|"
    # "acknowledged that it was holding the soldiers", "said its fighters had carried out the attack",
    # "claimed that it had killed 13 soldiers"
    # ("released a statement acknowledging that it was holding the pair")
    r"(?:acknowledged|admitted|announced|claimed|said|stated|confirmed|(?:statement|communiqu[eé]|video)\s+(?:acknowledging|"
    r"admitting|announcing|claiming|saying|stating|confirming))\s+"
    # ("ISWAP said in a statement on its Amaq outlet that it had targeted ...")
    r"(?:in\s+a\s+statement(?:\s+(?:on|via|through|carried\s+by|published\s+(?:by|on))\s+[^,.;]{1,40}?)?\s+)?(?:that\s+)?"
    # ("Al-Shabaab said its 'special forces' carried out the assassination", "The Houthis said they had targeted")
    # ("Al-Shabaab later said one of its fighters carried out the bombing")
    r"(?:it|they|(?:(?:one|some|two|three|several)\s+of\s+)?(?:its|their)\s+['‘’\"]?(?:[\w\-]+\s+)?"
    r"(?:fighters|militants|members|men|forces|units?|cadres|soldiers|mujahideen)['‘’\"]?)"
    r"\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:carried\s+out|conducted|perpetrated|was\s+behind|were\s+behind|(?:was|were|is|are)\s+holding|overr(?:an|un)|stormed|ambushed|"
    r"planted|detonated|set\s+off|targeted|attacked|assassinated|bombed|"
    r"(?:abducted|kidnapped|executed|killed(?![^.;]{0,80}\b(?:separate|another|earlier|previous)\b)))|"
    # ("The ELN acknowledged holding the hostages")
    r"\b(?:acknowledged|admitted)\s+(?:holding|carrying\s+out|kidnapping|abducting|killing|attacking|planting|detonating)\b|"
    # ("A Taliban spokesman, Qari Yousuf Ahmadi, said the movement carried out the blast": the group
    # the spokesman speaks for; not a police or army spokesman's word about it)
    r"(?<!police\s)(?<!army\s)(?<!military\s)(?<!government\s)(?<!ministry\s)(?<!official\s)(?<!governor's\s)(?<!governor’s\s)"
    # (a province's or district's spokesman speaks for the government, not for a group, unless he is
    # the group's own: "The Taliban's provincial spokesman")
    r"(?:(?<!provincial\s)(?<!district\s)|(?<='s\sprovincial\s)|(?<=’s\sprovincial\s)|(?<='s\sdistrict\s)|(?<=’s\sdistrict\s))"
    r"(?<!coalition\s)(?<!interior\s)\b(?:spokes(?:man|person|woman)|commander)\b"
    r"(?!\s+(?:for|of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:governor|police|ministry|coalition|army|military|"
    r"government|authorities|president|interior|defen[cs]e|forces|troops|mission|UN|NATO)\b)"
    # ("told Radio Ndeke Luka that the group had carried out the attack")
    r"[^.;]{0,80}?\b(?:said|stated|announced|confirmed|told\s+(?:[\w'’\-]+\s+){1,4}?)\s*(?:that\s+)?(?:the\s+(?:movement|group|organi[sz]ation)|they|"
    r"its\s+(?:fighters|militants|members|men|cadres))\s+(?:had\s+|have\s+|has\s+)?(?:carried\s+out|conducted|perpetrated|staged|"
    r"(?:was|were)\s+behind)\b",
    re.IGNORECASE)
# Who did it, as a statement about them names them.
_DOERS = r"(?:assailants?|attackers?|perpetrators?|kidnappers?|abductors?|gunmen|gunman|bombers?)"
_SUSPECTED = re.compile(
    # "suspected" as a verb ("sources suspected that X", "X is suspected"), not as an adjective
    # ("two suspected cattle thieves" were the victims).
    # ("State security officials said the attack had been ordered by the PCC")
    r"\b(?:said|stated|believed|suspected)\s+(?:that\s+)?the\s+(?:attack|killing|bombing|assault|shooting|ambush|raid|"
    r"arson|murder|assassination)\s+(?:had\s+been|was)\s+(?:ordered|organi[sz]ed|planned|carried\s+out|committed|"
    r"perpetrated)\s+by\b(?!\s+(?:one\s+of\s+)?(?:its|their)\b)|"
    # ("Police arrested three Awami League activists in connection with the attack": whom the
    # arrests name)
    # (a group's people, not a man named: "arrested Nathaniel Veltman, an unaffiliated extremist")
    r"\barrested(?=\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?"
    r"(?:(?:members|activists|supporters|militants|cadres)\s+of\s+(?:the\s+)?(?-i:[A-Z])|"
    r"(?-i:[A-Z])[\w'’\-]*(?:\s+[\w'’\-]+){0,4}?\s+(?:members|activists|supporters|militants|cadres)\b)"
    r"[^.;]{0,80}?\bin\s+connection\s+with\s+"
    r"(?:the|this)\s+(?:attack|assault|bombing|killing|blast|incident|arson|shooting|murder|abduction|kidnapping)\b)|"
    # (not "The Taliban and government forces blamed each other": no suspicion of either)
    # ("Local organisations pointed to FARC dissidents operating in the area")
    # (not "pointed to Monday's attack as proof that the army had failed")
    r"\b(?:attributed|pointed\s+(?:the\s+finger\s+)?(?:to|at)(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    r"(?!\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)(?![^.;]{0,60}\bas\s+(?:proof|evidence|an?\s+example|a\s+sign)\b)|"
    r"(?:blamed|blames|blaming)(?!\s+(?:each\s+other|one\s+another)\b)|suspect(?:ed|s)?(?=\s+(?:(?:that|of|to\s+be|the|a|an|"
    # ("police suspected local members of Jamaat-ul-Mujahideen Bangladesh")
    r"(?:local\s+|former\s+|rogue\s+|suspected\s+)?(?:members|remnants|elements|fighters|supporters|cadres|operatives))\b|(?:al|el|ash|as|ad|ar|an|at|az)-|(?-i:[A-Z])|"
    r"(?:[\w\-]+\s+){0,2}(?:extremists|supremacists|nationalists|separatists|jihadists|militants|anarchists|neo-Nazis|"
    r"republicans|loyalists|dissidents|Islamists|Maoists|leftists|insurgents)\b))|"
    r"(?:is|are|was|were|been|being)\s+(?:both\s+|also\s+|widely\s+|initially\s+|later\s+|strongly\s+)?suspected|"
    r"believed\s+to\s+(?:be|have\s+been)|"
    r"likely\s+(?:culprit|perpetrator|responsible)|(?:is|are|was|were)\s+(?:the\s+)?(?:likely|probable|prime|main)\s+(?:culprit|suspect)s?|"
    # ("police said the New IRA was the main line of inquiry")
    r"(?:is|are|was|were)\s+(?:the\s+)?(?:main|primary|chief|principal)\s+line\s+of\s+(?:inquiry|enquiry|investigation)|"
    # ("the main line of inquiry was that the New IRA was responsible")
    r"(?:main|primary|chief|principal)\s+line\s+of\s+(?:inquiry|enquiry|investigation)\s+(?:was|is)\s+that\s+(?=(?:the\s+)?(?-i:[A-Z]))|"
    # ("Police said Maoists had planted the device": the authorities' word on who did it)
    rf"\b{_AUTHORITIES}\s+"
    # ("said the Ismael Ruiz front of the Revolutionary Armed Forces of Colombia (FARC) dissidents had
    # carried out the attack": a group's name with its lower-case words)
    r"(?:[\w\-]+\s+){0,3}?(?:said|stated|believed|suspected)\s+(?:that\s+)?(?=(?:the\s+)?(?=(?-i:[A-Z]))"
    r"(?:(?:(?-i:[A-Z])[\w'’\-]*|of|the|and|front|faction|wing|cell|unit|column|dissidents|\((?-i:[A-Z])[\w\-]*\))\s+){1,14}?"
    r"(?:(?:had|have)\s+)?(?:planted|carried\s+out|attacked|set|detonated|placed|killed|abducted|kidnapped|targeted|ambushed|fired)\b"
    # (not another attack: "Police said LeT had attacked a similar post last year")
    r"(?![^.;]{0,80}\b(?:similar|separate|another|last\s+(?:year|month|week)|in\s+(?:19|20)\d\d|previously|earlier)\b))|"
    # "the military government accused the People's Defense Force (PDF).": a group named, then the end
    r"accused(?=\s+(?:(?:members|fighters|militants|elements|supporters)\s+of\s+)?(?:the\s+)?(?=(?:(?:al|el|ad|ash|as|ar|an|at|az)-)?(?-i:[A-Z]))(?:(?:(?:al|el|ad|ash|as|ar|an|at|az)-)?(?-i:[A-Z])[\w'’\-]*\s*|(?:in|of|the|and|for)\s+){1,8}(?:\((?-i:[A-Z])[\w\-]*\)\s*)?(?:[.;]|,\s+(?:who|which|although|though|but)\b)|"
    r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’\-]*\s*){1,8}"
    r"(?:\((?-i:[A-Z])[\w\-]*\)\s*)?(?:for|over)\s+(?:the\s+)?(?:attack|bombing|killing|blast|explosion|raid|assault)s?\b)|"
    r"(?:(?:was|were)\s+)?accused(?=\s+(?:[\w\-()'’]+\s+){0,12}?of\s+(?:\w+\s+){0,3}?(?:attacks?|bombings?|killings?|assaults?|raids?|blasts?|ambush(?:es)?|"
    r"massacres?|abductions?|kidnappings?|arson|shootings?|murders?|carrying|being\s+behind|staging|perpetrating|"
    r"orchestrating|planting|placing|planning|launching|firing|detonating|attacking|killing|murdering|abducting|"
    r"kidnapping|bombing|shooting|targeting|torching|burning|involvement|responsibility)\b)|"
    r"bore\s+(?:all\s+)?the\s+(?:hallmarks|signatures?)|hallmarks\s+of|"
    # ("the device was similar to those used by the Abu Sayyaf Group")
    # (not "wore uniforms similar to those used by the FARDC")
    r"(?<!uniforms\s)(?<!uniform\s)(?<!clothing\s)(?<!clothes\s)(?<!attire\s)(?<!fatigues\s)(?<!insignia\s)"
    r"similar\s+to\s+(?:those|the\s+ones|devices|bombs|the\s+devices)\s+used\s+by|"
    # (not "linked the assailant to two earlier shootings": other deeds, not a group)
    r"linked\s+(?:the\s+)?(?:\w+\s+){0,2}?to(?!\s+(?:\w+\s+){0,3}?(?:shootings?|attacks?|incidents?|killings?|bombings?|cases?|"
    r"crimes?|murders?|robber(?:y|ies)|thefts?|stabbings?)\b)|"
    # (not "investigating who was behind the shooting": nobody named)
    r"(?<!who\swas\s)(?<!who\swere\s)(?<!whoever\swas\s)(?<!determine\s)(?<!investigating\s)"
    r"behind\s+the\s+(?:attacks?|bombings?|killings?|blasts?|abductions?|kidnappings?|assassinations?|ambush(?:es)?|"
    r"raids?|arson|shootings?|massacres?|explosions?|murders?|beheadings?|hijackings?|stabbings?)|"
    r"responsible\s+for\s+the|"
    # ("Police said the KNLA was responsible, which the group denied"; "officials said Israeli settlers
    # from a nearby outpost were responsible.")
    r"(?:said|reported|stated|believed|suspected)\s+(?:that\s+)?(?:the\s+)?(?=(?-i:[A-Z]))[^.;]{2,80}?\s+(?:was|were)\s+"
    r"(?:responsible|to\s+blame)(?=\s*(?:[.;,]|$|\s+(?:although|but|which|though)\b))|"
    # ("Police held the Karen National Liberation Army responsible")
    r"\bheld\s+(?:the\s+)?(?=(?-i:[A-Z]))[^.;]{2,80}?\s+responsible\b(?!\s+for\s+(?:protecting|security|the\s+safety))|"
    # "provincial officials said Taliban fighters were holding them"
    r"(?:stated|said|reported|indicated|noted|believed)\s+(?:that\s+)?(?=(?:the\s+)?(?:(?:al|el|ash|as|ad|ar|an|at|az)-)?(?:(?-i:[A-Z])[\w'’\-]*\s+){1,4}"
    r"(?:fighters|militants|members|insurgents|rebels|gunmen)\s+(?:were|was)\s+(?:behind|responsible\s+for\s+the|"
    # (who hold the captives, not "holding talks")
    r"holding\s+(?!(?:talks|a\s+meeting|meetings|consultations|negotiations|positions|ground|territory|elections?|a\s+press|"
    r"a\s+rally|rallies|prayers|out|on|back|up)\b)(?!(?:the\s+|a\s+)?(?:[\w\-]+\s+)?(?:city|town|village|area|district|base|"
    r"positions?|territory|airport|bridge|road|port|line|front|hill|mountain)\b)(?:them|him|her|the\s+|a\s+|an\s+|\d+\s+|"
    r"(?:\w+\s+){0,3}?[a-z]+s\b)))|"
    # "police stated that the assailants were neo-Nazi extremists"
    # ("residents said the kidnappers were Al-Shabaab fighters", "the SDF said the assailants
    # belonged to an Islamic State of Iraq and the Levant (ISIL) cell")
    rf"(?:stated|said|reported|indicated|noted)\s+(?:that\s+)?the\s+{_DOERS}\s+"
    r"(?:were|was|belonged\s+to)(?=\s+(?:members\s+of\s+)?(?:an?\s+|the\s+)?(?:(?:al|el|ash|as|ad|ar|an|at|az)-)?(?-i:[A-Z])"
    # (not who they were by birth or tongue: "the bombers were Pakistani nationals", "Somali-speaking")
    r"(?![\w\-]*(?:-speaking|\s+(?:nationals?|citizens|origin|descent|speakers|men|women|youths?|students|immigrants|"
    r"migrants|refugees|residents|teenagers)\b))|"
    r"\s+(?:members\s+of\s+)?(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:extremists?|supremacists?|nationalists?|separatists?|jihadists?|militants?|anarchists?|neo-Nazis?|Islamists?|"
    r"Maoists?|cell|gang|group|faction|movement|scene|herdsmen|herders|republicans|loyalists|rebels|insurgents|"
    r"bandits|militiamen|militia|fighters)\b))", re.IGNORECASE)
# A group's word that it did not do it ("denied involvement", "rejected claims", "denied carrying out").
DENIAL = (r"(?:denied|denies|deny|rejected)\s+(?:\w+\s+){0,2}?(?:responsibility|involvement|any\s+role|claims|carrying\s+out|"
          r"being\s+behind)")
_DENIED = re.compile(r"\b" + DENIAL, re.IGNORECASE)


@dataclass(frozen=True)
class AttributionHit:
    start: int
    end: int
    attribution: Attribution
    actor: Actor | None = None
    others: tuple[Actor, ...] = ()  # further groups the same statement names


# The group a statement names when it is not in our lexicon: "attributed the attack to Fulani
# extremists", "suspected that Israeli settlers carried out". The phrase itself becomes the actor.
_TARGET = re.compile(
    # (not "were blamed for both attacks": the group is the subject, told before)
    # (the deed told in a few words: "attributed the wave of attacks to")
    r"\b(?:arrested\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?(?:(?:members|activists|supporters|militants|cadres)\s+of)?"
    r"(?=[^.;]{0,120}?\bin\s+connection\s+with\b)|"
    r"attributed\s+(?:the\s+)?(?:\w+\s+){0,4}?to|blamed(?!\s+(?:by|for|over|each\s+other|one\s+another)\b)(?:\s+(?:\w+\s+){0,2}?on)?|suspected\s+of\s+being|"
    # ("gunmen believed to be herders", not "believed to have been killed" nor "to be in his 30s")
    r"(?:[Ss]uspected|believed)\s+(?:that\s+|to\s+be\s+(?!(?:killed|injured|wounded|dead|in|from|hiding|among|behind|responsible|linked|aged)\b))?|"
    r"claimed\s+by|carried\s+out\s+by|(?:ordered|organi[sz]ed|planned|committed|perpetrated)\s+by|"
    r"linked\s+(?:the\s+)?(?:\w+\s+){0,2}?to|"
    rf"(?:stated|said|reported|indicated|noted)\s+(?:that\s+)?the\s+{_DOERS}\s+"
    r"(?:were|was|belonged\s+to)(?:\s+members\s+of)?)(?:\s+|(?<=\s))(?:the\s+|a\s+|an\s+|some\s+)?"
    # ("the Revolution and Justice (RJ) armed group": the group's kind after its initials)
    r"(?P<who>(?:[A-Za-z][\w'’\-]*\s+){0,8}?(?:[A-Z][\w'’\-]*|[\w\-]*\w(?:ists?|ers|ants|ents|ias|es|s|men))"
    r"(?:\s+\([A-Z][\w\-]*\)(?:\s+(?:armed\s+|rebel\s+)?(?:group|movement|militia))?)?)"
    # ("Gunmen believed to be herders attacked ...": the verb of the sentence ends the group)
    r"(?=\s+(?:who|which|that|carried|were|was|had|have|in|from(?!\s+(?:the\s+)?(?-i:[A-Z]))|as|and\s+(?:stated|said|noted|added)|"
    r"attacked|killed|stormed|raided|ambushed|abducted|kidnapped|opened|shot|set|burned|torched|fired|"
    r"assaulted|beat|hacked|stabbed|looted|seized|detonated|planted|threw|bombed|targeted|"
    # ("Hindu extremists linked to the Abhinav Bharat group")
    r"linked|associated|loyal|affiliated|allied|tied|connected|"
    # ("suspected Chechen rebels sheltering in the gorge", "blamed the Zetas for the attack")
    r"(?!during\b|according\b)[a-z]+ing|based|"
    r"(?:of|for)\s+(?:the\s+|an?\s+)?(?:attacks?|incidents?|"
    r"bombings?|killings?|abductions?|arson|fires?|shootings?|stabbings?|murders?|assaults?|raids?|carrying|being|having)\b|"
    r"militants?\s+(?:who|were))\b|\s*[.,;:)]|\s*$)")
# "A group calling itself Vulkangruppe claimed responsibility", "an anarchist group, Vulkangruppe,
# claimed", "Fuoco Nero, an anarchist group, claimed": the proper name just before the claim.
# "An anarchist cell claimed responsibility": a group named only by its cause.
_CAUSE_GROUP = re.compile(r"\b(?:an?|the)\s+(?P<who>(?:[\w\-]+\s+){1,2}?(?:group|cell|collective|organi[sz]ation|movement)"
                          # ("A group of anarchists claimed responsibility")
                          r"|(?:group|cell|collective|band)\s+of\s+[a-z\-]+ists)\s+"
                          r"(?:later\s+|reportedly\s+)?(?:claimed|claims|took)\s+(?:\w+\s+){0,2}?(?:responsibility|credit|"
                          # ("An anarchist group claimed the arson in a text published online")
                          r"(?<=claimed\s)the\s+(?:arson|attack|bombing|blast|killing|assassination|sabotage|fire))\b",
                          re.IGNORECASE)
_CLAIMANT = re.compile(r"(?P<who>(?:[A-Z][\w'’\-]*)(?:\s+(?:[A-Z][\w'’\-]*|of|the|and|al|for|in|\([A-Z][\w\-]*\))){0,10}"
                       r"(?:\s+(?:activists|militants|extremists|separatists|rebels|insurgents|fighters|nationalists))?)"
                       r"(?:\s+|,\s+|,\s+an?\s+[^,.;]{2,60},\s+)(?:has\s+|have\s+|had\s+|later\s+|reportedly\s+)?"
                       r"(?:formally\s+|officially\s+|publicly\s+|quickly\s+|swiftly\s+)?"
                       r"(?:claimed|claims|claiming|took|accepted)\b")
# GTD's way of naming a suspect's cause: "police later arrested John Doe, an unaffiliated
# anti-Muslim extremist", "identified the assailant as a white supremacist".
# The names GTD gives the causes of lone attackers.
# The causes GTD names lone attackers' groups by, as the press words them (see _GTD_CAUSES).
_CAUSE_WORDS = (r"(?:anti-?semitic|anti-Muslim|anti-Islamic|anti-immigrant|white\s+supremacist|neo-Nazi|"
                r"(?:far|right|left)[\s\-](?:right|left|wing))")
_GTD_CAUSES = {"anti government": "Anti-Government extremists", "antisemitic": "Anti-Semitic extremists",
               "anti semitic": "Anti-Semitic extremists", "anti muslim": "Anti-Muslim extremists",
               "anti islamic": "Anti-Muslim extremists", "anti immigrant": "Anti-Immigrant extremists",
               "white supremacist": "White supremacists/nationalists", "neo nazi": "White supremacists/nationalists",
               "anti abortion": "Anti-Abortion extremists", "right wing": "Right-wing extremists",
               "far right": "Right-wing extremists", "left wing": "Left-wing extremists",
               "far left": "Left-wing extremists"}
_DESCRIBED = re.compile(
    # "Leaflets demanding the return of ancestral Mapuche lands were found at the site": the cause's
    # followers, as GTD names them
    r"\b(?:leaflets?|pamphlets?|posters?|banners?|flyers?|graffiti)\b[^.;]{0,40}?\b(?:demanding|calling\s+for|supporting|"
    r"in\s+support\s+of|denouncing|referring\s+to|about)\b[^.;]{0,80}?\b(?P<cause>Mapuche|anarchist)\b"
    r"(?=[^.;]{0,120}\b(?:found|left|scattered|discovered|posted|strewn)\b)|"
    # "The assailant, an anti-abortion extremist, was arrested"
    # "Police said the assailant was an anti-Semitic extremist"
    # ("The suspect, who shouted religious slogans, was described by investigators as a jihadi-inspired extremist")
    r"\b(?:the\s+)?(?:assailant|attacker|perpetrator|suspect|gunman|shooter|driver)(?:\s*,\s+(?:who|an?)\s[^,;.]{1,80},)?"
    r"\s+(?:was|is)\s+(?:(?:described|identified|characteri[sz]ed)\s+(?:by\s+(?:[\w\-]+\s+){1,3}?)?as\s+)?an?\s+(?:self-described\s+)?"
    r"(?P<who3>(?:[\w\-]+\s+){0,3}?(?:extremist|supremacist|nationalist|separatist|jihadist|neo-Nazi|incel|anarchist)s?)\b|"
    # "he had pledged allegiance to the Islamic State", "had been viewing Islamic State propaganda": a
    # lone attacker GTD codes as "Jihadi-inspired extremists", not as the group's own man
    # (not a victim's past told by kin: "Relatives said he had pledged allegiance to the Islamic State in 2014")
    r"(?<!relatives\ssaid\s)(?<!family\ssaid\s)(?<!relatives\sclaimed\s)"
    r"\b(?:he|she|the\s+(?:assailant|attacker|perpetrator|suspect|gunman|shooter|driver|stabber|man|woman|youth|teenager|"
    r"\d+-year-old(?:\s+(?:man|woman|attacker|assailant|suspect|gunman))?))"
    # ("the 19-year-old attacker, who was arrested at the scene, had pledged ...", "the assailant had
    # shouted "Allahu Akbar" and had been consuming Islamic State propaganda")
    r"(?:\s*,\s+(?:who|an?|the)\s[^,;.]{1,80},)?(?:\s+(?:had\s+)?[a-z]+ed\s[^.;]{1,40}?\s+and)?"
    r"\s+(?:had\s+)?(?:also\s+)?"
    r"(?:(?:pledged|sworn|swore)\s+(?:his\s+|her\s+)?(?:allegiance|loyalty)\s+to|expressed\s+support\s+for|(?:been|was)\s+inspired\s+by|"
    r"(?:been|was)\s+radicali[sz]ed\s+(?:online\s+|on\s+the\s+internet\s+|via\s+social\s+media\s+)?(?:by|through)|"
    r"shown\s+sympathy\s+for|sympathi[sz]ed\s+with|(?:been\s+)?(?:viewing|watching|watched|viewed|consuming|reading|"
    r"sharing|following)(?=\s+(?:the\s+)?(?:Islamic\s+State|IS|ISIS|ISIL|jihadist)\s+(?:propaganda|videos|material|content)))\s+(?:the\s+)?"
    r"(?P<jihad>Islamic\s+State|ISIS|ISIL|IS|Daesh|al-Qaida|al-Qaeda|Al\s+Qaeda|jihadist)\b(?![^.;]{0,30}\bin\s+(?:19|20)\d\d\b)|"
    # "the assailant held anti-government views": a lone attacker's cause, as GTD names it (the
    # attacker named as such: "a journalist who held anti-government views" was the victim)
    # ("the 26-year-old attacker held right-wing extremist views")
    r"\bthe\s+(?:\d+-year-old\s+)?(?:assailant|attacker|perpetrator|suspect|gunman|shooter|driver|stabber)\s+(?:had\s+)?(?:also\s+)?"
    rf"(?:held|expressed|espoused|posted|shared|published)\s+(?P<views>anti-government|anti-abortion|{_CAUSE_WORDS})"
    r"\s+(?:extremist\s+)?(?:views|beliefs|messages|posts|material|slogans|ideas|propaganda)\b|"
    # "sprayed anti-Muslim slogans on the walls", "Far-right graffiti was found on an adjacent wall":
    # the cause written at the scene
    rf"\b(?:sprayed|painted|scrawled|daubed|wrote|left)\s+(?P<views2>{_CAUSE_WORDS})\s+(?:slogans|graffiti|messages|symbols)\b|"
    # ("he had been radicalised by far-right material online": that cause's group)
    rf"\bradicali[sz]ed\s+(?:online\s+)?(?:by|through|with|on)\s+(?:\w+\s+){{0,2}}?(?P<views4>{_CAUSE_WORDS})|"
    rf"\b(?P<views3>{_CAUSE_WORDS})\s+(?:slogans|graffiti|messages|symbols)\s+(?:was|were)\s+(?:\w+\s+)?"
    r"(?:found|left|sprayed|painted|scrawled|discovered|daubed)\b|"
    # "authorities said both suspects were anarchists"
    r"\b(?:both|all|the\s+two|the\s+three|the)\s+(?:assailants|attackers|perpetrators|suspects|gunmen)\s+(?:were|are)\s+"
    r"(?!(?:not|never|no)\b)(?P<who4>(?:[\w\-]+\s+){0,3}?(?:extremists|supremacists|nationalists|separatists|jihadists|neo-Nazis|"
    r"incels|anarchists))\b|"
    r"\b(?:the\s+)?(?:assailant|attacker|perpetrator|suspect|gunman|shooter|driver)\s*,\s+an?\s+(?:self-described\s+)?"
    r"(?P<who2>(?:[\w\-]+\s+){0,3}?(?:extremist|supremacist|nationalist|separatist|jihadist|neo-Nazi|incel|anarchist|activist)s?)\s*,|"
    r"\b(?:arrested|apprehended|detained|identified|named|described\s+(?:him|her|them|the\s+\w+))\s+(?:(?:the\s+)?(?:assailant|attacker|perpetrator|suspect|gunman|driver)\s*,?\s+)?"
    r"(?:(?:[A-Z][\w'’\-]*(?:\s+|(?=,))){1,4}?,\s+|as\s+)(?:an?\s+)(?:unaffiliated\s+|self-described\s+|suspected\s+|alleged\s+)?"
    r"(?P<who>(?:[\w\-]+\s+){0,3}?(?:extremist|supremacist|nationalist|separatist|jihadist|neo-Nazi|incel)s?)\b|"
    # "sources identified the driver, Osama Mansour, as a Palestinian national": GTD's
    # "Palestinian Extremists", the lone attacker's cause told by who he is
    r"\bidentified\s+(?:the\s+)?(?:assailant|attacker|perpetrator|suspect|gunman|driver|stabber)\s*,?\s+"
    r"(?:(?:[A-Z][\w'’\-]*(?:\s+|(?=,))){1,4}?,\s+)?as\s+an?\s+(?:\d+-year-old\s+)?(?P<people>Palestinian)\b"
    r"(?!\s+(?:journalist|reporter|photographer|cameraman|doctor|nurse|medic|paramedic|teacher|student|worker|labourer|"
    r"farmer|child|boy|girl|official|civilian|shopkeeper|taxi|bus|truck))",
    re.IGNORECASE)
# "he had been radicalised online", no cause named, of an attacker who cried "Allahu Akbar": GTD's
# "Jihadi-inspired extremists" (the cry or a jihadist group named somewhere in the text says which cause)
# (not "was not radicalised", nor one radicalised "by far-right material")
_RADICALISED = re.compile(r"\b(?:he|she|the\s+(?:assailant|attacker|perpetrator|suspect|gunman|shooter|stabber|man|woman))\s+"
                          r"(?:had\s+been|was|were|had\s+become|became|(?:is|was)\s+(?:believed|thought|said)\s+to\s+have\s+been)\s+"
                          r"(?:(?!not\b|never\b)\w+\s+)?radicali[sz]ed\b"
                          rf"(?!\s+(?:online\s+)?(?:by|into|through|with|on)\s+(?:\w+\s+){{0,2}}?(?:{_CAUSE_WORDS}|anarchist|incel))",
                          re.IGNORECASE)
_JIHADI_CUE = re.compile(r"\bAllahu\s+Akbar\b|\bjihad|\b(?:Islamic\s+State|ISIS|ISIL|Daesh)\b", re.IGNORECASE)
# (a cry denied, "did not shout 'Allahu Akbar'", or a group named as the attacker's grievance, "revenge
# for Islamic State attacks", is no cue)
_CUE_DENIED = re.compile(r"(?:\b(?:not|never|n['’]t)\b[^.;]{0,25}|\b(?:revenge\s+for|against|victims\s+of)\s+(?:the\s+)?)$",
                         re.IGNORECASE)
# A cause's views told only to be doubted: "there was no evidence the attacker held far-right views".
_DOUBTED = re.compile(r"\b(?:no\s+(?:evidence|indication|sign|suggestion)|not\s+(?:clear|known)|unclear|ruled\s+out|"
                      r"denied|dismissed|(?:did|does|had)\s+not)\b[^.;]{0,40}$", re.IGNORECASE)
# The driver who drove at people: "An assailant drove his vehicle into soldiers".
_DRIVER_STRUCK = re.compile(r"\b(?:driver|assailant|attacker|perpetrator|suspect|Palestinian|man|motorist|he)\s+(?:\w+\s+){0,2}?"
                            r"(?:rammed|drove\s+(?:his|her|a|an|the)\b|ran\s+over|ploughed|plowed)", re.IGNORECASE)
# "the suspect was a supporter of the Islamic State", "he told police he was a member of the
# Proud Boys", "a suspect who they said belonged to the FARC dissidents": the group is suspected.
_ADHERENT = re.compile(r"\b(?:was|were|is|are|as)\s+(?:an?\s+)?(?:supporters?|members?|followers?|sympathi[sz]ers?|adherents?)\s+of\s+"
                       r"(?:the\s+)?(?=(?-i:[A-Z]))|\bbelong(?:ed|s|ing)?\s+to\s+(?:the\s+|an?\s+(?=dissident\s|splinter\s))?"
                       r"(?=(?-i:[A-Z])|dissident\s|splinter\s)", re.IGNORECASE)
_ADHERENT_SUBJECT = re.compile(r"\b(?:suspects?|assailants?|attackers?|gunm[ae]n|perpetrators?|bombers?|shooters?|"
                               r"driver|he|she)\b(?![^.;]*\b(?:dead|victims?|slain|killed)\b)", re.IGNORECASE)
# "claimed the attack on behalf of the group Revolutionary Self-Defense"
_ON_BEHALF = re.compile(r"\s+on\s+behalf\s+of\s+(?:the\s+)?(?:group\s+|organi[sz]ation\s+)?"
                        r"(?P<who>(?-i:[A-Z])[\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|the|and|for|de|del|la))*(?:\s+\([A-Z][\w\-]*\))?)")
# "Posters left at the site by the CPI-Maoist", "A note ... was signed by X": a claim.
_SIGNED = re.compile(r"\b(?:posters?|leaflets?|pamphlets?|notes?|letters?|banners?|graffiti|communiqu[eé]s?|messages?)\b[^.;]{0,80}?"
                     r"\b(?:signed|left|issued|written|posted|sent)\s+(?:\w+\s+){0,4}?by\s+(?:the\s+)?(?=(?-i:[A-Z]))|"
                     # ("Pamphlets referring to the Weichan Auka Mapu (WAM) were found at the site")
                     # (not leaflets "referring to the ELN as terrorists", dropped by the army)
                     r"\b(?:posters?|leaflets?|pamphlets?|notes?|letters?|banners?|graffiti)\s+(?:referring\s+to|referencing|mentioning|"
                     r"citing|invoking|alluding\s+to|in\s+the\s+name\s+of)\s+(?:the\s+)?(?=(?-i:[A-Z]))(?![^.;]{0,60}\bas\s+(?:an?\s+)?\w+)"
                     r"(?![^.;]*\b(?:dropped|distributed|issued|scattered)\s+by\s+(?:the\s+)?(?:army|police|military|government|"
                     r"authorities|troops|soldiers)\b)|"
                     # ("Pamphlets left at the site bore the name of the CPN")
                     r"\b(?:posters?|leaflets?|pamphlets?|notes?|letters?|banners?|flags?|graffiti)\b[^.;]{0,60}?\b(?:bore|bearing|carried|"
                     r"carrying)\s+the\s+(?:name|initials|acronym|signature|logo|insignia|emblem)\s+of\s+(?:the\s+)?|"
                     # ("A caller claiming to represent ETA had telephoned a warning")
                     r"\b(?:an?\s+)?(?:anonymous\s+)?(?:caller|phone\s+call|telephone\s+call|man|person|statement|message)\s+"
                     r"(?:claiming|purporting|saying)\s+to\s+(?:represent|be\s+from|speak\s+for|come\s+from|be)\s+(?:the\s+)?"
                     r"(?=(?-i:[A-Z]))", re.IGNORECASE)
# (the state as the verb's subject, not as the one who told it: "Police said the attackers scattered leaflets")
_STATE_HANDOUT = re.compile(r"\b(?:army|police|military|troops|soldiers|authorities|officials|government|gendarmes)\s+"
                            r"(?:later\s+|also\s+|had\s+|have\s+|then\s+)?"
                            r"(?:dropped|distributed|handed\s+out|issued|scattered|circulated|posted)\s+(?:\w+\s+)?"
                            r"(?:leaflets?|pamphlets?|posters?|flyers?|notices?)\b", re.IGNORECASE)
# A group's full name, of two or more capitalised words or with its initials in brackets.
_UNLISTED_GROUP = re.compile(r"(?P<who>[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w'’\-]*){1,7}(?:\s+\([A-Z][\w\-]{1,10}\))?"
                             r"|[A-Z][\w'’\-]*\s+\([A-Z][\w\-]{1,10}\))")
_STATEMENT_OF = re.compile(rf"{_STATEMENT_VERBS}\s", re.IGNORECASE)
_ANOTHER_DEED = re.compile(r"\b(?:separate(?:ly)?|another\s+(?:attack|incident|raid|bombing|ambush))\b", re.IGNORECASE)
# A bare "it"/"they" claims for the group that says it only when the group is the subject right
# before ("The Houthis said they had targeted"; not "Residents said they had attacked the fighters").
_BARE_CLAIMANT = re.compile(rf"\b{_STATEMENT_VERBS}\s+(?:in\s+a\s+statement[^,.;]{{0,50}}?\s+)?"
                            r"(?:that\s+)?(?:it|they)\s", re.IGNORECASE)
# A claim that came after all: "No one took responsibility for the bombing, but the BLA claimed it later".
# (not "but the army claimed it was the work of JNIM", "though JNIM claimed it had nothing to do with it")
_CLAIMED_AFTER_ALL = re.compile(r"[^.;]{0,80}?\b(?:but|although|though|however|until)\b[^.;]{0,80}?\bclaimed\s+"
                                r"(?:it|them|responsibility|credit|the\s+(?:\w+\s+)?(?:attack|bombing|blast|killing|ambush|raid|kidnapping))\b"
                                r"(?!\s+(?:was|were|is|had|has|as|to)\b)", re.IGNORECASE)
# The one killed is the attack's own doer: "the IS-K commander behind the bombing".
_BEHIND_IT = re.compile(r"[^.;]{0,60}?\b(?:(?:behind|responsible\s+for)\s+(?:the|this|that|it)\b|"
                        r"(?:mastermind|planner|organi[sz]er|ringleader|perpetrator|attacker|bomber)s?\s+(?:of|behind)\b)",
                        re.IGNORECASE)
_AUTHORITIES_SAID = re.compile(rf"{_AUTHORITIES}\s", re.IGNORECASE)
_GROUP_HEAD = re.compile(r"\b(?:Front|Army|Party|Morcha|Sangh|Parishad|Movement|Organi[sz]ation|Brigade|Council|Committee|"
                         r"Liberation|Cell|Column|Forces|Group|Alliance|Union|Mujahideen|Jamaat|Tehreek|Lashkar|Jaish|"
                         r"Commandos?|Battalion|Militia|Resistance|Revolutionary|Guerrilla)\b")
_TITLE_FIRST = re.compile(r"(?:Superintendent|Officer|Collector|Inspector|Commissioner|Minister|Governor|President|Mayor|"
                          r"Dr|Mr|Mrs|Ms|Chief|Deputy|District|Divisional|Senior|Station)\b")
_NOT_ACTORS = re.compile(r"^(?:the\s+)?(?:attack|incident|attacks|incidents|it|them|responsibility|killing|bombing|people|police|authorities|sources|officials)$"
                         r"|^(?:for|of|over|on|in|to|by|with|from|his|her|their|its|my|our)\b"
                         # ("she believed the attack was linked to her reporting": the deed, not a doer)
                         r"|^(?:the\s+)?(?:attack|incident|blast|bombing|killing|shooting|assault|arson|fire)\s+(?:was|were|is|had)\b",
                         re.IGNORECASE)

# Between the claimants of a joint claim and before the claim: "Lashkar-e-Jhangvi and
# Tehrik-i-Taliban Pakistan (TTP) both claimed responsibility".
_CLAIMANTS_JOINED = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)")
_CLAIMANTS_END = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:(?:both|jointly|together|have|has|had|later|also)\s+)*")


def _joint_claimants(text: str, offset: int, start: int, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The groups that claimed an event together, first named first; none unless two or more
    named groups are the claim's whole subject."""
    groups = sorted((a for a in actors if a.kind == "group" and a.end <= start), key=lambda a: a.start)
    # (an acronym in brackets is the name before it again)
    groups = [a for i, a in enumerate(groups) if not (i and groups[i - 1].actor.name == a.actor.name
                                                      and re.fullmatch(r"\s*\(", text[groups[i - 1].end - offset:a.start - offset]))]
    if not groups or _CLAIMANTS_END.fullmatch(text, groups[-1].end - offset, start - offset) is None:
        return []
    chain = [groups[-1]]
    for before in reversed(groups[:-1]):
        if _CLAIMANTS_JOINED.fullmatch(text, before.end - offset, chain[0].start - offset) is None:
            break
        chain.insert(0, before)
    return chain if len({a.actor.name for a in chain}) > 1 else []


def _nearest_group(actors: Sequence[ActorMention], start: int, end: int, window: int = 140) -> ActorMention | None:
    """The named group closest to a claim phrase (groups only: 'gunmen' claim nothing)."""
    # (not forces inside the phrase: "Al-Shabaab said its 'special forces' carried out", the group's own men)
    # (a movement that took the state later was a group: "said Taliban fighters were responsible")
    groups = [a for a in actors if a.kind in ("group", "state")
              and not (a.kind == "state" and "movement" not in a.tags and start <= a.start and a.end <= end)
              and abs((a.start + a.end) // 2 - (start + end) // 2) <= window]
    return min(groups, key=lambda a: abs((a.start + a.end) // 2 - (start + end) // 2), default=None)


# Whom hired men serve ("hired gunmen working for local ranchers", "paid by the cartel").
_IN_SERVICE = r"(?:hired|paid|working|employed|sent|recruited|acting)"
_SERVED_BY = re.compile(rf"\s+{_IN_SERVICE}\s+(?:for|by|on\s+behalf\s+of)\s+(?:the\s+)?", re.IGNORECASE)
_SAID_INSIDE = re.compile(r"\s+(?:(?:they|he|she|officials|police|authorities)\s+(?:said|say|says|believed|claimed)|"
                          r"(?:was|were|is|are|that|which|who|but|while|although|though|yet)(?=\s))")
_BARE_UNIT = re.compile(r"(?:(?:a|an|the)\s+)?(?:[a-z][\w\-]*\s+)?(?:cell|cells|group|groups|network|faction|unit|gang|ring)")
_HIRED_HANDS = re.compile(r"(?:(?:the|an?|some)\s+)?(?:[a-z][\w\-]*\s+){0,2}?(?P<head>gunm[ae]n|hitm[ae]n|assailants?|attackers?|men|"
                          r"killers|thugs|criminals|individuals|persons|people|assassins)"
                          rf"(?:\s+{_IN_SERVICE}\b.*)?", re.DOTALL)
_GENERIC_SUSPECT = re.compile(
    r"^(?:an?\s+|some\s+)?(?:unidentified\s+|unknown\s+)?(?:armed\s+(?:group|groups|men|individuals)|gunmen|"
    r"militants|assailants|attackers|bandits|men)\s+from\s+(?P<where>.+)$", re.IGNORECASE)


def _suspects(text: str, offset: int, start: int, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """Who a statement of suspicion names: the named groups of its target phrase ("attributed
    the killing to the Lake Chad faction (ISWAP) of Boko Haram" names both), else the phrase itself
    ("Israeli settlers", "Fulani extremists": not the Israeli state, not a listed group)."""
    m = _TARGET.search(text, max(0, start - offset - 40))
    if not m or _NOT_ACTORS.match(m.group("who")):
        return []
    lo, hi = offset + m.start("who"), offset + m.end("who")
    if said := _SAID_INSIDE.search(m.group("who")):
        # "blamed a cell they said was trained in Iran": the group is what comes before the aside
        hi = lo + said.start()
        if _BARE_UNIT.fullmatch(text[lo - offset:hi - offset]):
            return []  # ("a cell"): nobody named
    # "Return, Reclamation, Rehabilitation (3R)": a name with commas goes on to its acronym.
    more = re.match(r"(?:,\s*(?:and\s+)?[A-Z][\w\-]*)+\s*\([^()]{1,12}\)", text[hi - offset:])
    if more:
        hi += more.end()
    # "fighters loyal to the Islamic State": men named by the group they serve, which is the suspect
    # (but "Hindu extremists linked to the Abhinav Bharat group" are the suspects themselves).
    serve = _SERVING.match(text, hi - offset) if _GENERIC_MEN.fullmatch(m.group("who").strip()) else None
    if serve:
        hi += serve.end() - (hi - offset)
    # Named groups, and state forces named as forces ("Syrian government forces"); a bare
    # adjective ("a Palestinian extremist") names no state.
    # ("blamed Libya": the state by its country's name; not "an armed group from the DRC", whose
    # country says where the men came from)
    named = [a for a in actors if lo <= a.start < hi and (
        a.kind == "group" or (a.kind == "state" and (" " in a.actor.text.strip() or (
            a.start == lo and a.actor.name.startswith("Government of")))
            and not re.search(r"\bfrom\b", text[lo - offset:a.start - offset])))]
    # "blamed the Eastern Security Network, the armed wing of IPOB": the group it serves too
    wing = _WING_OF.match(text, hi - offset)
    if named and wing:
        named += [a for a in actors if a.kind == "group" and offset + wing.end() <= a.start <= offset + wing.end() + 4][:1]
    elif named and (whose := _WHOSE_WING.match(text, hi - offset)):
        # "the Al-Qassam Brigades, Hamas's armed wing"
        named += [a for a in actors if a.kind == "group" and offset + whose.start("who") <= a.start < offset + whose.end("who")][:1]
    if named:
        return named
    # "blamed Colombian irregular armed groups, which sources identified as the 10th Front of the
    # FARC dissidents": the groups the description goes on to name
    known = _IDENTIFIED_AS.match(text, hi - offset)
    if known:
        named = [a for a in actors if a.kind == "group" and offset + known.end() <= a.start <= offset + known.end() + 80
                 and not re.search(r"[.;]", text[known.end():a.start - offset])]
        if named:
            return named[:2]
    who = text[lo - offset:hi - offset].strip()
    generic = _GENERIC_SUSPECT.match(who)
    if generic:
        # "an armed group from the DRC": nobody named, ACLED's Unidentified Armed Group.
        where = re.sub(r"\s*\([^)]*\)\s*$|^the\s+", "", generic.group("where").strip())
        name = f"Unidentified Armed Group ({where})"
        head = who[:generic.start("where")].rstrip().removesuffix(" from")
        return [ActorMention(lo, hi, Actor(head, name, "Political militia", None), "unidentified")]
    if hands := _HIRED_HANDS.fullmatch(who):
        # "blamed hired gunmen working for local ranchers": men nobody has named; but "working for
        # the Sinaloa Cartel" names whom they served
        served = _SERVED_BY.match(text, hi - offset)
        boss = next((a for a in actors if a.kind == "group" and served and offset + served.end() <= a.start
                     <= offset + served.end() + 4), None)
        if boss is not None:
            return [boss]
        who = hands.group("head")
    return [ActorMention(lo, hi, Actor(who, who, None, None), "group")]


_IDENTIFIED_AS = re.compile(r",\s+(?:(?:which|whom|who)\s+(?:\w+\s+){0,2}?)?(?:identified|named|described)\s+as\s+",
                            re.IGNORECASE)
_WING_OF = re.compile(r",\s+(?:the|an?)\s+(?:armed|military|militant|paramilitary)\s+(?:wing|arm)\s+of\s+(?:the\s+)?",
                      re.IGNORECASE)
_WHOSE_WING = re.compile(r",\s+(?:the\s+)?(?P<who>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,4})['’]s?\s+(?:armed|military|militant)\s+"
                         r"(?:wing|arm)\b")
# (bare "jihadists affiliated with JNIM" serve it too; "Hindu extremists linked to ..." are a kind of their own)
_GENERIC_MEN = re.compile(r"(?:(?:[\w\-]+\s+)?(?:fighters|militants|gunmen|men|members|elements|supporters|cadres|insurgents|"
                          r"rebels|militiamen)|jihadists|islamists|extremists)", re.IGNORECASE)
_SERVING = re.compile(r"\s+(?:linked|loyal|affiliated|allied|tied|connected|belonging|associated)\s+(?:to|with)\s+(?:the\s+)?"
                      r"(?:[\w'’\-]+\s+){0,5}?[\w'’\-]+(?:\s+\([^()]{1,12}\))?(?=\s*[.,;]|\s+(?:who|which|for|of)\b|$)", re.IGNORECASE)
# ("right-wing extremists were suspected": a cause's extremists, in lower case)
_SUSPECT_SUBJECT = re.compile(r"(?P<who>(?:(?-i:[A-Z])[\w'’\-]*(?:\s+(?-i:[A-Z])[\w'’\-]*){0,2}\s+|(?<![\w\-])(?:right|left)-wing\s+|"
                              r"(?<![\w\-])far-(?:right|left)\s+|(?<![\w\-])white\s+supremacist\s+|(?<![\w\-])anti-[a-z]+\s+)(?:[a-z\-]+\s+)?"
                              r"(?:rebels|militants|separatists|insurgents|guerrillas|extremists|jihadists|Islamists|"
                              r"Maoists|nationalists|loyalists|republicans|dissidents|bandits|herders|herdsmen|militiamen|"
                              r"guerrilla\s+groups?|rebel\s+groups?))\s+$", re.IGNORECASE)
_FACTION = re.compile(r"\b(?:faction|wing|branch|splinter group)\b", re.IGNORECASE)
_OF_PARENT = re.compile(r"^[^.;]{0,60}?\)?\s+of\s+(?:the\s+)?$")


def _parent_group(text: str, offset: int, end: int, faction: ActorMention,
                  groups: Sequence[ActorMention]) -> list[ActorMention]:
    """"attributed the killing to the Lake Chad faction (ISWAP) of Boko Haram": the parent group
    is a suspect too, as GTD codes it."""
    if not _FACTION.search(text[end - offset:faction.start - offset]):
        return []
    return [g for g in groups if g.start > faction.end and g.actor.name != faction.actor.name
            and _OF_PARENT.match(text[faction.end - offset:g.start - offset])][:1]


# A foreign name that keeps its own lowercase words, as the whole subject of a claim:
# "Vulkangruppe Feuer und Flamme claimed responsibility".
_NAMED_SUBJECT = re.compile(r"^\s*(?P<who>[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){1,5}?)\s+(?:has\s+|had\s+|later\s+)?"
                            r"(?:claimed|claims)\s+(?:\w+\s+){0,2}?(?:responsibility|credit)")
_NOT_NAME_WORDS = re.compile(r"\b(?:the|a|an|no|it|police|sources|authorities|officials|group|who|which|that|"
                             r"was|were|is|are|has|had|later|also|then|spokes\w+|leader|commander|chief|member|"
                             r"official|head)\b", re.IGNORECASE)


def _named_subject(text: str, offset: int) -> ActorMention | None:
    m = _NAMED_SUBJECT.match(text)
    if m is None:
        return None
    words = m.group("who").split()
    if _NOT_NAME_WORDS.search(m.group("who")) or sum(w[:1].isupper() for w in words) * 2 < len(words):
        return None
    who = m.group("who")
    return ActorMention(offset + m.start("who"), offset + m.end("who"), Actor(who, who, None, None), "group")


def _claimant(text: str, offset: int, start: int) -> ActorMention | None:
    m = None
    for m in _CLAIMANT.finditer(text[:start - offset + 12]):
        pass
    named = _named_subject(text, offset)
    if named is not None and (m is None or named.start <= offset + m.start("who")):
        return named  # "Los Hijos del Pueblo claimed": the whole name, not its last word
    if m is None or m.end() < start - offset - 2 or _NOT_ACTORS.match(m.group("who")) or m.group("who") in ("No", "The", "It"):
        cause = _CAUSE_GROUP.search(text, max(0, start - offset - 60), start - offset + 40)
        if cause is None:
            return _carrier(text, offset, start)
        who = cause.group("who")
        follower = re.fullmatch(r"(?P<cause>[a-z\-]+)\s+(?:group|cell|collective|organi[sz]ation|movement)|"
                                r"(?:group|cell|collective|band)\s+of\s+(?P<many>[a-z\-]+ist)s", who, re.IGNORECASE)
        name = (_followers_of(follower.group("cause") or follower.group("many")) if follower else None) or who
        return ActorMention(offset + cause.start("who"), offset + cause.end("who"), Actor(who, name, None, None), "group")
    who = re.sub(r"^(?:The|A|An)\s+", "", m.group("who"))
    return ActorMention(offset + m.start("who"), offset + m.end("who"), Actor(who, who, None, None), "group")


# The claim's carrier, when its author is named only by a cause: "A letter posted on Indymedia by
# left-wing extremists claimed responsibility", "A message on an anarchist website claimed".
_CARRIER = re.compile(
    r"\b(?:letter|message|statement|communiqu[eé]|post|text|video|note)\b[^.;]{0,60}?\b(?:by|from)\s+(?:a\s+group\s+of\s+|an?\s+|the\s+)?"
    r"(?P<who>(?:[\w\-]+\s+){0,2}?(?:extremists|anarchists|activists|militants|separatists|nationalists|radicals|autonomists|"
    r"insurrectionists))\s+(?:has\s+|had\s+|later\s+)?(?:claimed|claiming|took)\b|"
    r"\b(?:letter|message|statement|communiqu[eé]|post|text|video|note)\b[^.;,]{0,60},\s+(?P<who2>(?:[\w\-]+\s+){0,2}?(?:extremists|"
    r"anarchists|activists|militants|separatists|nationalists|radicals|autonomists|insurrectionists))\s+(?:has\s+|had\s+|later\s+)?"
    r"(?:claimed|took)\b|"
    # ("Anarchists later posted a communique online claiming the bombing")
    r"\b(?P<who3>(?:[\w\-]+\s+){0,2}?(?:extremists|anarchists|activists|militants|separatists|nationalists|radicals|autonomists|"
    r"insurrectionists))\s+(?:later\s+)?(?:posted|published|issued|released|sent|uploaded)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:letter|message|statement|communiqu[eé]|text|video|note)\b[^.;]{0,40}?\b(?:claiming|claimed)\b|"
    r"\b(?:letter|message|statement|communiqu[eé]|post|text|video)\s+(?:posted\s+|published\s+)?on\s+an?\s+"
    r"(?P<cause>anarchist|left-wing|far-left|right-wing|far-right|neo-Nazi|anti-?fascist|jihadist|Islamist|autonomist)\s+"
    r"(?:website|blog|platform|forum|channel|site|page)\b[^.;]{0,20}?\b(?:claimed|claiming|took)\b|"
    # ("A communique signed by an anarchist cell was later sent to local media claiming the attack")
    r"\b(?:letter|message|statement|communiqu[eé]|note|text)\s+signed\s+by\s+(?:an?|the)\s+(?P<cause2>[a-z\-]+ist)\s+"
    r"(?:cell|group|collective|faction|nucleus)\b[^.;]{0,60}?\b(?:claimed|claiming)\b", re.IGNORECASE)


def _followers_of(cause: str) -> str | None:
    """GTD names a group known only by its cause by the cause's followers: "an anarchist group" and
    "a message on an anarchist website" are "Anarchists" (not a generic word: "a terrorist group")."""
    if re.fullmatch(r"(?!(?:terrorist|islamist|jihadist|extremist|activist|militant)\b)[a-z\-]+ist", cause, re.IGNORECASE):
        return f"{cause.capitalize()}s"
    return None


def _carrier(text: str, offset: int, start: int) -> ActorMention | None:
    m = None
    for m in _CARRIER.finditer(text, max(0, start - offset - 140), start - offset + 12):
        pass
    if m is None:
        return None
    for group in ("who", "who2", "who3"):
        if m.group(group):
            who = m.group(group)
            return ActorMention(offset + m.start(group), offset + m.end(group), Actor(who, who[0].upper() + who[1:], None, None),
                                "group")
    group = "cause" if m.group("cause") else "cause2"
    cause = m.group(group)
    return ActorMention(offset + m.start(group), offset + m.end(group), Actor(cause, _cause_group(cause), None, None), "group")


def _cause_group(cause: str) -> str:
    """GTD's group of a cause: its followers ("Anarchists"), else its extremists ("Left-wing
    extremists", "Mapuche extremists")."""
    return _followers_of(cause) or f"{cause[0].upper()}{cause[1:]} extremists"


# "Police claimed the attack was the work of ...": what they said of it, not a claim of it.
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:was|were|is|are|had|has|as|to\s+be)\b", re.IGNORECASE)
# ... and what a movement that claims attacks says of someone else's ("The Taliban claimed the attack
# was carried out by ISKP"; "claimed the attack was in retaliation for air raids" is its own).
_BY_OTHERS_AFTER = re.compile(r"\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:(?:carried\s+out|committed|perpetrated|staged|"
                              r"organi[sz]ed)\s+by|the\s+work\s+of)\s+(?:the\s+(?!same\b)|(?-i:[A-Z]))|"
                              r"\s+(?:was|were)\s+(?:an?\s+accident|a\s+false\s+flag)\b", re.IGNORECASE)


def _state_claims_nothing(actor: ActorMention, m: re.Match[str], text: str, start: int) -> bool:
    """Whether state forces' "claimed ..." or "said it ..." claims no attack: "Police said it was
    holding three suspects", "Police claimed the attack was the work of ...". A claim of
    responsibility, or a subject's "claimed the killing", is one; a movement that took the state
    (the Taliban) claims attacks unless it names another doer."""
    if actor.kind != "state" or re.search(r"responsibility|credit", m.group(), re.IGNORECASE):
        return False
    if "movement" in actor.tags and not _BY_OTHERS_AFTER.match(text, m.end()):
        return False
    return not (actor.end <= start and re.match(r"claim\w*\s+(?:\w+\s+){0,2}?the\s", m.group(), re.IGNORECASE)
                and not _CLAUSE_VERB_AFTER.match(text, m.end()))


def find_attribution(text: str, offset: int, actors: Sequence[ActorMention], document: str = "") -> list[AttributionHit]:
    """Attribution statements in one sentence (offsets are document offsets; ``document``, the
    whole text, says what the sentence alone cannot: whether the driver it names drove at anyone)."""
    hits: list[AttributionHit] = []
    for status, pattern in (("claimed", _SIGNED), ("suspected", _ADHERENT)):
        for m in pattern.finditer(text):
            start, end = m.start() + offset, m.end() + offset
            if status == "suspected" and not _ADHERENT_SUBJECT.search(text[max(0, m.start() - 80):m.start()]):
                continue  # "The dead were members of HTS": whose victims, not who did it
            if status == "claimed" and _STATE_HANDOUT.search(text, max(0, m.start() - 60), m.start() + 30):
                continue  # "The army later dropped leaflets bearing the logo of the RAM": the state's, no claim
            # the group named there ("belonged to the Jaime Martinez Column of the FARC")
            group = next((a for a in actors if a.kind == "group" and end <= a.start <= end + 60
                          and not re.search(r"[.;]", text[m.end():a.start - offset])), None)
            named = _UNLISTED_GROUP.match(text, m.end()) \
                if status == "claimed" and group is None and re.search(r"signed|(?:name|initials|acronym|logo|insignia|emblem)\s+of|signature", m.group(), re.I) else None
            if named is not None and (not _GROUP_HEAD.search(named.group("who")) or _TITLE_FIRST.match(named.group("who"))):
                named = None  # ("signed by Superintendent of Police Anjani Kumar": an official, no group)
            if named is not None:
                # ("signed by the Jharkhand Jan Mukti Parishad (JJMP)": a group our list lacks, by its name)
                who = named.group("who")
                group = ActorMention(offset + named.start("who"), offset + named.end("who"), Actor(who, who, None, None), "group")
            if group is None or any(h.start < end and start < h.end for h in hits):
                continue
            hits.append(AttributionHit(start, group.end, Attribution(status, group.actor.name, text[m.start():group.end - offset]),
                                       group.actor))
    for status, pattern in (("unclaimed", _UNCLAIMED), ("denied", _DENIED), ("claimed", _CLAIMED),
                            ("suspected", _SUSPECTED)):
        for m in pattern.finditer(text):
            start, end = m.start() + offset, m.end() + offset
            if any(h.start < end and start < h.end for h in hits):
                continue
            if status == "unclaimed" and _CLAIMED_AFTER_ALL.match(text, m.end()):
                continue  # "No one took responsibility at first, but the BLA claimed it later"
            if status == "claimed" and _STATEMENT_OF.match(m.group()):
                clause_end = min([len(text), *(i for i in (text.find(".", m.end()), text.find(";", m.end())) if i >= 0)])
                if _ANOTHER_DEED.search(text, max(0, m.start() - 40), clause_end):
                    continue  # "In a separate statement, Al-Shabaab said its fighters had attacked a base": another deed
                # (a movement that held the state only by its own "claimed": "The Taliban claimed they had
                # killed 14 officers"; not "The Taliban said they had killed the IS-K commander behind it")
                claims = re.match(r"claimed\b", m.group(), re.IGNORECASE) is not None \
                    and not _BEHIND_IT.match(text, m.end())
                if _BARE_CLAIMANT.match(m.group()) and not any(
                        (a.kind == "group" or ("movement" in a.tags and claims)) and 0 <= start - a.end <= 20
                        and not re.search(r"[.;]", text[a.end - offset:m.start()])
                        for a in actors):
                    continue  # "Residents said they had attacked the Boko Haram fighters": no group speaks
            if status == "suspected" and re.match(r"suspects\b", m.group(), re.IGNORECASE) and re.search(
                    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|the|arrested|detained)\s+$",
                    text[max(0, m.start() - 20):m.start()], re.IGNORECASE):
                continue  # "Police arrested two suspects the same evening": people, not a suspicion
            if status == "suspected" and re.match(r"suspected\b", m.group(), re.IGNORECASE) and re.search(
                    r"\b(?:\w+ed|against|on|at|of|with|the|a|an|two|three|four|five|several|some|\d+)\s+$",
                    text[max(0, m.start() - 20):m.start()], re.IGNORECASE):
                continue  # "Troops attacked suspected Chechen rebels": whom they attacked, not a suspicion
            if status == "suspected" and _AUTHORITIES_SAID.match(m.group()):
                # ("Police said Maoists had planted the device": the group right after is the doer;
                # not "Police said the Army had killed two Maoists", whose group is the victim)
                doer = next((a for a in actors if end <= a.start <= end + 6), None)
                if doer is None or doer.kind != "group":
                    continue
                hits.append(AttributionHit(start, end, Attribution(status, doer.actor.name, m.group()), doer.actor))
                continue
            suspects = _suspects(text, offset, start, actors) if status == "suspected" else []
            if status == "suspected" and not suspects:
                # "Police suspected Boko Haram": the suspect follows an active verb; "ISIS is the
                # likely culprit", "X was blamed": it precedes a copula.
                copula = re.match(r"(?:is|are|was|were|been|being)\b", m.group(), re.IGNORECASE)
                # (a movement that took the state later is the group it was: "accused the Taliban")
                groups = [a for a in actors if a.kind == "group" or "movement" in a.tags]
                side = ([a for a in groups if start - 140 <= a.end <= start] if copula
                        else [a for a in groups if end <= a.start <= end + 60])
                nearest = _nearest_group(groups, start, end)
                suspects = side[-1:] if copula else side[:1]
                subject = _SUSPECT_SUBJECT.search(text, max(0, m.start() - 80), m.start()) if copula and not side else None
                if subject is not None:
                    # "Chechen rebels were suspected": a group the lexicon lacks, named as the subject
                    who = subject.group("who")
                    suspects = [ActorMention(offset + subject.start("who"), offset + subject.end("who"),
                                             Actor(who, who[0].upper() + who[1:], None, None), "group")]
                if not suspects and not copula and re.match(r"accused\b", m.group(), re.IGNORECASE):
                    continue  # "The military accused Aung San Suu Kyi": no group after it, and the accuser is none
                suspects = suspects or ([nearest] if nearest else [])
                if suspects and not copula:
                    suspects += _parent_group(text, offset, end, suspects[0], groups)
            if status == "claimed" and not suspects:
                suspects = _joint_claimants(text, offset, start, actors)
            # (the forces a sentence opening "Suspected jihadists raided ..." names after it are
            # whom they raided: no suspect)
            opens = not text[:m.start()].strip(" \"'“‘")
            # (nor is the state that blames the suspect: "police blamed opponents of the president",
            # "which police attributed to a prison-based faction")
            # (nor a state named in another clause: "Local party leaders blamed activists of a rival
            # faction; police said the attackers had not been identified")
            pool = [a for a in actors if not (status == "suspected" and a.kind == "state" and (
                (a.start >= end and opens) or a.end <= start
                or re.search(r"[;.]", text[end - offset:max(end, a.start) - offset]) is not None))]
            actor = suspects[0] if suspects else (None if status == "unclaimed"
                                                  else _nearest_group(pool, start, end))
            if status == "claimed" and actor is not None and _state_claims_nothing(actor, m, text, start):
                continue
            behalf = _ON_BEHALF.match(text, m.end()) if status == "claimed" else None
            if behalf is not None:
                who = behalf.group("who")
                actor = next((a for a in actors if a.start <= offset + behalf.start("who") < a.end), None) or ActorMention(
                    offset + behalf.start("who"), offset + behalf.end("who"), Actor(who, who, None, None), "group")
            if actor is None and status == "claimed":
                actor = _claimant(text, offset, start)
            if status in ("suspected", "claimed", "denied") and actor is None:
                continue
            name = actor.actor.name if actor else None
            hits.append(AttributionHit(start, end, Attribution(status, name, m.group()),
                                       actor.actor if actor else None, tuple(a.actor for a in suspects[1:])))
    for m in _RADICALISED.finditer(text):
        whole = document or text
        cued = any(not _CUE_DENIED.search(whole, max(0, c.start() - 40), c.start()) for c in _JIHADI_CUE.finditer(whole))
        if cued and not _DOUBTED.search(text, max(0, m.start() - 60), m.start()) \
                and not any(h.attribution.status == "suspected" for h in hits):
            who = "Jihadi-inspired extremists"
            hits.append(AttributionHit(m.start() + offset, m.end() + offset, Attribution("suspected", who, m.group()),
                                       Actor(who, who, None, None)))
    for m in _DESCRIBED.finditer(text):
        start, end = m.start() + offset, m.end() + offset
        if any(h.start < end and start < h.end for h in hits):
            continue
        if (m.group("views") or m.group("views3") or m.group("views4")) \
                and _DOUBTED.search(text, max(0, m.start() - 60), m.start()):
            continue  # "no evidence the attacker held far-right views"
        if m.group("views2") and re.search(r"\b(?:who|that|which|victims?)\b[^,.;]{0,40}$", text[:m.start()], re.IGNORECASE):
            continue  # "members of a group that had sprayed left-wing slogans": the victims' own
        if m.group("people") and re.search(r"\bdriver\b", m.group()) \
                and not _DRIVER_STRUCK.search(document or text):
            # "opened fire on a car, killing the driver. Sources identified the driver as ...": the
            # victim; and "settlers drove into a field" is not the identified driver driving
            continue
        who = m.group("who") or m.group("who2") or m.group("who3") or m.group("who4") \
            or ("Jihadi-inspired extremists" if m.group("jihad") else None) \
            or next((_GTD_CAUSES[re.sub(r"[\s\-]+", " ", m.group(g).lower())]
                     for g in ("views", "views2", "views3", "views4") if m.group(g)), None) \
            or (_cause_group(m.group("cause")) if m.group("cause") else None) \
            or f"{m.group('people').capitalize()} extremists"
        actor = Actor(who, who, None, None)
        hits.append(AttributionHit(start, end, Attribution("suspected", who, m.group()), actor))
    return sorted(hits, key=lambda h: h.start)


def combine(hits: Sequence[AttributionHit]) -> tuple[Attribution, tuple[Actor, ...]]:
    """One attribution for an event from all the statements about it, and the actors it names."""
    by_status: dict[str, AttributionHit] = {}
    for hit in hits:
        first = by_status.setdefault(hit.attribution.status, hit)
        if hit is not first and hit.actor is not None and hit.actor.type in ARMED_GROUP_TYPES \
                and (first.actor is None or not first.actor.type):
            # "Turkish officials blamed Kurdish militants ...; sources attributed the attack to
            # the PKK": the group we know by name, over a description.
            by_status[hit.attribution.status] = hit
    # "No group claimed responsibility; the TTP denied involvement": still unclaimed, as GTD codes it.
    for status in ("claimed", "suspected", "unclaimed", "denied"):
        if status in by_status:
            hit = by_status[status]
            return hit.attribution, ((hit.actor,) if hit.actor else ()) + hit.others
    return Attribution("unknown", None, None), ()
