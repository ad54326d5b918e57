"""General news vocabulary: what words name an event, mark its start or end, or name a group.

This is data, not logic: the claim builder (``claims``) reads it. It covers the events news
reports count and date across every beat (violence, disasters, politics, labour, economy,
military movements) and is deliberately free of anything that fits one story only. Each entry
is a regular-expression alternation of word forms, matched on word boundaries, case-insensitive.
"""
from __future__ import annotations

__all__ = [
    "DURATIVE_EVENTS",
    "PERSON_NOUNS",
    "THING_CLASSES",
    "FAMILY_ROLES",
    "MEASURES",
    "UNIT_CONVERSIONS",
    "PARTICIPATION_AFTER",
    "PARTICIPATION_BEFORE",
    "EVENT_TRIGGERS",
    "START_WORDS",
    "END_WORDS",
    "LENGTH_WORDS",
    "CAUSAL_VERBS",
    "CAUSED_BY",
    "GROUP_NOUNS",
    "SENDING_VERBS",
    "MEMBERSHIP_VERBS",
    "HEDGES",
    "CLAUSE_BREAKS",
    "LOCATION_PREPOSITIONS",
    "COMMODITIES",
    "WEAPONS",
    "CHANGE_NOUNS_UP",
    "CHANGE_NOUNS_DOWN",
    "PRICE_NOUNS",
]

_GROUP = (
    r"troops|forces|soldiers|servicemen|servicemembers|military|contingents?|units?|battalions?|brigades?|"
    r"squads?|compan(?:y|ies)|regiments?|divisions?|peacekeepers|personnel|paratroopers|marines|"
    r"rescuers|rescue teams?|medics|doctors|observers|monitors|experts|delegations?|diplomats|"
    r"colleagues|allies|partners|volunteers|police(?:men)?|officers|sailors|pilots|fighters|teams?|"
    r"leaders|ministers|heads of (?:state|government)|representatives|envoys|negotiators"
)

