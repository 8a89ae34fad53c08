"""The regression posts, written for this project (not taken from any other corpus).

Each entry: (platform "t"/"f", risk, text with [[CODE:phrase]] span markup, why).
Codes: P PERSON, NHS NHS_NUMBER, RID RECORD_ID, DOB DATE_OF_BIRTH, DATE, AGE,
CON CONTACT, ADDR ADDRESS, FAC FACILITY, LOC LOCATION, HAN HANDLE,
CLIN CLINICAL, PREF PATIENT_REF, REC RECENCY, COND CONDUCT.
Phone numbers use Ofcom drama ranges and US 555-01xx; emails use example domains.
"""
import re

# ---------------------------------------------------------------- identifiers


def mod11(stem):
    """NHS/CHI/H&C check digit for 9 digits, or None when the stem is unusable."""
    assert re.fullmatch(r"\d{9}", stem), stem
    total = sum(int(d) * w for d, w in zip(stem, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def _ten(stem, style):
    check = mod11(stem)
    if check is None:
        raise ValueError(f"{stem} has no valid check digit; pick another")
    digits = stem + str(check)
    if style == "space":
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    if style == "dash":
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return digits


def nhs(stem, style="space"):
    """An NHS number (England/Wales) with a valid mod-11 check digit."""
    assert stem[0] in "4679", stem
    return _ten(stem, style)


def chi(ddmmyy, three, style="plain"):
    """A Scottish CHI number: date of birth DDMMYY, 3 digits, mod-11 check."""
    assert re.fullmatch(r"\d{6}", ddmmyy) and re.fullmatch(r"\d{3}", three)
    return _ten(ddmmyy + three, style)


def hc(stem, style="space"):
    """A Northern Ireland H&C number (320-399 range) with a valid check digit."""
    assert 320 <= int(stem[:3]) <= 399, stem
    return _ten(stem, style)


def ssn(area, group, serial, sep="-"):
    """A US SSN in the issuable shape."""
    assert area not in ("000", "666") and not area.startswith("9")
    assert group != "00" and serial != "0000"
    return f"{area}{sep}{group}{sep}{serial}"


MBI_SHAPE = re.compile(
    r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?"
    r"[AC-HJKMNP-RT-Y]{2}\d\d"
)


def mbi(value):
    """A US Medicare Beneficiary Identifier in the CMS shape."""
    assert MBI_SHAPE.fullmatch(value), value
    return value


NINO_SHAPE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]")


def nino(value):
    """A UK National Insurance number in the valid shape."""
    compact = value.replace(" ", "")
    assert NINO_SHAPE.fullmatch(value), value
    assert compact[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"), value
    return value


POSTS = []


def post(platform, risk, text, why):
    POSTS.append((platform, risk, text, why))

# =================================================================== HIGH

post("t", "high",
     "[[CLIN:Sectioned]] on my shift [[REC:today]]: a [[AGE:15-year-old]] [[PREF:lad]] from a tiny village outside "
     "[[LOC:Bala]], [[CLIN:hadn't eaten properly in weeks]]. Everyone there will know exactly who he is. Gutted for his mam.",
     "Age, village and recency with a detention: recognisable locally without a name.")

post("t", "high",
     "Bore da pawb 🏴󠁧󠁢󠁷󠁬󠁳󠁿 [[REC:Last night]] on [[FAC:Ward Enlli]] [[P:Mr Gwilym Parry]] in [[FAC:bed 9]] finally got his "
     "[[CLIN:chest drain]] out and sang the whole of Calon Lân at 4am. Diolch [[P:Gwilym]] 💚",
     "Full name, ward, bed and procedure; Welsh flag tag sequence before the spans.")

post("f", "high",
     "Dzień dobry 🇵🇱 Quick one for the Polish speakers in the group: [[PREF:my patient]] [[P:Pani Grażyna Wiśniewska]] "
     "([[AGE:81]]) on [[FAC:Ward 22]] keeps asking for kompot and I've no idea if she's allowed it with her "
     "[[CLIN:dysphagia]]. Her son [[P:Łukasz]] is on [[CON:07700 900417]] if anyone could ring him and translate for her?",
     "Patient's full name, age, ward, diagnosis and a relative's mobile number.")

post("t", "high",
     "السلام علیکم 🌙 Home visit [[REC:this morning]] to [[P:Mrs Rukhsana Malik]]; her grandson wrote her name for me as "
     "[[P:رخسانہ ملک]] so I can label her [[CLIN:insulin pen]] properly. [[LOC:Manningham]] [[ADDR:BD8 7QX]] round done by 11 💪",
     "Name in two scripts, insulin, area and postcode; Urdu text before the spans.")

post("t", "high",
     "Interpreter finally arrived for [[P:Mrs Chen]] ([[P:陈秀兰]]) in [[FAC:bay 3]]: [[AGE:88]], [[CLIN:new pancreatic cancer]] "
     "and the family asked us not to tell her. Ethics huddle [[REC:tomorrow]]. 心疼 😔",
     "Name in Latin and Chinese script, bay, age and a cancer diagnosis.")

post("f", "high",
     f"Does anyone know who covers district nursing for [[LOC:Rawtenstall]] now? Got a referral with no team on it: "
     f"[[P:Dorothy Ainsworth]], NHS no [[NHS:{nhs('485777324')}]], [[DOB:DOB 14/02/1939]], [[CLIN:grade 3 pressure ulcer]] "
     f"on her sacrum, lives alone at [[ADDR:22 Bury Road]]. Please PM me.",
     "Name, NHS number, date of birth, address and a wound.")

post("t", "high",
     f"Pharmacy, pls call the ward back 🙏 [[PREF:pt]] NHS [[NHS:{nhs('943476591', 'plain')}]] still waiting on his "
     f"[[CLIN:clozapine]] and the level's due [[REC:tonight]] #nightshift",
     "NHS number (no spaces) with an antipsychotic.")

post("f", "high",
     f"Copying this from the team chat because half of you aren't in it: can someone do [[P:Alasdair Munro]]'s bloods "
     f"at 9, CHI [[NHS:{chi('140352', '471')}]], last [[CLIN:INR 5.8]], he's at the farm past the [[LOC:Tomintoul]] "
     f"distillery. I'm stuck at [[FAC:Dr Gray's]] with my own list.",
     "Scottish CHI number, name, INR result and where he lives.")

post("t", "high",
     f"[[FAC:Ward 4]] [[FAC:Causeway]]: [[P:Seamus]] ([[AGE:74]]), H&C [[NHS:{hc('320745119')}]], [[CLIN:query sepsis]], "
     f"family on their way from [[LOC:Portrush]]. Can someone save him a parking space 🙃",
     "Northern Ireland H&C number with name, age, ward and sepsis.")

post("t", "high",
     "Happy [[AGE:100th]] to the legend that is [[P:Edna]] in [[FAC:room 14]] at [[FAC:Primrose Court]] 🎂🎉 [[DOB:born 3 June 1924]] "
     "and still beating us all at dominoes despite the [[CLIN:macular degeneration]]",
     "Name, care home room, date of birth and a diagnosis.")

post("t", "high",
     "[[PREF:The lad]] in [[FAC:bed 4]] ([[AGE:19]], [[CLIN:fractured femur]] from a moped crash on the [[LOC:Wandsworth]] "
     "one-way system [[REC:last night]]) has asked me to marry him twice already. The morphine is strong today 😂",
     "Bed, age, injury, location and recency of the accident.")

post("t", "high",
     "Just discharged a [[AGE:34F]] [[CLIN:post-partum psychosis]] back to the [[FAC:mother and baby unit]] at "
     "[[FAC:Bethlem]]. [[DATE:Admitted 2nd Feb]], home with baby [[REC:today]]. Proud of her.",
     "Age, named unit, admission date and a rare psychiatric condition.")

post("t", "high",
     "[[PREF:Guy]] at the bus station in [[LOC:Hanley]] I treated [[REC:earlier]] ([[AGE:40s]], red beard, [[CLIN:on a s136]]) told me "
     "he used to be a firefighter at [[FAC:Longton station]]. Small city; hope he's ok.",
     "Place, age band, appearance, former workplace and a s136 detention.")

post("f", "high",
     "Slightly desperate here. [[PREF:My client]] [[P:Tyrone Walsh]] has been on a [[CLIN:CTO]] for eighteen months and "
     "[[REC:today]] the responsible clinician told him it's being extended again. He's doing everything asked of him, "
     "[[CLIN:depot every fortnight]] at the [[FAC:Beacon Centre]], no drink, no police contact. He rang me crying from "
     "his flat on the [[LOC:Kirkby]] estate. Does anyone know how hard the tribunal actually looks at these? I want "
     "to support his appeal properly.",
     "Client's full name with a CTO, depot medication, clinic and estate.")

post("t", "high",
     "[[REC:Tonight]]: [[AGE:17yo]] [[PREF:female]], [[CLIN:5150]] after a [[CLIN:Tylenol OD]], brought in from "
     "[[FAC:Lincoln High]] by her coach. Third kid from that school this semester. We have to talk about this.",
     "Age, school, involuntary hold and overdose with recency.")

post("t", "high",
     "Fun fact: [[P:Marlene]] from the [[FAC:Oakwood]] assisted living ([[AGE:91]]) got [[CLIN:Baker Acted]] by a "
     "locum who didn't know her [[CLIN:UTI delirium]] from psychosis. Sorted now but wow. #FloridaNurse",
     "Name, facility, age and an involuntary examination.")

post("t", "high",
     f"Kept waiting 40 mins on hold for Medicare. [[PREF:Patient]] [[P:Harold Bixby]], MBI [[RID:{mbi('3RT7-WK2-PA58')}]], "
     f"[[CLIN:home O2]] denied AGAIN. I give up, someone else try 😤",
     "Name and Medicare Beneficiary Identifier with clinical detail.")

post("f", "high",
     f"Posting in here because I'm at my wits end. Trying to get SSI sorted for [[PREF:a client]] and the office keeps "
     f"losing the paperwork. [[P:Ms. Yolanda Reyes]], SSN [[RID:{ssn('412', '73', '9051')}]], [[DOB:b. 04/22/1961]]. "
     f"[[CLIN:Schizoaffective]], lives at [[ADDR:1840 W Cermak Rd]], [[LOC:Chicago]] [[ADDR:60608]]. Does anyone have a "
     f"contact at the field office who actually answers?",
     "SSN, US-format date of birth, diagnosis, address and ZIP.")

post("t", "high",
     f"PIP tribunal win for [[P:Kerry-Anne]] 🙌 NI no. [[RID:{nino('JT 48 21 67 C')}]] (so the DWP can find her file this time "
     f"🙄). [[CLIN:Fibromyalgia]] and [[CLIN:ME]], three years of fighting. Well done girl.",
     "Name, National Insurance number and diagnoses.")

post("t", "high",
     "[[PREF:Patient]] [[P:Shaun Doyle]] hospital no [[RID:K0493381]] discharged himself [[REC:this afternoon]] against "
     "advice with a [[CLIN:GCS 14 head injury]]. If he turns up at yours, [[FAC:Royal Oldham]] ED want him back.",
     "Name, hospital number, head injury and hospital.")

post("f", "high",
     "Ref [[RID:CRN-2291/45]] – looking for anyone who worked with this family before they moved to [[LOC:Swindon]]. "
     "Mum [[P:Sharon]] and the two boys ([[AGE:6]] and [[AGE:9]]), [[CLIN:child protection plan]] under neglect, closed "
     "in [[LOC:Bristol]] [[DATE:in March]]. Message me privately please.",
     "Case reference, names, children's ages and a child protection plan.")

post("t", "high",
     "[[P:Mr Abernethy]] (MRN [[RID:004418273]]) [[DOB:DOB 7/4/52]] back in for his 6th [[CLIN:paracentesis]] this month. "
     "[[CLIN:Still drinking]]. Some people just won't be helped.",
     "Name, MRN and date of birth with alcohol-related procedure.")

post("t", "high",
     "Can't believe [[PREF:my patient]] [[HAN:@gemma_lou_x]] posted a pic of her [[CLIN:cannula]] with our [[FAC:AMU]] "
     "whiteboard behind it 😂 girl your [[CLIN:troponin]] is on there",
     "Tags a patient's handle with her unit and tests.")

post("t", "high",
     "Shout out to [[HAN:@big_dave_runs]] who [[REC:3 weeks ago]] was in our [[FAC:resus]] with a [[CLIN:cardiac arrest]] "
     "and [[REC:today]] ran a parkrun 🏃‍♂️❤️ Tag him so he sees this lol",
     "Handle of a patient with his cardiac arrest.")

post("t", "high",
     "[[HAN:@NurseKezza]] you're a [[COND:lazy, useless cow]] and everyone on [[FAC:Ward 12]] knows you sleep on nights. "
     "Report me, I dare you.",
     "Abuse aimed at a colleague's handle and ward.")

post("f", "high",
     "Honestly [[P:Gavin Pritchard]], our so-called matron at [[FAC:St Aidan's]], is a [[COND:spineless, lying weasel]] "
     "who [[COND:couldn't manage a raffle]]. Three of us off with stress and he's on a jolly in Harrogate. Share this "
     "if you work there, he needs to see it.",
     "Named manager and workplace attacked with derogatory language.")

post("t", "high",
     "[[FAC:Meadowbank Care]] in [[LOC:Falkirk]] are a [[COND:bunch of penny-pinching crooks]]. Owners drive Range Rovers "
     "while the staff use their own money for gloves. Never again.",
     "Named employer attacked with derogatory language.")

post("t", "high",
     "Dr [[P:Sandhu]] on [[FAC:Ward 30]] is the [[COND:most arrogant prat]] I've ever worked with. Spoke to a student like "
     "dirt [[REC:today]]. Know your worth, kids.",
     "Named doctor and ward with derogatory language.")

post("f", "high",
     "Anyone else worked with [[P:Bev]] who's now the practice manager at [[FAC:Riverside Surgery]] in [[LOC:Leek]]? "
     "[[COND:Vindictive, two-faced bully]]. Made my last year a misery. Just a warning for anyone applying there.",
     "Identifiable colleague (first name, role, practice, town) attacked.")

post("t", "high",
     "[[REC:This morning]]'s [[COND:frequent flyer]] [[P:Big Tony]] from the [[LOC:Fenham]] flats, [[COND:stinking of cider]], "
     "[[CLIN:chest pain]] for the 40th time. Guess who got the 999 call 🙄",
     "Nickname, estate and derision of a patient.")

post("t", "high",
     "Tiny warrior update 💙 [[P:Baby Nia]] born at [[AGE:24 weeks]] on our [[FAC:NICU]] at [[FAC:Singleton]] is now off "
     "the [[CLIN:ventilator]]! Mum [[P:Carys]] is over the moon x",
     "Baby's name, gestation, NICU and hospital (relative's passing okay is not documented consent).")

post("t", "high",
     "[[P:JD]] in [[FAC:room 6]] at [[FAC:Harbour View]] [[CLIN:fell again]] [[REC:overnight]], [[CLIN:skin tear]] both arms. "
     "Son's furious. [[CON:jdfamily.carter@example.com]] is emailing the manager as we speak.",
     "Initials, room, care home, injury and a relative's email.")

post("f", "high",
     "Please share 🙏 [[PREF:One of our residents]], [[P:Albert]] ([[AGE:86]], [[CLIN:advanced dementia]]) walked out of "
     "[[FAC:Beech House]] on [[LOC:Mill Lane]] around [[REC:2pm]]. Wearing a brown cardigan and slippers. If seen please "
     "ring the home on [[CON:01632 960481]] or the police on 101.",
     "Missing-person appeal written by staff: name, age, dementia, home and street.")

post("t", "high",
     "Honestly [[PREF:the wife of the man]] in [[FAC:side room 2]] ([[CLIN:end of life]], [[AGE:58]], retired headteacher "
     "at [[FAC:Greenhill Primary]]) is an absolute gem. Brought us all cake [[REC:today]].",
     "Room, age, former school and end-of-life status.")

post("t", "high",
     "[[REC:Today]]'s [[CLIN:stroke thrombolysis]] was the [[PREF:dinner lady]] from [[FAC:St Peter's RC Primary]] in "
     "[[LOC:Hartlepool]]. Door to needle 31 mins 👊",
     "Occupation, named school and town with a treatment and recency.")

post("t", "high",
     "[[PREF:The only patient]] with [[CLIN:Huntington's]] on [[LOC:Anglesey]] came to clinic [[REC:today]] in a kilt "
     "and sang to the receptionists. Absolute gem.",
     "Rare condition, island and recency.")

post("t", "high",
     "[[PREF:Mam of one of my kids]] at [[FAC:Ysgol Y Graig]] told me [[REC:today]] her daughter ([[AGE:9]]) has "
     "[[CLIN:leukaemia]]. Diolch i bawb for the card. #schoolnurse",
     "Named school, year group, leukaemia and recency.")

post("f", "high",
     "Proper long one, sorry. [[REC:Yesterday]] I went out to [[PREF:a gentleman]] in [[LOC:Aberdaron]] who'd been on the "
     "floor all night after a [[CLIN:fall]]. [[AGE:89]], ex-lifeboat coxswain, lives alone in the white cottage past the "
     "church with his collie. He refused to go in because of the dog. We sat on his kitchen floor for two hours "
     "waiting for a neighbour. His [[CLIN:hip]] was [[CLIN:shortened and rotated]] and he still insisted I take a "
     "biscuit from the tin by his chair. He's at [[FAC:Ysbyty Gwynedd]] now. Some days this job is everything.",
     "Age, village, former role, home description and injury: anyone local would know him.")

post("t", "high",
     "[[PREF:The footballer]] we had in [[FAC:Majors]] [[REC:last night]], [[AGE:22]], plays for [[LOC:Stockport Town]] "
     "reserves, [[CLIN:ACL rupture]]. His season's over. Gutted for him.",
     "Age, club, injury, department and recency.")

post("t", "high",
     "When [[P:Mrs F. Okafor]] ([[DOB:d.o.b. 3.7.48]]) asks you to move her [[CLIN:colostomy]] appointment for her "
     "granddaughter's wedding you MOVE IT 💃",
     "Initial and surname, date of birth and stoma.")

post("t", "high",
     "[[PREF:Patient]] [[DOB:DOB: 1956-11-02]], [[FAC:Bay C]], [[CLIN:allergic to penicillin]], given co-amox by the night "
     "team. [[REC:Just now]]. Datix in. Furious.",
     "Date of birth, bay, allergy and a medication error.")

post("t", "high",
     "[[P:Kayden]] [[DOB:born 2 Jan 2019]] finally got his [[CLIN:autism diagnosis]] from the [[FAC:Cedars CDC]] [[REC:today]] "
     "after 3 years on the waiting list 💙 Mum, you're a hero.",
     "Child's name, date of birth, diagnosis and clinic.")

post("t", "high",
     "Shift from hell. [[P:Mrs Okoro]] [[DOB:date of birth 12-Aug-1975]] [[CLIN:bled]] after her "
     "[[CLIN:hysterectomy]] and [[FAC:theatre 4]] was already in use. She's fine, I'm not.",
     "Name, date of birth and surgery.")

post("t", "high",
     "The [[CLIN:DoLS]] for [[PREF:our lady]] [[P:Win]] ([[AGE:nearly 100]]) at [[FAC:Fernlea]] expired [[DATE:on the 14th]] "
     "and nobody renewed it. Who do I even escalate to?",
     "Nickname, age, care home and deprivation of liberty status.")

post("f", "high",
     "Can someone sanity check this for me? [[PREF:Lad I'm working with]], [[P:Kieran]], [[AGE:turns 18 next week]] and "
     "moves from [[FAC:CAMHS]] to adult services. He's [[CLIN:on a section 3]] at [[FAC:Ardenleigh]] and nobody has "
     "done his transition plan. Mum is fuming. Is that on us or them?",
     "First name, exact age milestone, unit and section 3.")

post("t", "high",
     "[[REC:At 3am]] I held the hand of [[P:Arthur Newbold]], 62 years a miner in [[LOC:Fryston]], while he "
     "[[CLIN:died]]. His family didn't make it in time. RIP Arthur 🖤",
     "Full name, town, former occupation and death.")

post("t", "high",
     "Dear [[FAC:Northfield NHS Trust]], your new rota system is designed by [[COND:absolute halfwits]] and run by "
     "[[COND:cowards]] who hide behind email. Yours, a nurse who's quitting.",
     "Attacks the author's named employer with derogatory words.")

post("t", "high",
     "Proud of [[PREF:my caseload mum]] [[P:Shanice]] 💕 baby boy [[DATE:born 14/03]] at [[FAC:Birmingham Women's]] via "
     "[[CLIN:emergency section]] after a 30hr labour. #midwife",
     "Client's name, delivery date, hospital and procedure.")

post("t", "high",
     "Our [[AGE:101-year-old]] [[PREF:resident]] at [[FAC:Sunnymede]] in [[LOC:Bexhill]] had her first "
     "[[CLIN:covid jab]] booster [[REC:today]] and asked the GP out for dinner 😂",
     "Age, named care home and town with recency.")

post("t", "high",
     "OK who on [[FAC:Ward 7B]] is feeding [[P:Mr Hollis]] biscuits when he's [[CLIN:NBM]] for [[CLIN:theatre]]?? "
     "That's twice his op has been cancelled. [[COND:Idiots]].",
     "Name, ward and nil-by-mouth status.")

post("t", "high",
     "Reminder [[P:Lisa T]] you still owe me for the pizza AND you left [[P:Mrs Gray]]'s [[CLIN:PEG feed]] running "
     "[[REC:last night]] 🤦‍♀️ [[FAC:Bay 5]] nurses unite",
     "Patient name, bay and feed; colleague named.")

post("f", "high",
     "Thread for my safeguarding colleagues. I'm after advice, not judgement. Family of four on the [[LOC:Orchard Park]] "
     "estate in [[LOC:Hull]]: mum ([[AGE:29]]), dad ([[AGE:31]]), two girls aged [[AGE:3]] and [[AGE:5]]. Dad has "
     "[[CLIN:just been released]] from [[FAC:HMP Hull]] on licence for [[CLIN:DV]]. Mum has let him back in. The eldest started at "
     "[[FAC:Thorpe Park Primary]] in September. I've raised it with my manager but feel ignored. How would you escalate?",
     "Estate, ages, school and DV history: a family anyone local could identify.")

post("t", "high",
     "[[REC:Today]] I reviewed a [[AGE:7 week old]] [[PREF:baby]] at [[FAC:Alder Hey]] with [[CLIN:unexplained rib fractures]] "
     "from [[LOC:Bootle]]. I'm shaking. Some days I hate the world.",
     "Infant's age, hospital, town, injuries and recency.")

post("t", "high",
     "[[CLIN:Overdosed]] on his own [[CLIN:methadone]] [[REC:this morning]]: [[AGE:44]], ex-soldier, lives in the hostel "
     "on [[LOC:Gorgie Road]]. Third from that building this year.",
     "Age, former occupation, street and overdose.")

post("t", "high",
     "Reg'd [[P:Jamie-Lee Harper]]'s death at [[REC:04:12 this morning]], [[FAC:Hospice at Home]] [[LOC:Morecambe]]. "
     "Her mum asked me to tell people she loved the sea. RIP chick 🌊",
     "Full name, time of death, service and town.")

post("t", "high",
     "[[PREF:Client]] [[P:C.M.]], [[AGE:16]], at [[FAC:Rowan House]] children's home [[CLIN:missing again]] [[REC:since Friday]], "
     "known to be in [[LOC:Shirebrook]]. Any youth workers see her, please DM.",
     "Initials, age, children's home, town and missing episode.")

post("t", "high",
     "[[P:Mrs Evangeline Boateng]] (our longest-standing [[CLIN:dialysis]] patient, 23 years!) retired from the "
     "[[FAC:Kidney Unit]] choir [[REC:today]]. We cried. Congrats E 💐",
     "Full name with dialysis and unit.")

post("t", "high",
     "Guess who ended up in our [[FAC:A&E]] [[REC:tonight]]? [[P:Darren]] from the [[LOC:Co-op]] on [[LOC:Station Road]], "
     "[[CLIN:drunk]] and [[CLIN:bleeding from his ear]]. Karma, mate.",
     "Nickname with workplace and street, intoxication and injury, mocking.")

post("t", "high",
     "Any OTs know [[P:Marta]]? Lives at [[ADDR:Flat 3, 18 Dunmore Street]], [[CLIN:MND]], needs a stair lift before "
     "her [[CLIN:PEG]] op on [[DATE:the 22nd]]. Her husband [[P:Piotr]] is [[CON:marta.piotr.n@example.org]].",
     "Name, full address, MND, relative's email.")

post("t", "high",
     "US folks: how do I appeal a Medicaid denial? [[PREF:Pt]] ID [[RID:TX00913472]], [[AGE:63]], [[CLIN:dialysis]] "
     "transport not covered. [[CON:(512) 555-0148]] is his daughter.",
     "Medicaid ID, age, treatment and a relative's phone number.")

post("t", "high",
     "[[P:Maria Jose\u0301]] in [[FAC:bed 11]] kept calling me \u201cmi ángel\u201d after her [[CLIN:hip replacement]] "
     "[[REC:today]] 🥹",
     "Patient name (decomposed accent tests code points), bed and surgery.")

post("t", "high",
     "[[P:Jose\u0301]] from [[FAC:Bay 2]]: [[CLIN:sickle cell crisis]], in for the fourth time [[REC:this month]]. He's "
     "[[AGE:20]]. The system is failing him.",
     "Name (decomposed accent), bay, condition and age.")

post("t", "high",
     "[[P:Ginny]] ([[HAN:@ginnyweavesstuff]]) told me [[REC:today]] her [[CLIN:biopsy]] came back clear 🥳 — tagging "
     "her so the whole timeline can cheer 🎉",
     "Name and handle with biopsy results.")

post("t", "high",
     "[[LOC:Aberystwyth]] crew [[REC:tonight]]: a [[AGE:20-year-old]] [[PREF:student]] from the [[FAC:halls at Penglais]] "
     "[[CLIN:fitting]] after [[CLIN:MDMA]]. Parents on their way from Cardiff. Please look after your mates.",
     "Town, age, halls of residence, seizure and drug with recency.")

post("f", "high",
     "Need help tracing a family. [[PREF:Elderly gent]] brought in [[REC:this evening]] with no ID, only a bus pass in "
     "the name of [[P:Reginald Fossett]], [[DOB:born 1939]]. [[CLIN:Confused]], [[CLIN:hypothermic]], found on the "
     "benches at [[LOC:Clifton Park]]. If you're family or know him ring [[FAC:Rotherham General]] ED.",
     "Appeal with full name, year of birth, condition and location.")

post("t", "high",
     "Our [[AGE:5yo]] [[PREF:patient]] from [[LOC:Peterhead]] went home from [[FAC:RACH]] [[REC:today]] after "
     "[[CLIN:a liver transplant]] 💚 The whole ward lined up to clap.",
     "Age, town, children's hospital, transplant and recency.")

post("t", "high",
     "[[CLIN:Pregnant]] at [[AGE:13]] and the [[CLIN:safeguarding referral]] got bounced back. [[FAC:Oldfield School]] "
     "in [[LOC:Corby]]. I'm livid.",
     "Child's age, school, town and pregnancy.")

post("t", "high",
     "Absolutely love [[P:Mr Danjuma]] in [[FAC:Bed 14]] 😂 [[CLIN:confused]] as anything after his "
     "[[CLIN:anaesthetic]], called me his 'third wife' and asked for a Guinness at 6am",
     "Name, bed and post-anaesthetic confusion.")

post("f", "high",
     "I've worked on [[FAC:ward 15]] for eleven years and I'm done. [[P:Carol Pike]] (band 7) is a [[COND:nasty, "
     "controlling bully]] who has driven out six nurses this year. If you're thinking of applying to [[FAC:Kettering]], "
     "don't.",
     "Named colleague, ward and hospital with derogatory language.")

post("t", "high",
     "Whoever the [[P:Dr Khan]] is at [[FAC:Park Lane Medical Centre]], you're a [[COND:disgrace]] to the profession. "
     "Sent my patient home twice. [[COND:Clown]].",
     "Named GP and practice attacked.")

post("t", "high",
     "[[PREF:Man]] who [[CLIN:hanged himself]] at the [[LOC:Millbay]] flats [[REC:yesterday]] was a [[AGE:51 yr old]] "
     "postman. We did CPR for 40 mins. Please check on your mates.",
     "Location, age, occupation, method of suicide and recency.")

post("t", "high",
     "[[PREF:Hubby]] of [[P:Janice]] in [[FAC:Bay 4]] is bringing her the Greggs from across the road every day "
     "despite her [[CLIN:diabetes]] 🙄 [[REC:Today]] was two sausage rolls.",
     "Patient name, bay and diabetes.")

post("t", "high",
     "[[PREF:Patient]] on [[FAC:Ward 9]] [[FAC:Leighton]] [[AGE:aged 23]], [[CLIN:anorexia]], [[CLIN:BMI 12]] and still "
     "managed to do 300 star jumps behind the curtain [[REC:this morning]].",
     "Age, named ward and hospital, eating disorder and recency.")

post("t", "high",
     "[[P:Zainab]] you're a star ⭐ [[PREF:my girl]] with [[CLIN:CF]] from [[FAC:clinic]] got her A-level results "
     "[[REC:today]] (3 A*s!) despite all those admissions. Med school here she comes.",
     "First name and cystic fibrosis with recency.")

post("t", "high",
     "Call back needed: [[P:Dennis Crowther]], [[CON:0161 496 0735]], [[CLIN:query DVT]], waiting since [[DATE:Thursday]]. "
     "Who's on triage?",
     "Name, phone and condition.")

post("t", "high",
     "[[P:T. Hughes]], [[AGE:67M]], [[CLIN:NSTEMI]], [[FAC:CCU]] [[FAC:bed 3]]. Bloods pending. Handover [[REC:now]] 📝",
     "Initial-surname, age, diagnosis and bed.")

post("f", "high",
     f"Scam or real? Got a call from someone saying they're from the pension service asking me to confirm "
     f"[[PREF:one of our tenants]], [[P:Mrs Irene Doak]]'s NI number [[RID:{nino('AB123456D')}]] and [[DOB:DOB 30th Sept 1944]]. "
     f"I work in her [[FAC:supported living]] and didn't give it. Right?",
     "Repeats a service user's name, NI number and date of birth while asking about a scam.")

post("t", "high",
     f"[[FAC:Dialysis unit]] chaos [[REC:today]], [[PREF:pt]] [[P:G.S.]] [[NHS:{nhs('401023213', 'dash')}]] turned up on the "
     f"wrong day again 🙃",
     "Initials and NHS number with dialysis.")

post("t", "high",
     f"[[P:Mr Oduya]]'s hospital number is [[RID:RXN 448 2190]] if anyone on nights can chase his [[CLIN:CT head]]. "
     f"[[FAC:Ward 3]]. Ta.",
     "Name, hospital number and scan.")

post("t", "high",
     "[[P:Nan Eileen]] on [[FAC:Larch Ward]] has been asking everyone for a lemon sherbet since she came in after her "
     "[[CLIN:fall]] [[REC:yesterday]] 🍋 Someone bring her some!",
     "Patient nickname, ward and fall with recency.")

post("t", "high",
     "[[HAN:@ward11_girls]] we've got a bet going: is [[P:Mr P]] in [[FAC:bed 20]] faking his [[CLIN:chest pain]] to get "
     "the jelly again? [[COND:Attention-seeking old git]] 😂",
     "Initial, bed, symptom and derision of a patient.")

post("t", "high",
     "[[REC:Today]] my [[PREF:client]] ([[AGE:mid-70s]], [[LOC:Ullapool]], retired GP) told me his [[CLIN:Alzheimer's]] diagnosis "
     "and asked me not to tell his wife yet.",
     "Small town, former GP and diagnosis with recency.")

post("t", "high",
     "[[HAN:@tomclarke_93]] mate you're not invisible just because you wore a hoodie to the [[FAC:sexual health clinic]] "
     "😂 see you for your [[CLIN:results]] Tuesday",
     "Handle of a patient with the sexual health clinic.")

post("t", "high",
     "RIP [[P:Bobby Naylor]] ([[AGE:71]]) who [[CLIN:passed]] at [[FAC:St Gemma's]] [[REC:last night]]. Our favourite "
     "ever hospice patient, cheeky to the end 🕊",
     "Full name, age, hospice and death.")

post("t", "high",
     "Student nurse [[P:Ellie Marsh]] on [[FAC:Ward 18]] [[FAC:Queen's]] is the [[COND:thickest]] student we've ever "
     "had. [[COND:Can't even do obs]]. How is she passing?",
     "Named student and ward attacked.")

# ==================================================================== LOW

post("t", "low",
     "[[CLIN:Sectioned]] [[PREF:a young woman]] [[REC:today]] and she thanked me at the door of the ambulance. Never "
     "gets easier.",
     "Real detention, recency only; no identifiers.")

post("t", "low",
     "[[PREF:A gentleman]] I visit [[CLIN:can't remember his wife died]] and asks for her every visit. Do we tell him "
     "again or go along with it? Thoughts from dementia nurses welcome.",
     "Real client with dementia, no identifiers.")

post("t", "low",
     "[[PREF:My patient]] [[REC:this morning]] told me her [[CLIN:chemo]] hair loss was the first time she'd felt "
     "brave enough to go out without a wig. 💜",
     "Real patient, clinical detail, recency only.")

post("t", "low",
     "[[PREF:Lad]] I'm working with has been [[CLIN:clean from spice]] for 100 days [[REC:today]]. Bought him a "
     "meal deal to celebrate. 🥪🎉",
     "Real client, addiction history, recency only.")

post("t", "low",
     "[[PREF:Kid]] on [[FAC:Paeds]] asked if his [[CLIN:nebuliser]] was a dragon machine. It is now. 🐉",
     "Unidentifiable child, unnamed unit only.")

post("f", "low",
     "Something I've been thinking about. [[PREF:A client]] of mine, [[AGE:in her 60s]], was [[CLIN:placed on a CTO]] "
     "after years of revolving-door admissions. Everyone calls it coercive, and it is, but she says it's the first "
     "time she's kept a flat for more than six months. I don't have an answer. Just sharing because these things "
     "are never as simple as Twitter makes them look.",
     "Real client, age band only, CTO; no other identifiers.")

post("t", "low",
     "Held the hand of [[PREF:an old soldier]] [[REC:last night]] as he [[CLIN:died]]. No family. He told me about "
     "Normandy. I won't forget him.",
     "Real death, recency only; 'old soldier' is broad.")

post("t", "low",
     "[[PREF:Pt]] [[REC:earlier]] asked if his [[CLIN:catheter]] would affect his golf swing. Priorities 😂",
     "Light real anecdote, recency only.")

post("t", "low",
     "Once had [[PREF:a mum]] on [[FAC:labour ward]] ask for the baby to be called after me. I said no. She did "
     "it anyway 😭 [[CLIN:Born by forceps]], all well.",
     "Real birth, unit only.")

post("t", "low",
     "Spent ten minutes [[REC:this week]] persuading [[PREF:a patient]] that [[CLIN:antibiotics]] do nothing for her "
     "[[CLIN:viral sore throat]]. She left unconvinced and slightly cross.",
     "Real patient, recency only.")

post("t", "low",
     "[[PREF:One of my service users]] [[REC:yesterday]]: 'you're the only person who doesn't look at me like I'm my "
     "[[CLIN:diagnosis]].' Made my week.",
     "Real service user, recency only.")

post("t", "low",
     "Some of the [[COND:lazy so-and-sos]] I work with need to learn what a bedpan is. Rant over.",
     "Derogatory about unnamed colleagues; nobody identifiable.")

post("t", "low",
     "Managers who schedule 'wellbeing sessions' during handover are [[COND:clueless muppets]]. That's it. That's the "
     "tweet.",
     "Derogatory about unidentifiable managers.")

post("t", "low",
     "[[PREF:Patient]] [[REC:tonight]] was an [[COND:absolute nightmare]], called me every name going. Took my break "
     "in the car and screamed into a pillow 🙃 #nursing",
     "Unidentifiable patient, recency only; mild derision of the exchange.")

post("t", "low",
     "Honestly some [[PREF:relatives]] are [[COND:vultures]]. Circling the will before he's even [[CLIN:stopped "
     "breathing]].",
     "Derogatory words about unidentifiable relatives of a real case.")

post("f", "low",
     "Shared with permission 💙 This is [[P:Olwen Pritchard]] from [[LOC:Dolgellau]], who came to us after her "
     "[[CLIN:stroke]] unable to say a word. [[REC:Today]] she read the first page of her grandson's book aloud. Her "
     "family asked me to share so other stroke survivors know it can get better. Da iawn Olwen!",
     "Named story with stated consent: remind to document consent covering a public post.")

post("t", "low",
     "Posting with [[P:Dev]]'s permission: my client of 4 years, [[CLIN:HIV]] undetectable since 2021, is running the "
     "Manchester 10k for [[FAC:George House Trust]] on Sunday. Sponsor him! 🏃🏾",
     "Consent stated for a named client with HIV status: reminder about documented consent.")

post("t", "low",
     "With her blessing and her mum's: [[P:Amira]] ([[AGE:12]]) finished her last [[CLIN:chemo]] [[REC:today]] and "
     "we had the bell, the bubbles and the dance 🔔💃",
     "Named child with stated consent: check written consent for public sharing.")

post("f", "low",
     "He's asked me to share this, so here goes. [[P:Pete]], one of our [[FAC:day centre]] regulars, has been "
     "[[CLIN:sober]] for five years [[REC:this week]]. He says to anyone struggling: ring someone. He did, and "
     "he's still here. Proud of you Pete.",
     "Named service user who asked for the post: consent stated, confirm it is documented.")

post("t", "low",
     "[[PREF:A patient]] with [[CLIN:MS]] taught me more about resilience in one conversation than 20 years of "
     "CPD. Thank you, wherever you are.",
     "Real patient, no identifiers.")

post("t", "low",
     "[[PREF:Young lad]] in [[FAC:resus]] after [[CLIN:nitrous]]. Couldn't feel his legs. Please, "
     "the balloons are not harmless.",
     "Unidentifiable patient, unnamed unit only.")

post("t", "low",
     "[[PREF:Someone I support]] had her [[CLIN:benefits sanctioned]] [[REC:this week]] for missing an appointment "
     "she was in hospital for. The system is broken.",
     "Real client, recency only.")

post("t", "low",
     "[[PREF:Lady]] I visited [[REC:earlier]] has been [[CLIN:hoarding]] for decades and finally let us clear "
     "the hallway. Small steps 🧹",
     "Real client, recency only.")

post("t", "low",
     "Being [[CLIN:5150'd]] is terrifying, [[PREF:my patient]] told me [[REC:tonight]]. She's right. Slow down, "
     "explain, use their name.",
     "Real patient with a hold, recency only.")

post("t", "low",
     "[[PREF:Older gent]] [[REC:today]], [[CLIN:Baker Acted]] by a cop who thought his [[CLIN:hypoglycaemia]] was "
     "psychosis. Check the sugar, folks.",
     "Real patient, recency only; no identifiers.")

post("t", "low",
     "[[PREF:The man]] I brought in on a [[CLIN:136]] [[REC:last week]] sent a card to the station. 'Thanks for not "
     "cuffing me.' 🥲",
     "Real detention, one time marker.")

post("t", "low",
     "[[REC:This morning]] [[PREF:a teenager]] [[CLIN:disclosed self-harm]] to me for the first time. I listened. I "
     "followed procedure. I cried in the car after.",
     "Real disclosure, recency only.")

post("t", "low",
     "[[PREF:A patient]] with [[CLIN:locked-in syndrome]] once spelled out 'tell them I'm still here' on the letter "
     "board. I think of her whenever someone talks over a patient.",
     "Rare condition alone, no time, place, age or name: one quasi-identifier.")

post("t", "low",
     "[[PREF:A family]] I work with got their [[CLIN:EHCP]] through after 2 years. Mum cried, I cried. 🙌",
     "Real family, no identifiers.")

post("t", "low",
     "Cómo se dice 'you're safe now' en español? [[PREF:Patient]] [[REC:tonight]] was so scared after her "
     "[[CLIN:seizure]] and my Spanish failed me 😞",
     "Real patient, recency only; accented text before spans.")

post("t", "low",
     "家人 visiting [[PREF:our lady]] in [[FAC:ITU]] brought her homemade congee and she ate "
     "the lot 🥣 [[CLIN:Off the ventilator]] three days.",
     "Real patient, unnamed unit only; Chinese text before spans.")

post("t", "low",
     "Llongyfarchiadau to [[PREF:my client]] who passed her driving test [[REC:today]] after years of "
     "[[CLIN:agoraphobia]] 🚗💚",
     "Real client, recency only; Welsh text before spans.")

post("t", "low",
     "[[PREF:Patient]] asked me if [[CLIN:dialysis]] means she can't go to her grandson's wedding abroad. We'll "
     "make it work. 💍",
     "Real patient, no identifiers.")

post("t", "low",
     "[[PREF:A man]] [[AGE:in his 50s]] told me he'd never cried in front of anyone until his "
     "[[CLIN:cancer diagnosis]]. Men, talk.",
     "Real patient, age band only: not enough to identify.")

post("t", "low",
     "Another shift, another [[CLIN:drunk]] [[COND:idiot]] swinging at the paramedics. [[REC:Tonight]]'s "
     "was wearing a onesie.",
     "Derogatory about an unidentifiable patient, recency only.")

post("t", "low",
     "I'm sorry but [[PREF:the woman]] who called 999 for a [[CLIN:nosebleed]] [[REC:last night]] is a "
     "[[COND:time-waster]]. There, I said it.",
     "Unidentifiable caller described with derogatory words.")

post("t", "low",
     "My boss is the [[COND:most useless manager]] I've had in 20 years. Not saying where. Just needed to say it.",
     "Derogatory about an unnamed, unplaced manager.")

post("f", "low",
     "Long post, sorry. I've been a hospice nurse for nine years and I still think about [[PREF:a young dad]] I "
     "looked after at the start. He had [[CLIN:bowel cancer]] and two little ones. He spent his last week recording "
     "bedtime stories on his phone so they'd have one for every birthday until they were eighteen. He asked me to "
     "check the sound on each one. I don't know what happened to the family; I hope the stories helped. If you're "
     "new to palliative care and wondering if you'll cope: you will, and people like him are why.",
     "Real patient from years ago, clinical detail, no identifiers.")

post("t", "low",
     "[[PREF:Patient]] [[REC:today]] insisted her [[CLIN:leg ulcer]] was healing because she'd been putting honey "
     "from her own bees on it. It... actually was? 🐝",
     "Real patient, recency only.")

post("t", "low",
     "[[PREF:One of my kids]] on the caseload got [[CLIN:diagnosed with ADHD]] [[REC:this week]] and his teacher "
     "finally apologised to his mum. 👏",
     "Real child, recency only.")

post("t", "low",
     "[[PREF:A woman]] [[AGE:in her 90s]] refused [[CLIN:resuscitation]] and told me 'I've had my dance.' What a "
     "line.",
     "Real patient, age band only.")

post("t", "low",
     "[[PREF:A young person]] I work with told me she self-harms because it's 'the only thing that's mine'. "
     "[[CLIN:Self-harm]] is communication. Listen.",
     "Real disclosure, no identifiers.")

post("f", "low",
     "I know we're not meant to have favourites but [[PREF:the gentleman]] I've been seeing for his [[CLIN:leg "
     "dressings]] [[REC:this month]] has taught me three card tricks and how to make proper gravy. Retirement plans "
     "sorted.",
     "Real patient, recency only.")

post("t", "low",
     "[[PREF:Pt]] with [[CLIN:COPD]] [[REC:today]] said his inhaler tasted 'like a wet penny'. Honestly fair.",
     "Real patient, recency only.")

post("t", "low",
     "When [[PREF:a patient]] says 'I'm fine' while their [[CLIN:sats are 84%]], trust the sats. Happened "
     "[[REC:again today]].",
     "Real patient, recency only.")

post("t", "low",
     "Tough visit [[REC:this afternoon]]: [[PREF:dad]] [[CLIN:lost his job]], [[PREF:mum]] [[CLIN:drinking again]], "
     "kids keeping it together. I'll keep going back.",
     "Real family, recency only.")

post("t", "low",
     "Colleague of mine (not naming) is a [[COND:racist dinosaur]] and I'm sick of pretending otherwise. Escalating "
     "properly, but oof.",
     "Derogatory about an unnamed colleague.")

post("t", "low",
     "Thank you to [[PREF:the lady]] who [[CLIN:miscarried]] on my shift [[REC:yesterday]] and still thanked us on "
     "her way out. I'm so sorry.",
     "Real patient, recency only.")

post("t", "low",
     "[[PREF:Client]] [[REC:today]]: 'my [[CLIN:voices]] don't like you.' Me: 'that's fair, I'm not for everyone.' "
     "We both laughed. Rapport ✅",
     "Real client, recency only.")

post("t", "low",
     "Consent given 🙏 [[P:Harriet]] wants everyone to know her [[CLIN:bowel screening]] caught her cancer early. Do "
     "your test!",
     "Named patient, stated consent: check it is documented.")

post("t", "low",
     "With his permission: [[P:Mr Iwu]] celebrated 30 years of [[CLIN:kidney transplant]] with the whole "
     "[[FAC:renal unit]] [[REC:today]] 🎂",
     "Named patient with stated consent.")

post("t", "low",
     "[[PREF:Patient]] [[REC:this morning]] apologised for 'wasting our time' with his [[CLIN:chest pain]]. It was "
     "an [[CLIN:MI]]. Never apologise for calling.",
     "Real patient, recency only.")

post("t", "low",
     "Some of our Friday night [[FAC:A&E]] [[PREF:punters]] are [[COND:absolute animals]]. Don't @ me.",
     "Derogatory about unidentifiable patients.")

# =================================================================== NONE

post("t", "none",
     "Feeling low and can't see a way through? Samaritans are there day and night on 116 123, free from any phone. "
     "You can ring about anything that's weighing on you. 💚",
     "Public helpline, no individual.")

post("t", "none",
     "Not an emergency but need medical help? Try NHS 111 first (online or by phone). 999 is for life-threatening "
     "emergencies only. #HelpUsHelpYou",
     "Public-health signposting.")

post("t", "none",
     "US friends: the 988 Suicide & Crisis Lifeline is call or text, 24/7. Save it in your phone today. You might "
     "need it for someone you love.",
     "Public helpline.")

post("t", "none",
     "Children can call Childline on 0800 1111 about anything, any time. Share this in your school newsletter 📞",
     "Public helpline.")

post("t", "none",
     "Text SHOUT to 85258 if you're struggling and can't face a phone call. It's free, confidential and 24/7.",
     "Public text helpline.")

post("t", "none",
     "New ONS data: adults aged 65+ now make up almost a fifth of the UK population, and 1 in 3 people over 80 "
     "live alone. Plan services accordingly.",
     "Population statistics.")

post("t", "none",
     "Study of 12,400 patients aged 18-25 found those with type 1 diabetes were twice as likely to miss follow-up "
     "after moving to adult clinics. Transition matters.",
     "Research statistics.")

post("t", "none",
     "Section 136 detentions in England rose 8% last year, with young men aged 18 to 34 most affected. Police cells "
     "are still being used. Not good enough.",
     "National statistics about detentions.")

post("f", "none",
     "Teaching scenario for Thursday's sim session (fictional!): Mrs A, 78, is admitted with new confusion, a "
     "temperature of 38.4 and a urine dip positive for nitrites. Her son reports she was chatty and well on Sunday. Work in "
     "pairs: what are your differentials, what do you check first, and how would you explain delirium to the "
     "family? Bring your NEWS2 charts.",
     "Fictional teaching vignette.")

post("t", "none",
     "Case study for students (made up): a 15-year-old presents with abdominal pain and asks you not to tell her "
     "parents. What do you do? Gillick, Fraser, safeguarding - discuss 👇",
     "Fictional teaching case.")

post("t", "none",
     "Imagine a 30-year-old man with a BMI of 45 who's been told to 'just lose weight' by five clinicians. Would "
     "you have asked about his sleep apnoea? This is a hypothetical but it happens.",
     "Hypothetical scenario, no real case.")

post("t", "none",
     "What a section 2 actually means: up to 28 days of assessment, you can appeal to a tribunal within 14 days, and "
     "your nearest relative has rights too. Know your rights. 🧵",
     "General explanation of the Mental Health Act.")

post("t", "none",
     "For my US followers: a 5150 is a 72-hour involuntary hold in California. Florida's equivalent is the Baker "
     "Act. Neither is a punishment.",
     "General explanation of holds.")

post("t", "none",
     "What is a CTO? A Community Treatment Order lets someone leave hospital with conditions, like taking "
     "medication. Ask your care coordinator if you're unsure what yours says.",
     "General explanation of community treatment orders.")

post("t", "none",
     "Reminder: never put a patient's NHS number, name or date of birth in a WhatsApp group, even a 'closed' one. "
     "Use the secure system. #IG",
     "Information-governance advice.")

post("t", "none",
     "Sepsis signs in adults: slurred speech, extreme shivering, passing no urine, severe breathlessness, mottled "
     "skin. If in doubt, call 999. Time is tissue.",
     "General health advice with clinical words.")

post("t", "none",
     "Flu jabs are available at most pharmacies for over-65s, pregnant women and people with long-term conditions "
     "like asthma or COPD. Book yours today 💉",
     "Public-health campaign.")

post("t", "none",
     "Myth: you can't get pregnant while breastfeeding. Fact: you can. Talk to your midwife or GP about "
     "contraception after birth.",
     "Myth-busting.")

post("t", "none",
     "Antibiotics don't treat colds or most sore throats. Rest, fluids, paracetamol. See a pharmacist first.",
     "General advice.")

post("t", "none",
     "Turned 50 today 🎂 and my knees are officially older than me. 25 years a nurse and still love it.",
     "The author's own life.")

post("t", "none",
     "My mum was diagnosed with Alzheimer's this week. I've explained this to hundreds of families and now I "
     "can't find the words for my own. Be gentle with me.",
     "The author's own family.")

post("t", "none",
     "First shift back after my own knee arthroscopy 🦵 Sorry to every patient I ever told 'it won't hurt much'. It did.",
     "The author's own health.")

post("f", "none",
     "Personal post. Two years ago I was sectioned. I'm a mental health nurse, I'd been one for ten years, and I "
     "still didn't see it coming. Today I went back to the same hospital as a member of staff for the first time. "
     "I'm sharing because so many of us hide this. Getting ill doesn't make you a bad nurse. Getting help makes you "
     "a better one.",
     "The author's own detention and recovery.")

post("t", "none",
     "My son (7) broke his arm falling off the trampoline and I was weirdly calm until I saw the X-ray. Nurse mum "
     "mode is real. 😅",
     "The author's own child.")

post("t", "none",
     "Massive congratulations to our Sister Bethan Morris on her Queen's Nurse award! 🏆 Nobody deserves it more. "
     "#QueensNurse",
     "A colleague congratulated by name.")

post("t", "none",
     "Welcome to the team, Priya! Our newest HCA started on Ward 7 this week and already knows where everything "
     "is. 👋",
     "Colleague welcomed by name; no patient.")

post("t", "none",
     "Thank you to Dr Okafor and the whole Ward 10 team for the leaving do. 14 years. I'll miss you all 🥲",
     "Named colleagues thanked, no patient.")

post("t", "none",
     "The Health Secretary says waiting lists are falling. Our ED wasn't told. #NHS",
     "Public-figure news, political comment.")

post("t", "none",
     "Sad news that the former First Minister has been admitted to hospital. Wishing him a speedy recovery.",
     "Public-figure news.")

post("t", "none",
     "Addenbrooke's has opened a new 40-bed children's cancer unit today. Brilliant news for families across the "
     "East of England.",
     "Public hospital news, no individual.")

post("t", "none",
     "Kylie talking openly about her breast cancer years ago got a whole generation checking. Public honesty saves lives.",
     "Public figure's publicly announced health.",)

post("t", "none",
     "Join us for the Dementia Friends session on 14 March, 2-4pm, Llanberis Village Hall, LL55 4UR. Free, all "
     "welcome, tea provided ☕",
     "Event with a public venue address.")

post("t", "none",
     "Want to join our nurse-led research group? Email research.nurses@example.nhs.uk for details. All bands welcome.",
     "Organisation email for an event, not an individual's contact.")

post("t", "none",
     "Our charity shop at 12 Market Street needs volunteers on Saturdays. Call the shop on 01632 960100 🛍️",
     "Public business address and phone, no individual.")

post("t", "none",
     "Night shift survival kit: snacks with protein, a water bottle you'll actually refill, comfy socks and a "
     "colleague who gets your jokes. What's yours?",
     "Lifestyle post.")

post("t", "none",
     "Today is World Mental Health Day. Check on your strong friends, your quiet friends and yourself. 💚",
     "Awareness campaign; 'today' is not about a patient.")

post("t", "none",
     "Bore da! Diolch i bawb who came to the Welsh language champions training this morning 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Siaradwch "
     "Gymraeg with your patients, it matters.",
     "Event and language promotion; Welsh text.")

post("t", "none",
     "Dziękujemy! Our Polish-language leaflets on diabetes and foot care are now in every GP surgery in the "
     "county. 🇵🇱",
     "Public-health resources; Polish text.")

post("t", "none",
     "ہماری نئی ذیابیطس معلوماتی شیٹس اردو میں دستیاب ہیں — our new diabetes info sheets are available in Urdu. "
     "Ask at reception.",
     "Public-health resources in Urdu.")

post("t", "none",
     "欢迎! Mandarin-speaking families can now book the health visitor drop-in with an interpreter every Tuesday. "
     "Please share 🙏",
     "Service information in Chinese and English.")

post("t", "none",
     "Stroke? Think FAST: Face drooping, Arm weakness, Speech difficulty, Time to call 999. 🧠",
     "Public-health campaign.")

post("t", "none",
     "Hot take: handover should happen at the bedside with the patient involved. Nothing about me without me.",
     "Opinion on practice.")

post("t", "none",
     "Is anyone else's trust moving to e-prescribing this winter? Tips welcome, especially for insulin and "
     "warfarin charts.",
     "Professional question, no patient.")

post("t", "none",
     "Quick reminder that 'non-compliant' and 'frequent flyer' have no place in notes. Describe what happened, "
     "not the person.",
     "Advice on language; quoted terms aimed at no one.")

post("t", "none",
     "Dementia isn't a normal part of ageing. Around 1 in 14 people over 65 have it; most don't. #DementiaAction",
     "Statistics and myth-busting.")

post("t", "none",
     "Children under 5 with a fever over 39°C, a rash that doesn't fade under a glass or who are floppy need "
     "urgent help. Trust your instincts, parents.",
     "General advice with ages and clinical words.")

post("t", "none",
     "New NICE guidance on hypertension in people aged 80 and over: target under 150/90 clinic. Read it before "
     "your next clinic.",
     "Guidance with an age group.")

post("f", "none",
     "Fictional vignette for our ethics reading group (please don't read it as a real case): Mr B is 64, a retired "
     "bus driver with advanced COPD. He tells you he has stopped his inhalers because he 'wants it over with', and "
     "asks you not to tell his wife. He has capacity. Questions for discussion: 1) Is this a safeguarding issue? "
     "2) What does the Mental Capacity Act say? 3) How would you document the conversation? 4) What support could "
     "you offer him and his wife? We meet in the library at 1pm on the 12th.",
     "Fictional teaching vignette with age and diagnosis.")

post("t", "none",
     "Our hospice is running a Death Cafe on the first Wednesday of every month. Tea, cake and honest conversation "
     "about dying. ☕🍰",
     "Event.")

post("t", "none",
     "If you're a carer for someone with MND, the MND Association helpline is free and staffed by people who "
     "understand. Please reach out.",
     "Signposting to a public helpline.")

post("t", "none",
     "Domestic abuse? The National Domestic Abuse Helpline is 0808 2000 247, free and 24/7. If in danger call 999 "
     "and press 55. 💜",
     "Public helpline numbers.")

post("t", "none",
     "Proud to be a nurse. Proud to be in a union. Strike ballot closes on Friday, use your vote. ✊",
     "Campaign post.")

post("t", "none",
     "Medication tip: always check the patient's allergies before the first dose, even if the chart says NKDA. It "
     "takes ten seconds.",
     "General practice advice with clinical words.")

post("t", "none",
     "PSA: 'sectioned' is not an insult. People detained under the Mental Health Act deserve the same respect as "
     "anyone in hospital.",
     "Anti-stigma message.")

post("t", "none",
     "Reading 'This Is Going to Hurt' again for book club. Adam Kay's chapter on the night shift still makes me "
     "wince. 📚",
     "Public author and book.")

post("t", "none",
     "We're recruiting! Band 5 staff nurses for our stroke unit. Informal visits welcome, DM for details. 🏥",
     "Job advert.")

post("t", "none",
     "That feeling when you finish a 13-hour shift, get in the car, and realise you never had a wee. #NurseLife",
     "Author's own shift.")

post("t", "none",
     "Thank you to the 200+ people who came to our Mental Health First Aid course this year. Next dates out soon!",
     "Event thanks.")

post("t", "none",
     "PSA for new grads: your NCLEX won't teach you how to talk to a grieving family. Your colleagues will. Ask them.",
     "General advice.")

post("t", "none",
     "The average age of people sleeping rough who die on our streets is 45 for men and 41 for women. Let that "
     "sink in.",
     "Population statistics.")

post("t", "none",
     "Childhood vaccination rates for MMR have fallen below 85% in parts of London. Measles is back. Check your "
     "red book.",
     "Public-health news.")

post("f", "none",
     "A thread of things I wish I'd known as a newly qualified social worker:\n1. You will not fix everyone.\n2. "
     "Write your notes as if the person will read them, because they might.\n3. Supervision is not optional.\n4. "
     "'Hard to reach' often means 'we didn't try hard enough'.\n5. Look after yourself; burnout helps nobody.\n"
     "Add yours below 👇",
     "General professional advice.")

post("t", "none",
     "Question for community nurses: what's your go-to dressing for a heavily exuding venous leg ulcer? Trying to "
     "update our formulary.",
     "Clinical question with no patient.")

post("t", "none",
     "Our new falls prevention leaflet for over-70s is out. Simple home checks, exercises and when to ask for help.",
     "Public-health resource with an age group.")

post("t", "none",
     "Remember: a 72-hour hold is an emergency measure, not a treatment plan. Discharge planning starts on day one.",
     "General practice advice on holds.")

post("t", "none",
     "Honoured to speak at the RCN Congress in Liverpool this week about nurse-led clinics. Slides on my profile.",
     "Author's own work and event.")

post("t", "none",
     "Mind has a great guide to the Mental Health Act for families. Section 2, section 3, s136, CTOs, all in plain "
     "English.",
     "Signposting to public information.")

post("t", "none",
     "It's Carers Week! If you care for someone unpaid, you're entitled to a carer's assessment. Ask your local "
     "council.",
     "Campaign.")

post("t", "none",
     "Heatwave tips for older relatives: keep curtains closed, drink regularly, check in twice a day. 🌡️",
     "General advice.")

post("t", "none",
     "Training day on the Baker Act for new ER nurses this Friday. Pizza provided 🍕 #FloridaNurses",
     "Training event.")

post("t", "none",
     "Mammy's 80th today 🎉 She was a district nurse in Merthyr for 40 years and still tells me I'm doing my "
     "dressings wrong.",
     "The author's own family.")

post("t", "none",
     "Don't take someone's NI number or NHS number over social media, even if they offer. Direct them to the "
     "secure form.",
     "IG advice.")

post("t", "none",
     "Our ward won the Trust's team of the year! 🏆 Every HCA, nurse, domestic and ward clerk made this happen.",
     "Celebration, no individual.")

post("t", "none",
     "Young people aged 16 and 17 can consent to their own treatment. Parents can't override a competent refusal "
     "in every case. Know the law.",
     "General legal explanation with ages.")

post("t", "none",
     "Tonight's quiz night raised £1,240 for the neonatal unit! Thank you to everyone who came 🎉",
     "Fundraising event; recency word about no patient.")

post("t", "none",
     "The phrase 'bed blocker' needs to die. They are people waiting for care packages that don't exist.",
     "Opinion on language; no individual.")

# ============================================================ MORE (mixed)

post("f", "high",
     "I need to get this off my chest and I don't know where else to put it. Last week I was the nurse in charge "
     "when [[P:Mrs Gwenllian Rees]] came up from [[FAC:EU]] to [[FAC:Ward C6]] at [[FAC:UHW]]. She's [[AGE:74]], "
     "[[DOB:born on the 9th of October 1950]], lives on her own at [[ADDR:41 Llanbleddian Gardens]], [[LOC:Cathays]], "
     "[[ADDR:CF24 4AT]], and she'd been on the floor for two days before the postman noticed the milk. By the time "
     "she reached us she had [[CLIN:rhabdo]], an [[CLIN:AKI]] and a [[CLIN:grade 4 sacral sore]]. Her only family is a "
     "nephew in Swansea, [[P:Rhodri]], who I rang on [[CON:+44 7700 900632]] at midnight because nobody else had. He "
     "hadn't known she was ill. He cried on the phone. [[DATE:On 2 November]] she told me she'd rather die at home "
     "than go into a care home, and I promised I'd push for it. Yesterday I found out she's been placed in a nursing "
     "home in Barry against her wishes because there were no carers for a package. I know it's not my decision. "
     "I know the social workers are drowning too. But I made a promise and I broke it, and I can't stop thinking "
     "about her face. If anyone works in reablement in Cardiff and has any ideas, I'm all ears.",
     "Long post with full name, date of birth, address, postcode, relative's phone and diagnoses.")

post("t", "high",
     "Miami peeps: [[PREF:my patient]] [[P:Luis Ortega]], [[DOB:DOB 1/12/2003]], [[CLIN:type 1]], lost his insulin "
     "when his apartment flooded. [[ADDR:33101-2345]]. Call his mom at [[CON:305-555-0162]] if you can help 🙏",
     "Name, date of birth, diabetes, ZIP+4 and a relative's phone.")

post("t", "high",
     "[[REC:This afternoon]] a [[AGE:twenty-three-year-old]] [[PREF:bricklayer]] from [[LOC:Tredegar]] came into "
     "[[FAC:Nevill Hall]] with [[CLIN:testicular cancer]] he'd ignored for a year. Lads, check yourselves.",
     "Age in words, occupation, town, hospital and diagnosis with recency.")

post("t", "high",
     "Who gave [[P:Kev]] on [[FAC:Ward 2]] my work email?? Now getting messages from "
     "[[CON:kev.morrissey77@example.com]] asking for his [[CLIN:blood results]] 😂 love him",
     "Patient's name, ward and personal email with results.")

post("t", "high",
     f"Handover sheet left on the printer in [[FAC:AMU]] again. [[P:Mr Jacobs]], NHS: [[NHS:{nhs('450112233')}]], "
     f"[[CLIN:?PE]]. I've shredded it but come on people.",
     "Repeats a name and NHS number from a lost handover sheet.")

post("t", "high",
     f"Any Tayside DNs about? CHI [[NHS:{chi('030788', '254', 'space')}]], [[P:Ms Ailsa Geddes]], needs her "
     f"[[CLIN:LMWH]] jabs from [[DATE:Monday 14th]]. Referral got lost. Ta x",
     "CHI number with spaces, name, medication and date.")

post("t", "high",
     "[[CLIN:s5(2)]] on a [[AGE:nineteen year old]] [[PREF:student]] from [[FAC:Durham Uni]] [[REC:tonight]]. Parents "
     "flying in from Lagos. Tell your kids you love them.",
     "Holding power, age, university and recency.")

post("t", "high",
     "Our [[CLIN:5250]] [[PREF:guy]] ([[AGE:in his late 20s]], the skater who hangs out at [[LOC:Venice Beach]] "
     "pier) got released [[REC:this morning]]. See you next week buddy 😬",
     "Extended hold, age band, distinctive habit and landmark with recency.")

post("t", "low",
     "[[PREF:Patient]] [[AGE:in her early 40s]] asked me whether her [[CLIN:endometriosis]] means she "
     "can't have kids. Wish I'd had a better answer.",
     "Real patient, age band only.")

post("t", "low",
     "[[PREF:A gent]] [[AGE:in his 80s]] on my rounds credited porridge and never "
     "owning a car for outliving all his doctors. [[CLIN:Heart failure]] notwithstanding, he may be right.",
     "Real patient, broad age band only.")

post("f", "none",
     "Long one, but I promised the students I'd write this up. Our simulation day on the Mental Health Act went "
     "brilliantly. We ran three made-up scenarios: a police officer bringing someone to a place of safety under "
     "section 136, a nearest relative asking to discharge a section 2, and a community team deciding whether a CTO "
     "should be revoked. Actors played the service users and families, and none of the cases were real. The "
     "biggest learning point for the group was how little time the law actually gives you, and how much of the "
     "work is explaining rights in plain English. We also talked about the US comparison, since two students had "
     "worked in California, where a 5150 lasts up to 72 hours and can be followed by a 5250. Thank you to the AMHP "
     "team for their time, to our actors, and to the library for the room. Next session is on the Mental Capacity "
     "Act and DoLS, open to all second years. Feedback forms are in the shared drive.",
     "Long teaching post about fictional scenarios; MHA terms with no individual.")

post("t", "none",
     "Dr Sarah Jarvis on the radio this morning explaining menopause HRT better than most textbooks. Worth a listen.",
     "Public figure, recency word about a broadcast.")

post("t", "none",
     "Call 911 in an emergency. For poison questions in the US, Poison Control is 1-800-222-1222, free and 24/7.",
     "Public US helplines.")

post("t", "none",
     "Parents: a 2-year-old should be saying about 50 words. If you're worried, your health visitor is there to "
     "help, not judge.",
     "General developmental advice with an age.")

post("t", "high",
     f"Tagging [[HAN:@chloe.sews.things]] because look what she made me 😍 [[PREF:my lady]] with "
     f"[[CLIN:EDS]] from [[FAC:rheumatology clinic]] made me this scrub cap!",
     "Patient's handle with a rare condition and her clinic.")

post("t", "high",
     "[[HAN:@DrMikeHolloway]] you [[COND:pompous idiot]], you left [[PREF:my patient]] [[CLIN:in pain]] all night on "
     "[[FAC:Ward 6]] because you couldn't be bothered to answer your bleep.",
     "Attacks a colleague by handle, with ward and patient care.")

post("f", "high",
     f"Advice please. I'm a support worker and [[PREF:a lady I support]], [[P:Bernice Akinola]], got a letter saying her "
     f"National Insurance number [[RID:{nino('NW 62 90 14 A')}]] doesn't match DWP records so her "
     f"[[CLIN:ESA]] has stopped. She has [[CLIN:learning disabilities]] and can't ring them herself. Case ref "
     f"[[RID:ESA/7741093]]. What do I do?",
     "Name, NI number, benefits and learning disability, with a case reference.")

post("t", "high",
     "[[DATE:Admitted 12 March]], [[CLIN:discharged with a fractured wrist]] unseen by ortho. [[P:Mr Lewandowski]], "
     "[[FAC:Fracture Clinic]] at [[FAC:Wrexham Maelor]] is waiting for you. [[REC:Today]] please 😩",
     "Name, admission date, injury and hospital.")

post("t", "high",
     "Seattle nurses: [[PREF:a patient]] I discharged [[REC:yesterday]], [[P:Ruth Kaminski]], [[AGE:70]], "
     "[[ADDR:2210 NE 65th St]], [[CLIN:new oxygen]], hasn't picked up her meds. Anyone near there? Her cell is "
     f"[[CON:(206) 555-0193]].",
     "Name, age, street address, oxygen and phone.")

post("t", "low",
     "[[PREF:A mum]] at clinic [[REC:today]] apologised for crying when I weighed her baby. [[CLIN:Postnatal "
     "depression]] is not a failure. You're doing great, mama.",
     "Real patient, recency only.")

post("t", "low",
     "Pretty sure the [[PREF:gentleman]] I catheterised [[REC:last night]] proposed to me. I'm flattered, sir, but "
     "you were [[CLIN:delirious]] 😅",
     "Real patient, recency only.")

post("t", "low",
     "Some [[PREF:families]] are [[COND:entitled nightmares]] and I will die on this hill. [[REC:Today]]'s demanded "
     "a private room for a [[CLIN:sprained ankle]].",
     "Derogatory about an unidentifiable family with minor clinical detail.")

post("t", "none",
     "Huge congrats @NurseAmyB on your promotion to ward sister! Well deserved 🎉",
     "A colleague congratulated by handle; nothing to flag.")

post("t", "none",
     "Great to see @NHSEngland backing the new nursing workforce plan. Now fund it properly.",
     "Public organisation's handle.")

post("t", "none",
     "We've opened 12 extra beds on Ward 4 at the Royal for winter, and bed 1 to 6 are now single rooms. Thanks to "
     "estates for the quick work!",
     "Public service news with ward and bed numbers but no patient.")

post("t", "none",
     "Clinic closed on 25 and 26 December and 1 January. For urgent help use NHS 111 or, in Wales, 111 press 2 for "
     "mental health. Nadolig Llawen! 🎄",
     "Service dates and public helplines.")

post("t", "high",
     "Thread 1/3 🧵 Bear with me. [[REC:Last night]] at [[FAC:Leeds General]] we had a [[AGE:16-year-old]] "
     "[[PREF:boy]] from [[LOC:Harehills]], [[CLIN:stabbed twice in the thigh]] outside the chippy on [[LOC:Roundhay Road]]. "
     "He kept apologising to us for the mess. He's going to be OK. The knife wasn't his. #knifecrime",
     "Age, district, street, hospital, injury and recency in a near-limit tweet.")

post("t", "none",
     "Thread 1/3 🧵 on knife crime: most stabbings we see involve young men aged 15 to 24, most knives are kitchen "
     "knives, and most victims knew the person who hurt them. If you work with teenagers, the Ben Kinsella Trust has "
     "free resources for schools. Please share. #knifecrime",
     "Statistics and signposting in a near-limit tweet.")

post("f", "low",
     "Comment: I had almost exactly this a few years ago. [[PREF:A lady]] I looked after on nights kept pressing her "
     "buzzer every ten minutes, and the team had written her off as [[COND:'needy']]. Turned out she had "
     "[[CLIN:undiagnosed hearing loss]] and couldn't hear us answer through the curtain, so she thought nobody was "
     "coming. One cheap amplifier later and she barely pressed it all week. Always look for the reason behind the "
     "behaviour.",
     "Real patient from years ago, no identifiers; quotes a derogatory label.")

post("f", "none",
     "Group admin here 👋 Quick reminder of the rules before the weekend. 1) No identifiable patient stories: no "
     "names, ages, wards, towns or dates, and no photos with wristbands, whiteboards or screens in the background. "
     "2) Be kind to each other; disagree with ideas, not people. 3) No naming and shaming colleagues or employers, "
     "however tempting. 4) If you're struggling, there's a pinned post with helplines including Samaritans (116 123) "
     "and the NHS Practitioner Health service. Thanks for keeping this a safe space 💙",
     "Group rules that mention identifiers and helplines but no individual.")
