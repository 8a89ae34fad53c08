#!/usr/bin/env python3
"""Builds tests/corpus/blind.jsonl: a held-out corpus used only to MEASURE
generalisation. Do not tune the analyser against these posts.

Posts are written with inline span markup [[CODE:phrase]] (codes as in
build_corpus.LABELS); build_corpus.parse strips the markup and computes
code-point offsets, build_corpus.verify checks every line. Identifier numbers
come from the checksum helpers in posts.py.

Run from anywhere:  python3 tests/corpus/tools/blind_posts.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from build_corpus import parse, verify, write_corpus, PLATFORMS  # noqa: E402
from posts import nhs, chi, hc, ssn, mbi, nino  # noqa: E402

BLIND = []


def H(p, text, why):
    BLIND.append((p, "high", text, why))


def L(p, text, why):
    BLIND.append((p, "low", text, why))


def N(p, text, why):
    BLIND.append((p, "none", text, why))


NHS_A = nhs("485120937")
NHS_B = nhs("612904385", style="plain")
NHS_C = nhs("701338462", style="dash")
CHI_A = chi("140358", "271")
HC_A = hc("342518807")
SSN_A = ssn("219", "48", "3306")
MBI_A = mbi("3TQ7-WE2-HK61")
NINO_A = nino("JT 42 91 07 C")

# =================================================================== HIGH

H("t", "[[REC:last night]] on nights at [[FAC:Furness General]]: the [[PREF:retired harbourmaster]] from [[LOC:Roa Island]] came in [[CLIN:post-fall, #NOF]]. Told me every ship he'd ever piloted. Gorgeous man, hope the surgery goes ok x",
  "Occupation, small place, hospital and injury point to one man.")
H("f", "Does anyone know if [[P:Dilys Pennant]] from [[LOC:Blaenau]] has been moved to a nursing home yet? She was on my list for [[CLIN:leg ulcer dressings]] twice weekly and the district nurse rota just says 'transferred'. Her daughter [[P:Bethan]] isn't answering. DM me pls",
  "Named patient, town, treatment and a relative.")
H("t", "[[PREF:pt]] in [[FAC:bed 16]] on [[FAC:Heron ward]] asked me 2 marry him again lol. [[AGE:94]], [[CLIN:delirious]] as anything, proper charmer #nightshift #nursing",
  "Bed, ward, age and delirium identify a patient.")
H("t", "Can't stop thinking about the [[AGE:19yo]] [[PREF:lad]] we lost in [[FAC:resus]] [[REC:this morning]]. [[CLIN:Motorbike v lorry]] on the [[LOC:A66 near Keswick]]. His mum got there 10 mins too late 💔 #paramedic",
  "Age, place, incident type and recency identify a crash victim.")
H("f", "Shout out to [[P:Mr Cyril Hebblethwaite]] ([[AGE:88]]!) who walked the full length of [[FAC:Ward 27]] [[REC:today]] with his frame after [[CLIN:his hip replacement]] - the whole physio team clapped. Legend.",
  "Full name, age, ward and operation.")
H("t", "[[P:Gurpreet]] on [[FAC:Kingfisher]] is the laziest HCA I have ever worked with, [[COND:useless waste of a uniform]], sat on her phone while a patient was calling for a commode. Management do nothing #nhs",
  "Names a colleague and her ward with abusive words.")
H("f", "Safeguarding query for the Fife group - anyone got a contact for the HV who covers [[PREF:the family]] at [[ADDR:14 Balwearie Gardens, Kirkcaldy]]? [[PREF:Youngest]] ([[AGE:8 months]]) came in to [[FAC:Victoria Hospital]] with [[CLIN:a spiral fracture]]. CHI is [[NHS:" + CHI_A + "]].",
  "Address, CHI number, age and injury of a child.")
H("t", "omg the [[PREF:woman]] in [[FAC:cubicle 11]] [[REC:tonite]] 🙄 [[CLIN:3rd overdose]] this month, same story every time, [[COND:attention seeker]] #AandE #nursesoftwitter",
  "Cubicle, recency, overdose history and insult about a patient.")
H("t", "RIP to [[PREF:my lovely lady]] at [[FAC:Brackenfield House]] who passed [[REC:this afternoon]], [[AGE:102]] and still doing the crossword til last week. Care work is love ❤️ #carer",
  "Care home, age 102 and death make her identifiable.")
H("f", "Quick q for the pharmacy group: had a script in [[REC:this morning]] for [[P:Mrs Marjorie Tuffnell]], [[DOB:DOB 09/11/1947]], for [[CLIN:methotrexate 25mg daily]] - obviously should be weekly. Surgery shut till 2. What would you do? I've held it for now.",
  "Name, date of birth and medication.")
H("t", "the [[PREF:lad]] from [[LOC:Hexham]] who [[CLIN:came off his bike on the Tyne Valley road]] [[DATE:Saturday]] - [[AGE:16]] - is awake and talking on [[FAC:ward 35]]!!! so so happy #trauma #nurse",
  "Town, age, date, ward and accident.")
H("f", "Honestly our new band 7 [[P:Nadia Kershaw]] is an [[COND:absolute cow]]. Half the team has gone off sick since she started on [[FAC:Ward D3]] at [[FAC:Darlington Memorial]]. Someone needs to report her before someone dies.",
  "Named colleague, ward and hospital with abuse.")
H("t", "[[REC:Today]] I [[CLIN:sectioned]] the [[PREF:bloke]] who runs the chip van on [[LOC:Scarborough seafront]]. [[CLIN:Manic]], hadn't slept in days. Hate doing it to someone everyone knows #AMHP #socialwork",
  "Occupation, place and section identify a man.")
H("t", "[[AGE:7 y/o]] [[PREF:boy]] [[REC:just now]] in [[FAC:Paeds ED at Treliske]] with [[CLIN:button battery ingestion]]. Parents PLEASE lock away your remotes. Scary scary stuff.",
  "Age, hospital, recency and rare injury.")
H("f", "Does [[HAN:@kirsty_bakes_truro]] know I can see her posts? She's been [[CLIN:signed off with depression]] for 6 weeks and she's at a festival. Not saying anything, just saying. Some of us are covering her shifts on [[FAC:Pendennis ward]].",
  "Colleague's handle, health condition and ward.")
H("t", "Transfer from [[FAC:HMP Lowdham Grange]] [[REC:today]], [[PREF:prisoner]] [[CLIN:hunger strike day 23]], [[AGE:41]]. Handcuffed to the bed, he could barely lift his head. Not a fan of how this is being handled.",
  "Prison, age, hunger strike duration and recency.")
H("f", "I'm the OT for [[P:Ifor]] on [[LOC:Cae Mawr estate]] in [[LOC:Llangefni]] and I need a bariatric commode urgently, [[CLIN:he's 38 stone and bedbound]]. Equipment store says 3 weeks. Anyone have a loan one??",
  "Named client, estate, town and condition.")
H("t", "[[RID:MRN 00482217]] - whoever has the notes for [[PREF:this pt]], [[CLIN:CT head]] is back and needs reviewing asap, I've bleeped twice. [[FAC:Ward 14A]]",
  "Record number, ward and scan.")
H("t", "Delivered a baby in the back of an ambulance on the [[LOC:M5 near Taunton]] at [[REC:3am]] 👶 [[PREF:mum]] [[AGE:17]], [[CLIN:no antenatal care]] at all. Both fine. What a night #paramedic",
  "Place, time, mum's age and care history.")
H("f", "Long post sorry. [[REC:Yesterday]] I did a home visit to a [[PREF:gentleman]] on [[LOC:Fleetwood Road]], [[LOC:Thornton]], who has been [[CLIN:self-neglecting]] since his wife died in March. House full of cats, [[CLIN:leg wounds with maggots]]. [[AGE:79]] and he was a [[PREF:former headteacher]] at the primary round the corner. I've done a safeguarding referral but I keep thinking about what a fall from grace this is for such a respected man. Please check on your elderly neighbours.",
  "Street, town, age, occupation and self-neglect.")
H("t", "[[REC:Tonight]] [[P:Tyler]] in [[FAC:room 8]] at [[FAC:Oakridge Lodge]] threw a chair at me and I'm done. [[AGE:14]] years old and [[CLIN:already 9 placements]]. Residential care is broken.",
  "Name, home, room, age and placement history.")
H("t", "@NHSScarbs your [[FAC:ward 2]] sister [[P:Sheila Bonnick]] is a [[COND:jumped up bully]] and everyone knows it",
  "Named colleague attacked.")
H("f", "PSA to anyone working community in [[LOC:Redcar]]: [[P:Mr Leroy Ambrose]], [[ADDR:22 Coatham Road]], has [[CLIN:tested positive for scabies]], bring gloves and aprons. Not his fault, poor sod, but we don't want it going round the caseload.",
  "Name, address and infection.")
H("t", "[[PREF:my patient]] [[REC:today]]: [[AGE:33]], [[PREF:teacher]] at a school in [[LOC:Spalding]], [[CLIN:new dx of MND]]. how do you even begin. #neurology",
  "Age, occupation, town and rare diagnosis.")
H("t", "ngl the [[PREF:man]] we [[CLIN:intubated]] in [[FAC:ITU]] at [[FAC:Kent and Canterbury]] [[REC:this am]] was THE [[PREF:lollipop man]] from my kids' school. small world. hope he pulls thru 🙏",
  "Hospital, ITU, occupation and recency.")
H("f", "Can someone on the [[FAC:Glan Clwyd]] stroke unit let [[P:Eirlys Vaughan-Jones]]'s family know her glasses are at our [[LOC:Rhyl]] base? She came in by ambulance [[DATE:on 4th Feb]] with [[CLIN:left-sided weakness]]. Thanks, Rhyl crews",
  "Named patient, date, hospital and stroke.")
H("t", "[[P:Dr Fergus Lennie]] on [[FAC:AMU]] at [[FAC:Morriston]]... [[COND:arrogant tosser]] who talks to nurses like dirt. report me idc",
  "Named colleague and unit, abusive.")
H("t", "Hero of the week: the [[AGE:11-year-old]] [[PREF:boy]] at [[FAC:Cleeve Primary]] who did CPR on his [[PREF:grandad]] [[REC:Tuesday]] till we arrived. Grandad is [[CLIN:in CCU]] and doing ok 💙",
  "School, age, recency and cardiac arrest.")
H("f", "US nurses — our unit manager at [[FAC:St. Adalbert's]] in [[LOC:Duluth]] posted the whole schedule with everyone's cell numbers. Mine's up there: [[CON:(218) 555-0147]]. Also [[P:Brittany K]]'s note says 'out for [[CLIN:IVF retrieval]]'. Is that even legal??",
  "Phone number and a colleague's named medical leave.")
H("t", "[[PREF:client]] [[REC:today]] told me [[CLIN:her husband hits her]] but she won't leave because of the farm. only dairy farm left in [[LOC:Glenluce]]. I feel sick #DVsupport",
  "Only dairy farm in a village plus abuse disclosure.")
H("t", "[[P:Archie]] ([[AGE:4]]) from [[LOC:Wisbech]] finished his [[CLIN:chemo]] [[REC:today]] and rang the bell!!!! 🔔🔔 #childhoodcancer #nurse",
  "Child's name, age, town and treatment.")
H("f", "Patient here [[P:Mr Mehmet Aslan]], [[NHS:" + NHS_A + "]], needs his [[CLIN:warfarin INR]] checked before Friday and the GP has lost the referral AGAIN. Anyone at [[FAC:Hallgate Surgery]] reading this please sort it.",
  "Name, NHS number, medication and surgery.")
H("t", "Found our [[PREF:frequent flyer]] asleep on the bench outside [[LOC:Goole station]] [[REC:tonight]], [[CLIN:hypothermic]] & [[CLIN:drunk]] again. We all know him. Someone give this man a house 😩",
  "Known regular, named place and recency.")
H("t", "Been doing home visits to the [[PREF:ex-footballer]] ([[CLIN:dementia]]) who played for [[LOC:Barrow AFC]] in the 70s. [[AGE:81]] and still knows every teammate's name. Breaks my heart. #OT",
  "Occupation, club, age and dementia.")
H("f", "Thank you to all the staff at [[FAC:North Devon District]] for looking after [[PREF:my patient]] [[P:Wilf Chugg]] [[REC:last week]] after [[CLIN:his MI]]. I was his carer for 6 years and he always said Barnstaple hospital was the best.",
  "Named patient, hospital and heart attack.")
H("t", "[[PREF:pt]] [[DOB:born 02/02/1939]] on [[FAC:bay 7]] keeps pulling his [[CLIN:catheter]] out. 4th time [[REC:tonite]]. send help and coffee ☕",
  "Date of birth, bay and procedure.")
H("t", "Hate Tuesdays. [[PREF:mum]] at the [[FAC:antenatal clinic]] [[REC:this morning]] - [[AGE:23]], [[CLIN:twins, one with anencephaly]], from [[LOC:Bridlington]]. She just held my hand. #midwife",
  "Age, town, recency and rare anomaly.")
H("t", "Our [[PREF:service user]] at [[FAC:Willowmere]] (supported living, [[LOC:Mansfield]]) got his first paid job [[REC:today]] at [[LOC:the big Morrisons]]!!! [[CLIN:Autistic]], [[AGE:27]], worked so hard for this 🥹",
  "Service, town, workplace, age and diagnosis.")
H("f", "[[RID:Referral no. SW/24/77613]] - can whoever is allocated please chase the [[CLIN:CHC assessment]] for [[PREF:this lady]]. She's still stuck on [[FAC:Foxglove unit]] [[CLIN:medically fit]] after 9 weeks.",
  "Referral number, unit and assessment.")
H("t", "[[P:Niamh]] on the [[FAC:Millbrook]] team, you are [[COND:the worst]] social worker I've ever had the misfortune to share an office with. Thick as mince.",
  "Named colleague and team insulted.")
H("t", "[[AGE:62yo]] [[PREF:lollipop lady]] at [[FAC:St Oswin's]] in [[LOC:Blyth]]... [[CLIN:collapsed]] outside school, [[CLIN:VF arrest]], ROSC on scene [[REC:today]]. Kids did amazing #paramedics",
  "Occupation, school, town, age and arrest.")
H("f", "Could the consultant at [[FAC:Darent Valley]] who sent home [[P:Omar Siddiqui]] ([[AGE:6]]) [[DATE:on the 19th]] saying 'just a virus' please know he was [[CLIN:back in with meningitis]] 12 hours later. I'm his aunt AND a nurse and I'm raging.",
  "Named child, age, hospital, date and diagnosis.")
H("t", "the [[PREF:lady]] from [[LOC:Aberfeldy]] with [[CLIN:the llama bite]] LMAO 🦙 best [[FAC:A&E]] story of [[REC:this week]] #Perthshire",
  "Small town and unusual injury identify her.")
H("t", "[[REC:just now]]: [[HAN:@dazzlingdean_77]] came into [[FAC:minors]] with the same [[CLIN:burns]] he posted about on his story. dude we can SEE you 😂",
  "Patient's handle, facility and injury.")
H("f", "We had a wonderful 100th birthday party [[REC:today]] for [[P:Gladys]] at [[FAC:Heather Bank]] care home in [[LOC:Penistone]]! She has [[CLIN:advanced dementia]] but she knew the song. Photos below 💐",
  "Name, care home, town and dementia.")
H("t", "tfw the [[PREF:pt]] with [[CLIN:Ehlers-Danlos AND Fabry disease]] in [[FAC:Ward 9B]] asks why everyone's so interested in her 🙃 #rarediseases #doctor",
  "Extremely rare combination and ward.")
H("t", "[[PREF:My client]] ([[AGE:15]], [[CLIN:anorexia]]) was [[CLIN:admitted]] to [[FAC:Rhodes Farm]] [[REC:today]]. [[PREF:Her dad]] cried in the car park. Psychologists feel too.",
  "Age, unit, diagnosis and recency.")
H("f", "Hiya, I'm a carer for [[PREF:a man]] in [[LOC:Great Harwood]]. NHS no. [[NHS:" + NHS_B + "]] - his [[CLIN:insulin]] prescription needs updating because the pharmacy put the wrong one. Can anyone at the CCG help?",
  "NHS number, town and insulin.")
H("t", "Gutted. [[PREF:The triathlete]] from [[LOC:Ilfracombe]] who [[CLIN:broke his neck]] at [[LOC:Tunnels Beach]] [[REC:last weekend]] - [[CLIN:C5 complete]]. He's 29. #spinalinjury",
  "Occupation-like identity, place, date and injury.")
H("t", "[[P:Stacey Brammer]] you [[COND:fat lazy slug]], everyone on [[FAC:nights at Fairfield]] agrees. sort your breaks out",
  "Named colleague insulted.")
H("f", "ICYMI: the [[PREF:gentleman]] from [[LOC:Hay-on-Wye]] who runs the [[LOC:second-hand map shop]] is on [[FAC:our ward]] at [[FAC:Hereford County]] after [[CLIN:a TIA]]. He asked me to tell his customers he'll be back soon. Share pls!",
  "Shop, town, hospital and TIA.")
H("t", "[[AGE:58]] [[PREF:F]], [[CLIN:pancreatic ca]], [[FAC:side room 5]], [[FAC:Scunthorpe General]]... [[CLIN:died]] [[REC:this morning]] with nobody. I held her hand. #palliativecare",
  "Age, condition, room, hospital and recency.")
H("f", "Social workers of Cornwall - [[P:Poppy Trebilcock]] ([[DOB:DOB 03.06.2011]]) has gone [[CLIN:missing from care]] again, last seen [[LOC:Penzance bus station]]. Please share with the out of hours team.",
  "Child's name, DOB, place and care status.")
H("t", "lol the [[PREF:guy]] in [[FAC:Bay C]] [[FAC:bed 3]] [[REC:just]] asked if his [[CLIN:colostomy]] bag comes in Spurs colours #stomanurse",
  "Bay and bed, procedure, recency.")
H("t", "Our [[CLIN:heart transplant]] [[PREF:pt]] from [[LOC:Pontypridd]] ran the [[LOC:Cardiff Half]] [[REC:yesterday]] - [[AGE:45]] and was 2 weeks from dying 3 yrs ago!!! 🏃‍♂️❤️",
  "Procedure, town, race, age and recency.")
H("f", "Anyone know if there's a bed at [[FAC:the Orchard unit]] yet? I have [[P:Lennon]] ([[AGE:13]]) still on the [[FAC:paeds ward]] [[CLIN:under section 2]] day 6, [[CLIN:hearing voices]], and [[PREF:his nan]] is at the end of her tether.",
  "Name, age, section and unit.")
H("t", "That [[PREF:patient]] who bit my colleague in [[FAC:triage]] at [[FAC:Royal Blackburn]] [[DATE:Friday]] night and got charged, yeah you, [[COND:vile human]] 😤",
  "Hospital, date, incident and insult.")
H("t", "First day back and the [[PREF:lady]] in [[FAC:room 3]] at [[FAC:Thornleigh Court]] is [[CLIN:end of life]] now. she made me promise to feed her cat 😭 #carehome",
  "Room, care home and end of life.")
H("f", "Posting for a friend who's a district nurse in [[LOC:Clacton]]: she visits [[P:Mrs Enid Farrow]] on [[LOC:Holland Road]] ([[CLIN:bedbound, pressure sores]]) and the family haven't been in for weeks. Does anyone know them?",
  "Name, street, town and condition.")
H("t", "Psych nurse: [[PREF:the lad]] who [[CLIN:climbed the Humber Bridge]] [[REC:Sunday]] is on [[FAC:our unit]] now. Press please leave him alone. #mentalhealth",
  "Widely reported incident, recency, unit.")
H("t", "[[P:Mrs Hartigan]] [[RID:hosp no. K4471092]] [[CLIN:needs her clexane]] before theatre pls someone on [[FAC:SAU]] see this 🙏",
  "Name, hospital number, medication.")
H("f", "US therapist here. Had [[PREF:a client]] [[REC:today]] - [[AGE:52]], [[PREF:only female firefighter]] in [[LOC:Lubbock County]] - disclose [[CLIN:PTSD and suicidal thoughts]]. I'm worried about her, she's been so brave. Sending strength to all first responders.",
  "Unique occupation, county, age and suicidality.")
H("t", "[[P:DeShawn]] from [[FAC:Bed 22]] [[CLIN:coded]] [[REC:at 0400]] and we got him back!! [[AGE:24]], [[CLIN:sickle cell crisis]]. US nurses stand up 🙌 #ICU",
  "Name, bed, age and condition.")
H("f", "Appeal: [[P:Harjit Singh Bains]], [[AGE:84]], [[CLIN:dementia]], walked out of [[FAC:Sunningdale Court]] in [[LOC:Kidderminster]] [[REC:this evening]]. Wearing a navy turban and grey cardigan. Please ring 999 if seen.",
  "Name, age, home, town and dementia (care home appeal, not police).")
H("t", "[[PREF:Service user]] [[REC:today]] said she couldn't afford her [[CLIN:lithium]] bloods bus fare from [[LOC:Cwmbach]]. [[AGE:70]]. What have we come to.",
  "Village, age, medication and recency.")
H("t", "Pls RT: [[PREF:our girl]] [[P:Skye]] on [[FAC:Puffin ward]] (the [[CLIN:CF]] one) is [[AGE:10]] [[REC:today]] & wants cards!! 🎂 #cysticfibrosis",
  "Name, ward, age, condition.")
H("t", "[[HAN:@JRobinsonRN]] stop posting pics from [[FAC:theatre 6]] with the [[PREF:patient]]'s [[CLIN:bowel]] open on the table you absolute [[COND:clown]]",
  "Colleague handle, theatre, abusive.")
H("f", "We had a [[PREF:patient]] in [[DATE:on Boxing Day]] at [[FAC:Belford]] in [[LOC:Fort William]], [[PREF:munro bagger]], [[AGE:67]], [[CLIN:fell on Ben Nevis and fractured his pelvis]]. MRT were incredible. Stay off the hills in winter folks!",
  "Date, hospital, town, age and injury.")
H("t", "[[PREF:The postie]] in [[LOC:Tenbury Wells]] who [[CLIN:got bitten by that dog]] [[REC:yesterday]] needed [[CLIN:12 stitches]], I glued him up myself. Tenbury, control your dogs! #ANP",
  "Occupation, town, recency and injury.")
H("f", "Honestly [[P:Kerrie Oldroyd]] (manager at [[FAC:Brightwater Homecare]]) is a [[COND:lying snake]]. Owes me 3 weeks of mileage and told the CQC we all had training. Avoid this company.",
  "Named manager and employer with abuse.")
H("t", "[[AGE:Twenty-one]] & [[CLIN:HIV positive]], found out [[REC:this morning]] in my [[FAC:clinic]] in [[LOC:Boston]] (Lincs). [[PREF:He]] begged me to keep it from his dad. I will. #sexualhealth",
  "Age, clinic, town, recency and HIV.")
H("t", "so the [[PREF:vicar]] from [[LOC:Upper Slaughter]] is on [[FAC:my ward]] with [[CLIN:alcohol withdrawal]]. not judging. just, wow. #nursing",
  "Occupation, village and condition.")
H("f", "Pls pray for [[PREF:my little patient]] [[P:Ruby]] ([[AGE:5]]) at [[FAC:the Noah's Ark]] - she's [[CLIN:waiting for a liver]] and [[REC:tonight]] is bad. Her mum said I can... well she didn't say no 🙏",
  "Named child, age, hospital and transplant; no real consent.")
H("t", "2 [[CLIN:stabbings]] in 1 night from [[LOC:the Meadowell]], both [[AGE:17]], both in [[FAC:resus]] at [[REC:2am]]. one [[CLIN:didn't make it]]. #NorthShields",
  "Estate, ages, time and outcome.")
H("t", "[[P:Ms Adaeze Okonjo]] in [[FAC:bed 5]] - [[CLIN:pre-eclampsia]], BP [[CLIN:180/115]]. obstetric reg please come to [[FAC:delivery suite]] asap",
  "Name, bed and clinical detail.")
H("f", "Medicare ID [[RID:" + MBI_A + "]] keeps getting rejected for [[P:Earl Whitcomb]]'s [[CLIN:oxygen concentrator]] — any billing folks know why? He's a home health client in [[LOC:Boise]] and running out.",
  "Medicare ID, name and equipment.")
H("t", "SSN [[RID:" + SSN_A + "]] for the [[PREF:pt]] in [[FAC:rm 412]], [[CLIN:dialysis]] intake form missing it, someone text me it's right pls #nurselife",
  "SSN and room.")
H("f", "Benefits advice needed: [[P:Mr Dariusz Nowak]], NI no. [[RID:" + NINO_A + "]], [[CLIN:amputee after sepsis]], has had his PIP stopped. I'm his social worker in [[LOC:Skegness]]. Who do I call at DWP?",
  "Name, NI number, condition and town.")
H("t", "[[PREF:Lad]] on [[FAC:Ward 31A]] [[REC:today]], [[AGE:20]], [[CLIN:lost both legs]] in the farm accident near [[LOC:Builth]] that was on the news. He's asking for his sheepdog. 💔",
  "Ward, age, news incident and place.")
H("f", "Belfast folks - anyone from [[FAC:Antrim Area]] renal who can help: [[P:Mrs Roisin McAteer]] H&C [[NHS:" + HC_A + "]] hasn't had her [[CLIN:transplant clinic]] letter. Thanks",
  "Name, H&C number and clinic.")
H("t", "[[REC:Today]]'s [[CLIN:overdose]] was [[PREF:the headteacher]] at [[FAC:Kingsmead Academy]]. [[CLIN:Paracetamol]]. [[LOC:Hednesford]] is a small town. Please, be kind to teachers.",
  "Occupation, school, town, overdose.")
H("t", "[[PREF:pt]] [[NHS:" + NHS_C + "]] [[CLIN:DNACPR]] form missing from notes on [[FAC:ward 4C]] !!! sort it out days",
  "NHS number, DNACPR, ward.")

# =================================================================== LOW

L("t", "Had a [[PREF:patient]] [[REC:today]] who thought [[CLIN:antibiotics]] would cure his cold. Explained it for 10 mins. He left with a leaflet and a frown. #pharmacist",
  "Real patient, recency only.")
L("t", "one of my [[PREF:ladies]] told me she's been [[CLIN:cutting her tablets in half]] to make them last. cost of living is a health issue. #districtnursing",
  "Anecdote, no identifiers.")
L("f", "Bit of a vent. [[PREF:A client]] of mine finally opened up about [[CLIN:childhood abuse]] after two years of sessions. I went home and sat in the car for 20 minutes. Therapists, how do you decompress? Not looking for advice on the case obviously, just self-care ideas.",
  "Disclosure, no identifiers.")
L("t", "[[PREF:Patients]] who moan about waiting 4 hours when I've been here 13 with no break... [[COND:entitled lot]] 🙄",
  "Derogatory but no one identifiable.")
L("t", "[[PREF:gent]] [[REC:tonight]] with [[CLIN:chest pain]] insisted on finishing his pint before getting in the ambulance 😂 priorities #paramedic",
  "Anecdote, recency only.")
L("f", "Shared with permission: [[P:Trevor Lumb]] asked me to tell you all that his [[CLIN:bowel screening kit]] caught his cancer early and he's now clear. 'Do the poo stick test,' he says. So do it!",
  "Named story with stated consent.")
L("t", "[[PREF:kiddo]] at clinic asked if the [[CLIN:vaccine]] would make him a superhero. I said yes. no regrets 💉🦸 #paedsnurse",
  "Anecdote, no identifiers.")
L("t", "Some [[PREF:relatives]] are just [[COND:vultures]] circling the will before the body's cold. #palliative",
  "Derogatory, unidentifiable.")
L("f", "I've been a care worker 12 years. [[PREF:A lady]] I look after cried [[REC:this week]] because her [[CLIN:catheter bag]] leaked on the bus and nobody helped. Continence is dignity. Please help people.",
  "Anecdote, recency only.")
L("t", "[[PREF:pt]] w [[CLIN:DKA]] asked for a full fat coke. i cannot 😭 #nurse",
  "No identifiers.")
L("t", "OT tip from [[REC:today]]: [[PREF:my client]] with [[CLIN:Parkinson's]] couldn't button his shirt - magnetic buttons changed his life. Simple fixes matter!",
  "Anecdote, recency and common condition.")
L("f", "Reflecting on a [[PREF:young man]] I met years ago during my psych placement who [[CLIN:was sure the pigeons outside were spies]]. He taught me more about listening than any lecture did. Wherever you are, thank you.",
  "Old anecdote, no identifiers.")
L("t", "why do [[COND:drunk idiots]] always think they can take a swing at the crew? 3rd time this month 😡 #ambulance",
  "Insult about nobody identifiable.")
L("t", "A [[PREF:mum]] [[REC:this week]] apologised for 'wasting my time' bringing in her [[CLIN:floppy, feverish]] baby. You never waste our time. Trust your gut. #GP",
  "Anecdote, recency only.")
L("f", "Had a [[PREF:patient]] who was a [[CLIN:heavy drinker]] for 30 years and just... stopped after his grandson was born. No rehab, no meds. Humans are incredible. #addictionnursing",
  "No identifiers.")
L("t", "The amount of [[PREF:people]] who call 999 for a [[CLIN:hangnail]]. [[COND:absolute time-wasters]]. #callhandler",
  "Derogatory about nobody.")
L("t", "[[PREF:grandad]] on my list told me about landing at Normandy. [[CLIN:dementia]] took so much but not that. 🎖️ #carer",
  "Anecdote; very common profile, no place or age.")
L("f", "With her family's consent: our little fighter [[P:Maya]] has [[CLIN:finished her radiotherapy]]! Her mum asked us to share so other families feel less alone. Thank you to everyone who sent cards.",
  "Consented named story.")
L("t", "[[PREF:patient]] brought me a cake to say thanks for [[CLIN:her wound healing]]. she knitted a tiny nurse on top 🧁😭",
  "Anecdote, no identifiers.")
L("t", "no one tells you how heavy it is when a [[PREF:client]] [[CLIN:discloses a plan to end their life]] in the last 5 mins of a session. #counselling",
  "Anecdote, no identifiers.")
L("f", "Pharmacy life: [[PREF:a regular]] came in [[REC:today]] trying to buy his 5th box of [[CLIN:co-codamol]] this week. Had the conversation. He didn't take it well. These chats are so hard but so important.",
  "Anecdote, recency only.")
L("t", "[[PREF:bloke]] in [[FAC:resus]] called me 'love' 14 times. counted. [[COND:sexist dinosaur]]. #nursing",
  "Insult with no identifiers (resus unnamed, no place).")
L("t", "[[PREF:little girl]] [[REC:today]] gave me a sticker for being brave when I took her [[CLIN:bloods]]. roles reversed 🥹 #phlebotomy",
  "Anecdote, recency.")
L("f", "SW here. One of my [[PREF:families]] has been waiting 18 months for an [[CLIN:ASD assessment]] for their son. Mum has given up work to home-school. This is happening everywhere, write to your MP.",
  "Anecdote, no identifiers.")
L("t", "[[PREF:pt]] asked if [[CLIN:the MRI]] could check for 'bad vibes'. sir it's a magnet 😂 #radiographer",
  "No identifiers.")
L("t", "[[PREF:Older lady]] with [[CLIN:a UTI]] [[REC:last night]] convinced I was her sister. I let her. we had a lovely chat about 1950s dance halls 💃",
  "Anecdote; sister's name is not the patient's.")
L("f", "Consent given to share. [[P:Bernard]] is 91 and has had [[CLIN:type 1 diabetes]] since he was 7 - one of the longest in the country we think! He wanted the world to know insulin was a miracle. Happy Diabetes Week!",
  "Named with consent.")
L("t", "Some of our [[PREF:service users]] are [[COND:proper nightmares]] lol but I wouldn't swap this job #supportworker",
  "Vague derogatory, nobody identifiable.")
L("t", "had a [[PREF:patient]] thank me for being honest about his [[CLIN:prognosis]]. 'Nobody else would say it.' doctors, say it. #oncology",
  "Anecdote.")
L("f", "US nurse here. Had a [[PREF:patient]] [[REC:last shift]] who couldn't afford his [[CLIN:insulin]] so he'd been rationing. [[CLIN:Blood sugar 600]]. This is a policy failure, not a personal one.",
  "Anecdote, recency.")
L("t", "[[PREF:this pt]] [[REC:today]] showed me her [[CLIN:self-harm scars]] and said 'I'm proud they're healed'. me too. #MHnurse",
  "Anecdote, recency.")
L("t", "Dear [[PREF:man]] who spat at me on my shift: hope you're ok. genuinely. [[CLIN:psychosis]] is cruel. #paramedic",
  "Anecdote, no identifiers.")
L("f", "I once nursed a [[PREF:gentleman]] who'd been a conscientious objector in the war. He said the [[CLIN:cancer]] was the first fight he didn't want to walk away from. Think of him often.",
  "Old anecdote, no identifiers.")
L("t", "[[PREF:relatives]] who shout at HCAs about visiting hours - we don't make the rules, [[COND:dickheads]] #carehome",
  "Derogatory, unidentifiable.")
L("t", "[[PREF:pt]] [[REC:earlier]] was adamant his [[CLIN:gout]] was 'too much salad' 🥗 #GPnurse",
  "No identifiers.")
L("f", "Physio chat: had a [[PREF:client]] with [[CLIN:chronic back pain]] who'd been told to rest for years. Two months of graded activity and he's back to gardening. Movement is medicine!",
  "Anecdote, no identifiers kept.")
L("t", "[[PREF:pt]] [[REC:this morning]] apologised for crying during her [[CLIN:smear]]. please never apologise. #practicenurse",
  "Anecdote, recency.")
L("t", "Psychologist confession: a [[PREF:client]] said '[[CLIN:I feel nothing]]' and I felt everything. Supervision tomorrow. #therapy",
  "No identifiers.")
L("f", "To the [[PREF:family]] who brought 40 samosas to the ward after their mum [[CLIN:passed]]: we haven't stopped talking about you. Grief and generosity in one. Thank you.",
  "Anecdote; unnamed ward, no identifiers.")
L("t", "[[PREF:customer]] at the pharmacy counter kicked off cos I wouldn't sell him [[CLIN:antibiotics]] over the counter. [[COND:entitled muppet]]. great start to the day ☕",
  "Insult by a patient, no identifiers.")
L("t", "[[PREF:pt]] on [[CLIN:warfarin]] ate a whole bag of kale for 'health'. INR through the floor. love the effort tho 🥬",
  "Anecdote.")
L("f", "[[P:Yvonne]] has kindly let me share her story: after [[CLIN:a stroke]] she couldn't speak, and [[REC:today]] she read a page of her favourite book aloud. SLT is magic. (Yes, she said I could use her name!)",
  "Consented named story.")
L("t", "[[PREF:teenager]] in clinic told me [[CLIN:vaping]] is 'basically water'. it is not. #schoolnurse",
  "No identifiers.")
L("t", "GP receptionists are [[COND:jumped-up gatekeepers]] the lot of them. 45 mins on hold to be told ring back tomorrow #patientvoice",
  "Vague derogatory about nobody in particular.")
L("f", "Had [[PREF:a gentleman]] [[REC:yesterday]] whose wife of 60 years had been doing his [[CLIN:insulin]] - she [[CLIN:died]] and he didn't know how. We've taught him. He did his first injection himself with tears in his eyes. So proud.",
  "Anecdote, recency.")
L("t", "my [[PREF:pt]] w [[CLIN:COPD]] ran for a bus. I both admire and fear him 😂 #respiratory",
  "No identifiers.")
L("t", "[[PREF:woman]] in the waiting room [[REC:today]] told everyone about her [[CLIN:piles]] at full volume. icon? #GP",
  "Anecdote, recency.")
L("t", "US therapist: a [[PREF:teen client]] said [[CLIN:her anxiety]] is 'like 40 tabs open'. stealing that for psychoed (anonymously) #therapy",
  "Anecdote.")
L("f", "Community midwife ramble: caught a baby in a [[PREF:family]]'s bathroom [[REC:last night]], [[CLIN:waters went at 11, baby at 11:40]]. Dad fainted. Everyone fine. Best job ever.",
  "Anecdote, recency.")

L("t", "some consultants really think they're god's gift. [[COND:pompous gits]], the lot of them #juniordoctor",
  "Derogatory about nobody identifiable.")

# =================================================================== NONE

N("t", "Reminder: if someone has facial droop, arm weakness or slurred speech, act FAST and call 999. Every minute counts. #stroke",
  "Public health advice.")
N("t", "Hope is not a plan, but it's a start. Good luck to everyone starting their nursing degree this week 💙",
  "Word-name Hope in ordinary use.")
N("f", "Myth-buster: you can't catch shingles from someone with shingles, but you CAN catch chickenpox from them if you've never had it. If you're pregnant and unsure, speak to your midwife.",
  "Health information with clinical words.")
N("t", "Grace under pressure is what our ED did during the snow. Proud of you all. #teamwork",
  "Word-name Grace in ordinary use.")
N("f", "JOB ALERT: Band 6 Community Mental Health Nurse, Kendal CMHT. Informal chats welcome with the team manager, Sam Whitfield, on 01539 960 213 or sam.whitfield@example.nhs.uk. Closing 30 June.",
  "Job advert with staff contact.")
N("t", "Will the last person leaving the break room please turn off the kettle 😅 #nightshift",
  "Word-name Will in ordinary use.")
N("t", "Struggling? Shout is a free 24/7 text line: text SHOUT to 85258. Nobody else sees it. #MentalHealth",
  "Helpline.")
N("f", "My own news: I've been diagnosed with type 2 diabetes at 44. Sharing because I'm a practice nurse and I felt ashamed, which is ridiculous. Bloods, exercise, and a lot of kindness to myself from now on.",
  "Author's own health.")
N("t", "Huge congrats to Dr Ayesha Rahman on her consultant post at Musgrove Park! Taunton is lucky to have you 🎉",
  "Praise of a named colleague.")
N("f", "EVENT: Dementia Friends session, Thursday 12 September, 2-4pm, Bodmin Community Centre, Priory Road. Free, tea and biscuits provided. Everyone welcome!",
  "Event with date and venue.")
N("t", "Stats: 1 in 4 adults aged 65+ fall each year. Strength and balance classes cut that by a third. #FallsAwareness",
  "Population statistics.")
N("t", "Teaching case for students: Mrs X, 72, presents with confusion and a temperature. What's your differential? (fictional vignette) #MedEd",
  "Fictional teaching case.")
N("f", "Prince William's visit to the air ambulance base made the crews' week. Lovely to see the work recognised.",
  "Public figure.")
N("t", "Dawn shifts hit different when the sunrise over the car park is this good 🌅 #nurselife",
  "Word Dawn in ordinary use.")
N("t", "My dad had his knee replaced at 78 and was back on the allotment in 8 weeks. Proud daughter, proud physio 💪",
  "Author's own family.")
N("f", "Did you know? If you look after a partner or parent for 35+ hours a week you might be able to claim Carer's Allowance. Citizens Advice will help you check. Don't leave money on the table.",
  "General advice.")
N("t", "Frank conversations about death save so much suffering. Talk to your loved ones about what you'd want. #DyingMatters",
  "Word Frank in ordinary use.")
N("t", "New NICE guidance on hypertension out today - worth a read for anyone in primary care.",
  "Guidance news.")
N("f", "Research opportunity: we're recruiting adults aged 18-65 with asthma for a study on inhaler technique at Lancaster University. Contact the study team at asthma.study@example.ac.uk.",
  "Research recruitment with a study contact.")
N("t", "Paracetamol overdose can look fine for 24 hrs. If in doubt, get checked. Don't wait. #toxicology",
  "Advice with clinical words.")
N("f", "Our team won the regional Kindness in Care award tonight! Thank you to our manager Joy Ebanks for nominating us 🏆",
  "Praise of colleague; word-name Joy.")
N("t", "Sunny spells and a full team on the ward today. Rare combo ☀️ #NHS",
  "Word Sunny in ordinary use.")
N("f", "Can anyone recommend a good book on trauma-informed care for social workers? Preferably UK-based. Thanks in advance!",
  "Professional question.")
N("t", "When your own mum calls to ask if her rash is 'one of those meningitis ones' at 2am. (it wasn't. it was the new washing powder) 😂",
  "Author's own family.")
N("t", "Faith in humanity restored: someone paid for the whole queue's coffees in the hospital canteen ☕",
  "Word Faith in ordinary use.")
N("f", "US nurses: the new state staffing ratio bill passed committee today! Call your representatives before the floor vote. #safestaffing",
  "Policy news.")
N("t", "Antibiotics don't work on viruses. Colds, most coughs and sore throats get better on their own. #AMR",
  "Advice.")
N("f", "Tribute to Prof Ravi Kapoor who retires this week after 35 years in renal medicine at Hull. A brilliant teacher and kind human. Enjoy the golf!",
  "Praise of named colleague.")
N("t", "Rose from band 5 to matron in 10 years. Never thought it possible. Keep going, newly qualifieds 🌹",
  "Word Rose in ordinary use, author's career.")
N("t", "Epilepsy first aid: time it, cushion the head, don't restrain, don't put anything in the mouth. 999 if over 5 mins. #PurpleDay",
  "First aid advice.")
N("f", "Our OT team is running a free falls prevention drop-in at Worksop Library every Tuesday in October, 10am-12. Bring your slippers (seriously, we'll check them)!",
  "Event.")
N("t", "Mark my words: community nursing is the most undervalued job in the NHS. #districtnurses",
  "Word Mark in ordinary use.")
N("t", "Fictional scenario for our SW students: 'Jack, 16, is staying with friends after an argument at home.' What are your first steps? #SocialWorkEd",
  "Fictional vignette.")
N("f", "After my own miscarriage last year I'm starting a peer support group for NHS staff who've experienced baby loss. First meeting Monday 7pm online. Message me if you'd like the link. You're not alone 💜",
  "Author's own life and event.")
N("t", "Childline: 0800 1111. For any child, about anything. Please share.",
  "Helpline.")
N("t", "Measles cases up 40% in the West Midlands this year, per UKHSA. Check your MMR status. #vaccines",
  "Public-health statistics.")
N("f", "Vacancy: Registered Manager at Larkspur House, Great Yarmouth. For an informal chat call the operations director, Pete Hindle, on 01493 496 017. Competitive salary and relocation package.",
  "Job advert with staff contact.")
N("t", "Bill your time properly, US therapists. Undercharging hurts the whole profession. #privatepractice",
  "Word Bill in ordinary use.")
N("t", "Ozempic isn't a miracle, it's a medication with side effects. Talk to your GP, not TikTok. #pharmacist",
  "Advice.")
N("f", "Watching Ronnie O'Sullivan talk about his anxiety and depression on telly last night will help more lads than any leaflet I could hand out. Men, talk to someone. #MensMentalHealth",
  "Public figure and information.")
N("t", "Respect to the paramedics working through Storm Darragh last night. Absolute heroes. 🌪️🚑",
  "General praise.")
N("f", "Joined the Cumbria Carers Choir this year after my husband's stroke — best thing I ever did for my own mental health. Rehearsals Wednesdays in Ulverston if anyone fancies it!",
  "Author's own family and event.")
N("t", "Glass test: press a tumbler on a rash, if it doesn't fade, 999. But don't wait for a rash if your child is floppy and hard to wake. #meningitis",
  "Public-health advice.")
N("t", "Happy retirement to Maureen from our pharmacy! 41 years, countless blister packs, zero complaints 🎉",
  "Praise of colleague.")
N("f", "Thinking about doing a master's in advanced clinical practice while working full time. Anyone done it with kids? Honest opinions please!",
  "Author's own career.")
N("t", "Summer reminder: heatstroke in older adults can look like confusion. Check on elderly neighbours. #heatwave",
  "Advice.")
N("t", "Ward 5 at Grantham is recruiting! Come join the friendliest medical ward in Lincolnshire. DM for details 👋",
  "Job advert; ward named as employer.")
N("f", "For my MSc I'm analysing anonymised data from 3,000 ambulance call-outs for falls in care homes. Early findings: most happen between 2 and 6am. Will share the paper when published.",
  "Anonymised research.")
N("t", "Me at 3am eating cold toast in the sluice: living the dream 🍞 #nursehumour",
  "Author's own life.")
N("t", "Naloxone kits save lives. Ask your pharmacy, they're free in most areas. #opioids",
  "Harm-reduction advice.")
N("f", "Please support our 5k fun run for the Macmillan unit, Saturday 21 June, Riverside Park, Stranraer, registration 9am. All welcome, dogs too!",
  "Event with date and venue.")
N("t", "Our practice nurse Ellen just qualified as a prescriber!!! So proud of her 🎓",
  "Praise of named colleague.")
N("t", "The Lancet study on long COVID in healthcare workers is sobering. 1 in 10 still symptomatic at 2 yrs.",
  "Research.")
N("f", "Would anyone be willing to talk to our student nurses about working in prison healthcare? 20 mins over Teams, any date in March. Drop me a message!",
  "Professional request.")
N("t", "Patience is a virtue. Patients are a vocation. Both are in short supply on a Monday 😅",
  "Joke with no patient.")
N("t", "Alzheimer's Society Dementia Connect support line: 0333 150 3456. Save it in your phone.",
  "Helpline.")
N("f", "Honest question: do you lot tell your own family about your mental health? I was sectioned myself at 19 and I'm now a psych nurse. Still can't bring myself to tell my aunties.",
  "Author's own life with clinical words.")
N("t", "Liz Truss lasting less than a lettuce is still the most relatable thing for anyone on a 12-hour shift 🥬",
  "Public figure joke.")
N("f", "Free CPD webinar: 'Capacity assessments in practice', Wednesday 9 October, 7pm, hosted by the BASW Wales branch. Sign-up link in comments.",
  "Event.")
N("t", "Loneliness is linked to worse health than smoking 15 a day, say researchers. Knock on a neighbour's door this week. #LonelinessAwarenessWeek",
  "Advice.")
N("t", "Big love to my colleague Jodie who ran the Great North Run for the hospice in 2:04! 🏃‍♀️",
  "Praise of named colleague.")
N("f", "Evidence round-up: early mobilisation after hip fracture surgery reduces mortality, pressure injuries and length of stay. Get them up, folks (safely)!",
  "Research information.")
N("t", "Scotland's new mental health strategy launches today. Finally some money for CAMHS. #MentalHealthScotland",
  "Policy news.")
N("t", "First shift as a qualified paramedic: done. Nobody died, I only lost my pen twice. Onwards 🚑💚",
  "Author's own life.")
N("f", "Case study (composite, not a real person) for our pharmacology teaching: a 68-year-old man on amiodarone and simvastatin develops muscle pain. What's the interaction?",
  "Fictional composite teaching case.")
N("t", "Not me locking myself out of my own house after a night shift. Send ladders 🪜",
  "Author's own life.")
N("t", "Tonight's BBC doc on the ambulance service in Wales is worth a watch. Grim but honest. #NHS",
  "Media recommendation.")

N("t", "Spent my day off watching Will & Grace reruns with a takeaway. Self-care is real 📺",
  "Word-names in a TV title; author's own life.")


def main():
    rows = []
    for number, (platform, risk, marked, why) in enumerate(BLIND, 1):
        text, spans = parse(marked)
        row = {"id": f"blind-{number:04d}", "platform": PLATFORMS[platform],
               "text": text, "risk": risk, "spans": spans, "why": why}
        verify(row)
        rows.append(row)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate post text"
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate id"
    check_numbers(rows)
    write_corpus(rows, "blind.jsonl")


def check_numbers(rows):
    """Every NHS_NUMBER span is ten digits with a valid mod-11 check digit."""
    from posts import mod11
    for r in rows:
        for s in r["spans"]:
            if s["label"] == "NHS_NUMBER":
                digits = re.sub(r"[ -]", "", s["text"])
                assert re.fullmatch(r"\d{10}", digits), (r["id"], s)
                assert mod11(digits[:9]) == int(digits[9]), (r["id"], s)


if __name__ == "__main__":
    main()