# event key -> word forms that name it (verbs and nouns)
EVENT_TRIGGERS: dict[str, str] = {
    "withdrawal": r"withdraw(?:s|n|ing|al|als)?|withdrew|pull(?:s|ed|ing)?[ -]out|pullout|pull-back|drawdown|retreat(?:s|ed|ing)?|"
                  r"draw(?:s|ing)? down|drew down|depart(?:s|ed|ing|ure)?|exit(?:s|ed|ing)?|leav(?:e|es|ing)",
    "deployment": r"deploy(?:s|ed|ing|ment|ments)?|dispatch(?:es|ed|ing)?|arriv(?:e|es|ed|ing|al)|stationed|reinforcements|"
                  # "sent" deploys only when people are sent: "X sent 150 troops", not "sent a letter"
                  rf"sen(?:t|d|ds|ding)(?=[^.;]{{0,60}}?\b(?:{_GROUP}))",
    "protests": r"protest(?:s|ed|ing|ers)?|demonstrations?|demonstrators|riots?|rioting|unrest|rall(?:y|ies)|uprising|"
                r"marches|marched|marchers|(?-i:march)",  # lower case only: "March" is the month
    "deaths": r"killed|kill(?:s|ing)?|dead|died|deaths?|death toll|fatalit(?:y|ies)|lost their lives|perished|bodies|lives",
    "injuries": r"injur(?:ed|ies|y)|wounded|hurt|hospitali[sz]ed",
    "detentions": r"detain(?:ed|ing|s)?|detentions?|arrest(?:ed|s|ing)?|in custody",
    "evacuations": r"evacuat(?:ed|ion|ions|ing|e)|airlift(?:ed|s)?|flown out|flew out|repatriat(?:ed|ion)|"
                   r"left their homes|leave their homes|moved from their homes|forced from their homes",
    "displacement": r"displaced|homeless|fled their homes|refugees",
    "strike": r"strik(?:e|es|ing)|struck work|walk(?:out|outs|ed out)|walk(?:ed)? off the job|stoppages?|industrial action|downed tools",
    "emergency": r"state of (?:emergency|siege|alarm)|emergency rule|martial law|curfews?|lockdowns?|"
                 r"declared an emergency|emergency declaration",
    "aid": r"aid|humanitarian assistance|financial assistance|donat(?:e|ed|es|ion|ions)|relief funds?|grants?|pledg(?:e|ed|es|ing)",
    "damage": r"damaged|destroyed|collapsed|flattened|razed|submerged|inundated",
    # verbs only: "weak demand", "demand for oil" are not a party's demand
    "demand": r"seek(?:s|ing)?|sought|demanded|demanding|wants?|wanted|call(?:s|ed)? for|asking for|pushing for|claim(?:s|ed)? for",
    "offer": r"offer(?:s|ed|ing)?|propos(?:ed|al|als)|counter-?offer",
    "talks": r"talks|negotiations|summit|meeting",
    "ceasefire": r"cease-?fire|truce",
    "election": r"elections?|vote|votes|voted|voting|ballot|polls|referendum",
    "earthquake": r"earthquakes?|quakes?|tremors?|temblors?",
    "flood": r"floods?|flooding",
    "storm": r"storms?|hurricanes?|typhoons?|cyclones?",
    "fire": r"wildfires?|blazes?|fires?|burning|forest fires?|bushfires?",
    "attack": r"attacks?|attacked|bombing|explosions?|blasts?|shelling|airstrikes?|strikes on|shootings?|"
              r"shot dead|opened fire|gunfire|stabbing|stabbed|massacre",
    "acquisition": r"acquir(?:e|es|ed|ing)|acquisitions?|takeovers?|buyouts?|merg(?:e|er|ers|ed|ing)|"
                   r"bought|agreed to buy|deal to buy|purchase(?:d)?",
    "crash": r"crash(?:ed|es)?|derail(?:ed|ment)|collision|capsized|sank",
    "cases": r"cases|infections?|infected|fell ill|fallen ill|falling ill|sickened|outbreaks?",
    "vaccination": r"vaccinat(?:e|ed|es|ing|ion|ions)|immuni[sz]ation|inoculat(?:ed|ion)",
    "release": r"releas(?:e|ed|es|ing)|freed|free(?= \d)|set free|handed over|swaps?|prisoner exchange",
    "aboard": r"on board|aboard|onboard",
    "survival": r"survived|survivors?",
    "missing": r"missing|unaccounted for|disappeared",
    "trapped": r"trapped|stranded|buried alive",
    "rescue": r"rescued|pulled (?:alive|out)|brought to safety|saved",
    "departure": r"departed|set sail|set off|took off|left port",
    "law": r"laws?|bill|legislation|decree|regulations?|ordinance",
    "clashes": r"clash(?:es|ed)?|fighting|battles?|hostilities|gunbattles?|skirmish(?:es)?",
    "expulsion": r"expel(?:s|led|ling)?|expulsions?|persona non grata|ordered (?:out|to leave)|deport(?:ed|ation|ations)?",
    "sanctions": r"sanctions?|sanctioned|embargo(?:es)?|asset freezes?",
    "outages": r"without power|power outages?|outages?|blackouts?|lost power|without electricity",
    "landfall": r"made landfall|makes landfall|landfall|came ashore|comes ashore",
    "cost": r"cost(?:s|ing)?|price tag|budget(?:ed)?",
    "construction": r"construction|constructed|built",
    "request": r"appeal(?:ed|s)? (?:to|for)|requested|asked for (?:help|assistance)",
    "sentence": r"sentenced|sentences?|convicted|acquitted|jailed|prison terms?|imprisonment|years in (?:prison|jail)|fined|fines?",
    "trial": r"trials?|hearings?|court case|proceedings",
    "closure": r"clos(?:e|es|ed|ing|ure|ures)(?= (?:the |its |their |a )?(?:plant|factory|mine|site|office|store|shop|branch|school|hospital|port|airport|border|embassy|facility|line|unit)s?\b)|closures?|shut(?:s|ting)? down|shutdown|shut(?:s|ting)? (?:the |its |their )?\w+",
    "runoff": r"run-?offs?|second round|runoff vote",
    "results": r"results? (?:were |was |have been )?(?:announced|declared|published|released|certified)|"
               + "|".join(rf"{verb} (?:the )?(?:final |provisional |official )?results"
                          for verb in ("announced", "declared", "published", "released", "certified"))
               + "|" + "|".join(f"{kind} results" for kind in ("final", "provisional", "official", "preliminary")),
    "layoffs": r"lay(?:s|ing)? off|laid off|layoffs|job cuts",
}

