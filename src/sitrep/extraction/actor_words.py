"""The word lists the actor matcher compiles: force nouns, unidentified perpetrators, victims.

Plain strings and sets, so importing this module does no work; ``actors.ActorLexicon`` compiles
them once. Kept apart from the matcher so that the lists can grow without the logic moving.
"""

from __future__ import annotations

# Plain strings here; ActorLexicon compiles them, so importing this module does no work.
_FORCES = (
    ("police|policemen|policeman|police officers|police officer|police force|police forces|"
     "police personnel|riot police|cops|gendarmes|gendarme|gendarmerie|law enforcement|"
     "law enforcement officers|law enforcement agencies|security agents|counter-terrorism police|"
     "paramilitary police", ("police",)),
    ("air force|air forces|airforce|airstrike|air strike|air strikes|air raid|air raids|jets|"
     "fighter jets|fighter jet|warplanes|warplane|war planes|aircraft|military aircraft|drones|"
     "drone|drone strike|drone strikes|helicopters|helicopter|helicopter gunships|gunships|"
     "strikes|strike|missiles|missile|missile strike|missile strikes", ("military", "air")),
    ("army|armies|troops|troop|soldiers|soldier|forces|military|militaries|security forces|"
     "armed forces|defence forces|defence force|special forces|ground forces|ground troops|"
     "naval forces|navy|navies|marines|paratroopers|commandos|servicemen|serviceman|"
     "service members|personnel|military personnel|security personnel|security operatives|"
     "border guards|border guard|coast guard|coastguard|national guard|national army|peacekeepers|artillery|"
     "shelling|bombardment|bombardments|bombing|tanks|warships|gunboats|units|battalion|brigade|"
     "infantry battalion|infantry brigade|infantry division|marine battalion",
     ("military",)),
)
# Without an adjective only unmistakable nouns count: "forces" or "jets" alone could be anyone's.
_BARE = (
    "army|troops|soldiers|soldier|security forces|armed forces|special forces|paratroopers|"
    "commandos|servicemen|security personnel|security operatives|border guards|navy|air force|"
    "police|policemen|policeman|police officers|police officer|riot police|gendarmes|gendarme|"
    "gendarmerie|law enforcement|law enforcement officers|security agents|ground troops|military|"
    "national guard|national army")
# Words between the adjective and the force noun: "Syrian government forces", "army troops".
_STATE_MODS = frozenset(
    "government regime junta security special armed national federal state regular elite ground "
    "border military army led occupation defence loyalist navy naval air riot counter terrorism "
    "interior marine".split())
# Bare modifiers that make any force noun a state one: "government forces", "regime airstrikes".
_QUALIFIERS = frozenset("government regime junta federal army military".split())
_GOVERNMENT = ((
    "government|authorities|regime|junta|administration|military junta|ruling junta|"
    "military government|transitional government|interim government|de facto authorities|"
    "military authorities", None),)
_BARE_GOVERNMENT = "authorities|military junta|ruling junta|de facto authorities"
_UNIDENTIFIED = (
    ("gunmen|gunman|assailants|assailant|attackers|attacker|militants|militant|extremists|"
     "armed men|armed man|armed individuals|armed group|armed groups|bombers|fighters", ()),
    ("insurgents|insurgent|rebels|rebel fighters|separatists", ("rebel",)),
    ("terrorists|terrorist", ("terrorist",)),
    ("bandits|bandit|armed bandits|raiders|cattle rustlers|rustlers", ("bandit",)),
    ("jihadists|jihadist|islamists", ("jihadist",)),
    ("armed gang|gangs|gang|gang members|gangsters|criminals|armed criminals|kidnappers|"
     "abductors|hijackers", ("criminal",)),
    ("suicide bomber|suicide bombers", ("suicide",)),
    ("pirates", ("pirate",)),
    ("militiamen|militia|militias", ("militia",)),
    ("thugs|hooligans|hoodlums|hoodlum", ("thug",)),
)
# Generic nouns that name perpetrators only after a strong prefix: "armed men", "unknown persons".
_NEEDS_PREFIX = (("men|man|individuals|persons|people|group|groups|elements|youths", ()),)
_UNID_PREFIX: dict[str, tuple[str, ...]] = {
    **dict.fromkeys("unknown unidentified armed heavily masked hooded extremist militant rival "
                    "local".split(), ()),
    "suspected": ("suspected",), "alleged": ("suspected",), "islamist": ("jihadist",),
    "jihadist": ("jihadist",), "jihadi": ("jihadist",), "terrorist": ("terrorist",),
    "rebel": ("rebel",), "separatist": ("rebel",), "bandit": ("bandit",),
    "criminal": ("criminal",), "suicide": ("suicide",),
}
# Too weak to turn "men" or "people" into perpetrators ("local people" are civilians).
_WEAK_PREFIX = frozenset("rival local suicide alleged suspected".split())
_CIVILIANS = ((
    "civilians|civilian|villagers|villager|residents|resident|locals|nationals|citizens|"
    "worshippers|worshipper|churchgoers|congregants|mourners|pilgrims|students|student|pupils|"
    "schoolchildren|schoolgirls|schoolboys|women|woman|children|child|girls|boys|babies|infants|"
    "teenagers|elderly|farmers|farmer|herders|herder|fishermen|fisherman|miners|traders|trader|"
    "merchants|shopkeepers|vendors|passengers|passenger|motorists|drivers|truck drivers|"
    "travellers|commuters|journalists|journalist|reporters|reporter|aid workers|aid worker|"
    "humanitarian workers|health workers|medical workers|doctors|doctor|nurses|paramedics|"
    "teachers|teacher|workers|labourers|engineers|contractors|refugees|migrants|"
    "displaced people|displaced persons|IDPs|returnees|tourists|hostages|detainees|prisoners|"
    "inmates|family members|families|relatives|elders|village head|village chief|"
    "traditional ruler|traditional rulers|imam|pastor|priest|priests|clerics|monks|nuns|"
    "bystanders|passers-by|pedestrians|shoppers|patients|Christians|Muslims|Hindus|Sikhs|"
    "Yazidis|Shiites|Sunnis|Alawites|Hazaras|Rohingya", None),)
_CIV_PREFIX = frozenset(
    "unarmed innocent local displaced fleeing christian muslim shia shiite sunni hindu sikh yazidi "
    "alawite hazara rohingya young elderly pregnant foreign western female male school other "
    "fellow".split())
# Nouns folded into a named-group mention: "Houthi rebels", "IS-linked militants", "IDF troops".
_GROUP_TAIL = frozenset(
    "fighters fighter militants militant militiamen militia militias rebels rebel insurgents "
    "insurgent gunmen gunman members member group terrorists terrorist jihadists jihadist forces "
    "troops soldiers soldier units unit cadres cadre guerrillas guerrilla operatives mercenaries "
    "mercenary elements combatants loyalists separatists personnel government authorities "
    "administration regime movement organisation network faction paramilitaries".split())
_GROUP_LINK = frozenset("linked affiliated allied aligned loyal backed led inspired".split())