# events that last (a date given for them is when they began) as opposed to events of a moment
DURATIVE_EVENTS = frozenset({
    "withdrawal", "deployment", "protests", "strike", "talks", "ceasefire", "emergency", "operation",
    "evacuations", "displacement", "flood", "fire", "vaccination", "outages", "trial", "clashes", "sanctions",
})

# nouns that count people; other counted nouns make a count only in the classes below
PERSON_NOUNS = frozenset("""
person people individual man woman child children adult resident civilian citizen inhabitant villager
troop soldier serviceman servicemember marine paratrooper sailor pilot officer policeman police guard
peacekeeper fighter militant rebel insurgent gunman attacker suspect prisoner detainee hostage captive
worker dockworker employee staff member miner nurse doctor teacher student pupil driver farmer
protester demonstrator rioter marcher activist voter delegate lawmaker deputy senator
defendant accused witness investor shareholder customer resident inmate juror
passenger tourist visitor migrant refugee asylum-seeker evacuee survivor victim casualty patient
rescuer firefighter volunteer medic journalist reporter official diplomat minister
body miner crew crewmember lawmaker legislator mp vote ballot life
leader chief boss executive spokesman spokeswoman spokesperson agent lawyer prosecutor judge candidate
climber hiker skier swimmer cyclist motorist pedestrian fisherman companion colleague
baby boy girl teenager youth player fan supporter opponent manager partner receptionist clerk cashier
accountant director owner other coworker co-worker workmate
offender rapist molester killer murderer felon criminal thief robber terrorist bomber convict
""".split())
# the people a family size describes: "a mother of two", "a grandfather of 11"
FAMILY_ROLES = r"mother|father|mom|mum|dad|parent|grandmother|grandfather|grandparent"
# counted things grouped into classes so "40 ships" and "40 vessels" meet in one row
THING_CLASSES: dict[str, str] = {
    **{w: "vessel" for w in ("ship", "vessel", "boat", "tanker", "freighter", "ferry")},
    **{w: "building" for w in ("home", "house", "building", "dwelling", "apartment", "residence", "structure")},
    **{w: "vehicle" for w in ("vehicle", "car", "truck", "lorry", "bus", "tank")},
    **{w: "flight" for w in ("flight",)},
    **{w: "aircraft" for w in ("aircraft", "plane", "jet", "helicopter", "drone")},
    **{w: "country" for w in ("country", "nation", "state", "member state")},
    **{w: "job" for w in ("job", "position", "post", "layoff", "redundancy")},
    **{w: "seat" for w in ("seat",)},
    **{w: "hectare" for w in ("hectare",)},
    **{w: "hectare" for w in ("acre",)},
    **{w: "settlement" for w in ("village", "town", "settlement", "hamlet", "community")},
    # fire services count their vehicles as "engines", "appliances", "pumps" or "fire trucks"
    **{w: "fire engine" for w in ("engine", "fire engine", "appliance", "fire appliance", "fire truck", "firetruck",
                                   "fire tender")},
}
# what a list of countries does when it takes part: "A, B and C are taking part", "… were joined by A, B"
PARTICIPATION_AFTER = r"(?:are|were|is|was|have been)?\s*(?:taking part|took part|take part|participat(?:e|ed|ing)|attend(?:ed|ing)?|joined|signed(?: up)?|backed|endorsed)"
PARTICIPATION_BEFORE = r"(?:joined by|along with|together with|alongside|attended by)"
# named measures written "a depth of 35 km", "a magnitude 7.1 quake", "7.1-magnitude"
MEASURES = (r"magnitude|depth|height|length|distance|speed|area|altitude|width|diameter|turnout|threshold|majority|"
            r"winds?|gusts?|wind speeds?|sustained winds|rainfall|temperatures?|"
            r"inflation|(?:economic )?growth|unemployment|jobless rate|(?:interest|policy|base|benchmark|key) rates?|"
            r"attendance|crowd")
# units measured the same way, converted to one: (canonical unit, factor)
UNIT_CONVERSIONS: dict[str, tuple[str, float]] = {
    "mph": ("km/h", 1.609344), "mile per hour": ("km/h", 1.609344), "km/h": ("km/h", 1.0), "kph": ("km/h", 1.0),
    "kmh": ("km/h", 1.0), "knot": ("km/h", 1.852),
    "mile": ("kilometre", 1.609344), "millimeter": ("millimetre", 1.0), "centimeter": ("millimetre", 10.0), "km": ("kilometre", 1.0), "kilometer": ("kilometre", 1.0),
    "kilometre": ("kilometre", 1.0), "metre": ("metre", 1.0), "meter": ("metre", 1.0), "m": ("metre", 1.0),
    "foot": ("metre", 0.3048), "feet": ("metre", 0.3048), "ft": ("metre", 0.3048),
    "acre": ("hectare", 0.404686), "hectare": ("hectare", 1.0), "ha": ("hectare", 1.0),
    "square kilometre": ("hectare", 100.0), "square mile": ("hectare", 258.999), "sq km": ("hectare", 100.0),
    "square metre": ("hectare", 0.0001), "square foot": ("hectare", 0.0000092903), "square yard": ("hectare", 0.0000836127),
    "inch": ("millimetre", 25.4), "millimetre": ("millimetre", 1.0), "mm": ("millimetre", 1.0),
    "centimetre": ("millimetre", 10.0), "cm": ("millimetre", 10.0),
    "lb": ("kilogram", 0.453592), "kilogram": ("kilogram", 1.0), "kg": ("kilogram", 1.0), "tonne": ("kilogram", 1000.0),
    "yard": ("metre", 0.9144),
}

# aspect words: the start, the end, the length of an event
START_WORDS = r"beg(?:an|in|ins|un|inning)|start(?:s|ed|ing)?|launch(?:es|ed|ing)?|broke out|erupted|commenced|kicked off|opened|went on|walked out|came into force|took effect"
END_WORDS = r"end(?:s|ed|ing)?|complet(?:e|es|ed|ing|ion)|finish(?:es|ed|ing)?|conclud(?:e|es|ed|ing)|wrap(?:ped)? up|close(?:s|d)?"
LENGTH_WORDS = r"last(?:s|ed|ing)?|take(?:s|n)?|took|run(?:s)? for|lasting"

# a cause sets off an event: "price rises sparked protests"
CAUSAL_VERBS = r"spark(?:s|ed|ing)?|trigger(?:s|ed|ing)?|caus(?:e|es|ed|ing)|prompt(?:s|ed|ing)?|provok(?:e|es|ed|ing)|fuel(?:l)?ed|led to|set off|ignited"
# an event attributed to a cause: "protests were associated with price rises"
CAUSED_BY = r"associated with|caused by|triggered by|sparked by|prompted by|provoked by|driven by|fuel(?:l)?ed by|over|against|in response to|due to|because of"

# nouns for groups of people that a country sends, withdraws or contributes
def _plural(noun: str) -> str:
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "ch", "sh")):
        return noun + "es"
    return noun + "s"


# groups of people: the list above, and the plural of every noun that counts people
GROUP_NOUNS = _GROUP + "|" + "|".join(
    sorted({_plural(n) for n in PERSON_NOUNS if n not in ("people", "children", "police", "staff")}, key=len, reverse=True)
)
SENDING_VERBS = (
    r"sent|send(?:s|ing)?|deployed|dispatched|contributed|provided|pledged|promised|offered|donated|gave|"
    r"supplied|withdrew|withdraws|pulled out|evacuated"
)
MEMBERSHIP_VERBS = r"includes|included|comprises|comprised|consists of|is made up of|brings together|unites|members? (?:are|include|states are|states include|countries are)"

# words that make a statement uncertain or future
HEDGES = r"will|would|is to|are to|was to|were to|plans? to|planned to|expected to|set to|due to|(?-i:may)|might|could|reportedly|allegedly|possibly|likely|aims? to|intends? to|scheduled to|supposed to"

# where a clause ends inside a sentence
CLAUSE_BREAKS = r";|,\s*(?:while|whereas|but|although|though|as)\b|\s(?:while|whereas|but)\s"
LOCATION_PREPOSITIONS = r"in|into|to|at|across|inside|near|throughout|toward|towards|within|on|for|against"

# weapons: the word as written → (the kind it names, the broader kinds it falls under); a long gun
# and a shotgun are compatible (one is more specific), a knife and a shotgun are not
_FIREARM = ("firearm", "weapon")
WEAPONS: dict[str, tuple[str, tuple[str, ...]]] = {
    **{w: ("firearm", ("weapon",)) for w in ("gun", "firearm")},
    **{w: ("long gun", _FIREARM) for w in ("long gun",)},
    **{w: ("shotgun", ("long gun", *_FIREARM)) for w in ("shotgun", "sawn-off shotgun", "sawed-off shotgun")},
    **{w: ("rifle", ("long gun", *_FIREARM)) for w in ("rifle", "assault rifle", "hunting rifle")},
    **{w: ("handgun", _FIREARM) for w in ("handgun", "pistol", "magnum")},  # ".357 Magnum": a handgun's cartridge
    **{w: ("revolver", ("handgun", *_FIREARM)) for w in ("revolver",)},
    **{w: ("knife", ("blade", "weapon")) for w in ("knife", "knive")},
    **{w: ("machete", ("blade", "weapon")) for w in ("machete",)},
    **{w: ("petrol bomb", ("incendiary", "weapon")) for w in ("petrol bomb", "molotov cocktail", "firebomb", "fire bomb",
                                                             "fire-bomb", "gasoline bomb", "incendiary device")},
    **{w: ("grenade", ("explosive", "weapon")) for w in ("grenade", "hand grenade")},
}

# commodities and what they fall under, most specific first
COMMODITIES: dict[str, tuple[str, ...]] = {
    "lpg": ("gas", "fuel", "energy"),
    "liquefied petroleum gas": ("gas", "fuel", "energy"),
    "autogas": ("gas", "fuel", "energy"),
    "natural gas": ("gas", "fuel", "energy"),
    "lng": ("gas", "fuel", "energy"),
    "gas": ("fuel", "energy"),
    "petrol": ("fuel", "energy"),
    "gasoline": ("fuel", "energy"),
    "diesel": ("fuel", "energy"),
    "kerosene": ("fuel", "energy"),
    "jet fuel": ("fuel", "energy"),
    "heating oil": ("fuel", "energy"),
    "oil": ("fuel", "energy"),
    "crude": ("oil", "fuel", "energy"),
    "coal": ("fuel", "energy"),
    "fuel": ("energy",),
    "electricity": ("energy",),
    "power": ("energy",),
    "energy": (),
    "bread": ("food",),
    "flour": ("food",),
    "wheat": ("grain", "food"),
    "rice": ("grain", "food"),
    "maize": ("grain", "food"),
    "corn": ("grain", "food"),
    "grain": ("food",),
    "sugar": ("food",),
    "cooking oil": ("food",),
    "milk": ("food",),
    "eggs": ("food",),
    "meat": ("food",),
    "food": (),
    "rent": ("housing",),
    "housing": (),
    "water": ("utilities",),
    "utilities": (),
    "transport": (),
    "public transport": ("transport",),
    "bus": ("public transport", "transport"),
    "train": ("public transport", "transport"),
    "medicine": ("health",),
    "drug": ("medicine", "health"),
    "tuition": ("education",),
    "tax": (),
    "vat": ("tax",),
}
CHANGE_NOUNS_UP = r"increases?|rises?|hikes?|jumps?|surges?|spikes?|doubling|tripling|growth|climbs?"
CHANGE_NOUNS_DOWN = r"decreases?|drops?|falls?|cuts?|reductions?|declines?|slumps?|halving"
PRICE_NOUNS = r"prices?|costs?|tariffs?|fares?|rates?|bills?|shares|stocks?|share price|stock price|index|sales|revenues?|profits?|output|exports|imports"
