"""Hand-written wire stories with planted discrepancies: does `compare` find them, and leave the compatible ones?

    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src .venv/bin/python benchmarks/bench_wire.py \
        --json training/runs/wire/figures.json --dump training/runs/wire/flags.jsonl

A held-out recall measure for "new multi-source stories written like wire copy" (issue 11), the counterpart
of ``bench_planted.py`` (which plants into BASIL sentences by rule). ``benchmarks/wire/`` holds six invented
stories (fictional places, people, organisations and outlets; written for this benchmark in round 9, nothing
copied from the seeds, FNC-1, BASIL or any outside text), each told by two or three outlets in plain wire
style: title line, byline, ``Source:`` and ``Published`` lines, a dateline, quotes with attribution, a
background paragraph. ``benchmarks/wire/plants.json`` lists 20 planted discrepancies (3-4 a story) and 10
compatible variations, each with its kind, the finding expected (``conflict`` / ``status``, or
``compatible``) and, for each side, the document id and the exact character span of the fact in the text
ingest stores (the file's text; ``tests/docs/test_wire_plants.py`` checks the spans without running the
pipeline).

Planted kinds: ``count_bound`` (about N vs fewer than M, or at least N vs M), ``magnitude`` (a figure before
the noun vs after a verb), ``duration`` (an X-year deal vs would run for Y years), ``ordinal`` (first vs
second), ``title`` (minister vs deputy minister, the same person), ``plan_vs_deed`` (will do vs did),
``vote_share``, ``denial`` (did not happen vs happened), ``money``, ``date`` (of the same happening).
Compatible kinds: ``compat_bound`` (a bound that holds the figure), ``compat_honorific``,
``compat_same_figure`` (half / 50%), ``compat_rounded`` (nearly 2,000 / 1,960), ``compat_said_vs_happened``
(the day someone said something vs the day it happened), ``compat_two_events`` (two happenings' dates),
``compat_title_office`` (a name once with its office, once without).

Each story folder goes through ``ingest`` and ``analyze_documents(story=True)``: what ``newsprism compare``
runs. A plant is **found** when a conflict, precision or status flag has sides overlapping both planted spans
(same document, overlapping offsets); ``found_expected_kind`` also asks the flag's kind to be the expected one.
Figures per kind and overall, for shown flags (confidence >= 0.5) and for all flags. A compatible plant is
**falsely flagged** when such a flag overlaps both its spans (shown / all). Every other shown conflict,
precision or status flag of a story (on no plant) is counted and listed in ``--dump`` for reading.

``--set wire2`` scores the second set, ``benchmarks/wire2/`` (round 10: six more invented stories, 28 planted
discrepancies and 18 compatible variations, worded unlike the first set on purpose; it adds the compatible kinds
``compat_units`` (1.5 kilometres / 1,500 metres), ``compat_paraphrase``, ``compat_relayed_denial`` (an accusation
relayed once alone, once with the accused's rejection) and ``compat_weekday_date`` (Friday / November 27, the same
day)). The default stays ``wire``: since round 10 a dev set; ``wire2`` is a dev set since round 11.

``--set wire3`` scores the third set, ``benchmarks/wire3/`` (round 11, held out: six more invented stories, a train
derailment, a wildfire, an airline takeover, a former mayor's sentencing, a wind-farm referendum and a factory
closure; 31 planted discrepancies, every kind at least twice, and 18 compatible variations). Its plans are told with
"plans to" / "is set to" / "will", titles with and without a department or in a clause, figures in other sentence
shapes; it adds the compatible kinds ``compat_words_digits`` (Twelve passengers / 12 injured passengers) and
``compat_different_things`` (two companies' staff counts, which must not be compared).

``--set wire4`` scores the fourth set, ``benchmarks/wire4/`` (round 12, held out: six more invented stories, a ferry
capsizing, an earthquake, a telecom data breach, a teachers' pay ballot, a no-confidence vote and a chemical spill;
33 planted discrepancies, every kind at least twice plus ``count``, a plain count with no bound on either side
("the capsizing killed 14 people" / "17 people had died"), and 19 compatible variations). It adds the compatible kinds
``compat_part_whole`` (nine of them taken to hospital / the 41 survivors), ``compat_relative_date`` (on Saturday /
early yesterday, published on the Sunday), ``compat_written_number`` (4.8 million / 4,800,000),
``compat_title_position`` (Chief Executive Halvard Lenz / Halvard Lenz, Pellmark's chief executive) and
``compat_range`` (between 4 and 5 percent / 4.5%).

``--set wire5`` scores the fifth set, ``benchmarks/wire5/`` (round 14, held out: six more invented stories, a prison
escape, a central bank's rate decision, a volcanic eruption, a crush at a cup final, a medicine's advisory vote and a
flooded metro tunnel; 32 planted discrepancies, every kind at least twice with plain counts, and 21 compatible
variations). It adds the compatible kinds ``compat_fraction`` (one in five / Twenty percent), ``compat_date_format``
(December 3 / 3 December) and ``compat_duration_units`` (for a fortnight / a 14-day contract).

``--set wire6`` scores the sixth set, ``benchmarks/wire6/`` (round 15, held out: six more invented stories, an
avalanche at a ski resort, a parliament's budget vote, food poisoning at a wedding, a chief executive's resignation
over inflated profits, a province-wide blackout and a container ship on a reef; 32 planted discrepancies, every kind at
least twice with plain counts, and 23 compatible variations). It adds the compatible kinds
``compat_abbreviated_money`` (a 2.5 billion taler loan / its 2.5bn-taler credit line) and ``compat_ordinal_forms``
(the third ship / the 3rd vessel).

``--set wire7`` scores the seventh set, ``benchmarks/wire7/`` (round 16, held out: six more invented stories, a fire in
a tower block, a city council's tram vote, a coach crash on a mountain pass, water rationing in a drought, the release
of kidnapped aid workers and a bird-flu cull; 36 planted discrepancies, every kind at least three times with plain
counts, and 26 compatible variations). Titles are told after the name more often (in an apposition or a "who heads"
clause), denials as "insisted that no ... had been" / "acknowledged that ... had been", floors as ordinals; it adds
the compatible kinds ``compat_time_format`` (at 3:40 a.m. / at 03:40), ``compat_age_forms`` (a 72-year-old / aged
72) and ``compat_running_total`` (bringing the death toll to nine / Seven people died at the scene).

``--set wire8`` scores the eighth set, ``benchmarks/wire8/`` (round 17, held out: six more invented stories, a landslide
on a mountain village, a shareholder revolt over a chief executive's pay, a city marathon run in a heatwave, a hoard of
medieval coins found by a farmer, a ceasefire ratified by a parliament and a measles outbreak in schools; 36 planted
discrepancies, every kind at least three times with plain counts, and 27 compatible variations, one of each earlier
compatible kind). Plants are told as clauses more often ("denied on Monday that any of the water stations had run
out", "put their names to a truce deal"), bounds on both sides of a count ("at least 140" / "Fewer than 90"); it adds
the compatible kind ``compat_rate_period`` (1.8 million a year / 150,000 a month, one salary per year and per month).

``--set wire9`` scores the ninth set, ``benchmarks/wire9/`` (round 18, held out: six more invented stories, a gas explosion
in a block of flats, a fishing cooperative's vote on a quota deal, a forged painting sold at auction, wolves escaping from
a zoo, a parliament's pension reform and a cyclist's doping ban; 36 planted discrepancies, every kind three times with
plain counts and ``date`` six times, and 26 compatible variations, eight of them about dates). Dates are told in more
shapes ("last Thursday" against the publication day, "on 16 October", "in August", "in July 2027", "on the eve of the
national championships on July 11"); it adds the compatible kind ``compat_date_precision`` (a strike for early December
/ a strike on December 3, the coarser date holding the finer one).

``--set wire10`` scores the tenth set, ``benchmarks/wire10/`` (round 19, held out: six more invented stories, police
breaking up an opposition march, a parliament's vote on a hospital merger, a cargo plane crash on approach, a lottery
official jailed for rigging draws, a locust swarm and a disputed census; 36 planted discrepancies, every kind three
times with plain counts and ``date`` six times, and 28 compatible variations, one of each compatible kind of
wire2-wire9). Three stories are told by a government-friendly outlet beside an opposition or independent one that
disputes its figures openly; it brings back the four kinds wire9 left out (``compat_written_number``,
``compat_ordinal_forms``, ``compat_time_format``, ``compat_age_forms``).

``--set wire11`` scores the eleventh set, ``benchmarks/wire11/`` (round 20, held out: six more invented stories, a
journalist jailed under a state secrets law, a border clash told by the state media of both countries, a chess champion
banned for computer cheating, a university fees law, a run on a regional savings bank and a delayed rail tunnel told by
three outlets; 36 planted discrepancies, every kind three times with plain counts and ``date`` six times, and 28
compatible variations, one of each compatible kind of wire2-wire10). Three stories set a government outlet against an
independent one or against the other side's state media, each disputing the other's figures openly; plans and deeds
are told as "will begin running" / "have already run", denials as "denied that" / "acknowledged that",
dates in two shapes ("on November 26" / "on 19 November", "from September 1, 2027" / "from January 2028").

``--set wire12`` scores the twelfth set, ``benchmarks/wire12/`` (round 21, held out: six more invented stories, a
prison hunger strike, a city council's vote on an airport expansion, a fuel-price protest, a football club's record
transfer, a toxic algae bloom in a town's lake and a 17th-century shipwreck told by three outlets; 36 planted
discrepancies, every kind three times with plain counts and ``date`` six times, and 28 compatible variations, one of
each compatible kind of wire2-wire11). Three stories set a government or city outlet against an independent or
opposition one that disputes its figures openly; denials are told as "denied that any ... had been" / "the ministry
later admitted", plans as "intends to unveil" / "plan to raise ... next spring", votes as "9-2" / "split 6 to 5" and
"62 percent to 38" / "approved by 54 percent of members".

``--set wire13`` scores the thirteenth set, ``benchmarks/wire13/`` (round 22, held out: six more invented stories, a
national nurses' strike, a sinkhole in a town's old quarter, a police raid on an independent weekly, a software maker's
job cuts, a seizure of counterfeit medicines at a port and a dinosaur skeleton told by three outlets; 36 planted
discrepancies, every kind three times with plain counts and ``date`` six times, and 28 compatible variations, one of
each compatible kind of wire2-wire12). Three stories set an official outlet (a state press agency, state radio, a
customs service's own bulletin) against an independent paper that disputes its figures openly;
denials are told as "denied that any ... had been" / "the ministry acknowledged" / "customs later admitted", plans as
"will close" / "closed ... last month", votes as "approved by 81 percent of the votes cast" / "Only 64 percent of
shareholders voting backed" and "voted 33 to 12" / "split 24 to 21".

``--set wire14`` scores the fourteenth set, ``benchmarks/wire14/`` (round 23, held out: six more invented stories, the
sale of a capital's water company, a police raid ending a student library occupation, a glacial lake outburst flood, a
documentary pulled from a film festival, a currency devaluation and a cable car stranded over a gorge told by three
outlets; 36 planted discrepancies, every kind three times with plain counts and ``date`` six times, and 28 compatible
variations, one of each compatible kind of wire2-wire13). Three stories set an official outlet (a state news agency,
state radio, a national culture wire) against an independent or opposition paper that disputes its figures openly;
denials are told as "denied that any household had been" / "the ministry conceded" and "the police chief later
admitted", plans as "will dig a channel" / "dug a drainage channel last week", votes as "voted 7 to 2" / "split 5 to 4"
and "voted 5 to 4" / "backed by eight of the nine members".

``--set wire15`` scores the fifteenth set, ``benchmarks/wire15/`` (round 24, held out: six more invented stories, an
opposition leader's arrest and the crowd outside his hearing, a school sports hall roof collapse, a wheat export ban, a
city bus fare rise, a meteorite fall told by three outlets and a pharmacy chain's insolvency; 36 planted discrepancies,
every kind three times with plain counts and ``date`` six times, and 28 compatible variations, one of each compatible
kind of wire2-wire14). Three stories set an official outlet (a state wire, a government bulletin, a city hall news
service) against an independent paper that disputes its figures openly; denials are told as "denied that any
protester had been injured" / "the interior ministry acknowledged" and "denied that any grain had rotted" / "the
ministry admitted", plans as "will buy 60 electric buses" / "has already bought 60 electric buses", votes as "by 118
votes to 42" / "passed 91 to 69" and "with 72 percent of the votes" / "backed by 58 percent of creditors".

``--set wire16`` scores the sixteenth set, ``benchmarks/wire16/`` (round 25, held out: six more invented stories, a
state power company's dam release flooding a valley, a recount of a governor's election, a coal mine rockfall, a theft
of crown jewels from a museum, a mass stranding of pilot whales told by three outlets and a dockers' strike; 36 planted
discrepancies, every kind three times with plain counts and ``date`` six times, and 28 compatible variations, one of
each compatible kind of wire2-wire15). Three stories set an official or company outlet (a state energy paper, a state
press agency, a mining company's newsroom) against an independent or opposition paper that disputes its account
openly; denials are told as "denied that any village had gone without a warning" / "it admitted that sirens ... had
failed to sound" and "denied that any perishable cargo had been lost" / "the authority accepted that fruit ... had
spoiled", plans as "has published the tally of every polling station" / "says it will publish the tallies" and "plans
to take on 150 additional crane operators next year" / "joined the port authority's payroll in October", votes as "won
54 percent of the votes in the recount, against 46 percent" / "gave Rask 50.4 percent to Edda Moll's 49.6" and "voted
7 to 2" / "split 5 to 4".

``--set wire17`` scores the seventeenth set, ``benchmarks/wire17/`` (round 26, held out: six more invented stories, a
reservoir's spillway release flooding a valley town, a dockers' strike ended by a ballot, a recount in a governor's race,
a city bridge shut over a cracked girder, a mine gallery collapse told by three outlets and a merger of two wine
cooperatives; 36 planted discrepancies, every kind three times with plain counts and ``date`` six times, and 28
compatible variations, one of each compatible kind of wire2-wire15). Three stories set an official or company outlet
(state radio, a government news agency, a mining company's newsroom) against an independent, opposition or union paper
that disputes its figures openly; denials are told as "denied that the warning sirens had failed in any village" /
"admitted on Friday that sirens in three villages had not sounded" and "denied that any ballot boxes had been opened" /
"conceded on Tuesday that seals on 14 ballot boxes had been broken", plans as "plan to fit strain gauges" / "fitted
strain gauges ... on Thursday", votes as "by 61 percent to 39" / "backed by only 52 percent of those who voted" and
"approved by 68 percent of the members present" / "carried by 404 votes to 311".

``--set wire18`` scores the eighteenth set, ``benchmarks/wire18/`` (round 27, held out: six more invented stories, a
state-ordered mobile internet shutdown, foreign trawlers seized by a navy, a leaked university entrance exam paper, a
hailstorm in an orchard valley, a fatal crash at a balloon festival told by three outlets and a toll road concession;
36 planted discrepancies, every kind three times with plain counts and ``date`` six times, and 28 compatible
variations, one of each compatible kind of wire2-wire15). Three stories set an official outlet (a communications
authority's newsroom, a navy press service, an education ministry's bulletin) against an independent, trade or student
paper that disputes its account openly; denials are told as "denied that any landline or hospital connection had been
cut" / "conceded on Monday that the lines of two hospitals had been cut", plans as "will open an emergency fund" /
"opened an emergency fund ... on Monday", votes as "by 31 votes to 9" / "with 22 of the 40 councillors in favour".

``--set wire19`` scores the nineteenth set, ``benchmarks/wire19/`` (round 28, held out: six more invented stories, a
minimum wage rise voted by a national assembly, an escalator running backwards in a shopping centre, a city's clearance
of a street market, honeybee colony losses after an insecticide was sprayed, an opera house reopening after its
renovation told by three outlets and a tax on sugary drinks; 36 planted discrepancies, every kind three times with plain
counts and ``date`` six times, and 28 compatible variations, one of each compatible kind of wire2-wire15). Three
stories set an official outlet (a state news office, a city hall news service, an agriculture ministry's bulletin)
against a union, independent or trade paper that disputes its account openly; denials are told as "dismissed reports
that employers had already begun shedding staff" / "inspectors logged dismissals at 38 textile workshops", "Crews did
not seize any trader's goods" / "the depot confirmed ... crews had carted away the stock of 60 stalls" and "no spraying
had taken place while the buckwheat was in flower" / "planes sprayed buckwheat fields ... in full flower", plans as
"plans to open a covered market ... next spring" / "which the city opened in September" and "were sent to the ...
laboratory on Monday" / "says it will send samples", votes as "143 to 57" / "by 104 votes to 96" and "61 votes to 39"
/ "55-45".

``--set wire20`` scores the twentieth set, ``benchmarks/wire20/`` (round 29, held out: six more invented stories, a
legionella outbreak in a hospital, a city's school meals contract with a private caterer, a wolf pack attacking sheep in
a highland region, fines on a bread price cartel, the auction of a lighthouse told by three outlets and the dismissal of
a university rector; 36 planted discrepancies, every kind three times with plain counts and ``date`` six times, and 28
compatible variations, one of each compatible kind of wire2-wire15). Three stories set an official outlet (a health
ministry's bulletin, an agriculture ministry's bulletin, a university's news office) against an independent, farmers' or
lecturers' paper that disputes its account openly; denials are told as "denied that the outbreak had claimed any lives"
/ "Two elderly patients have died", "denied that any wolf had attacked cattle" / "vets confirmed in October that wolves
had killed four calves", plans as "intends to recruit 90 kitchen staff" / "has already taken on 90 kitchen staff" and
"has promised to open the gallery" / "opened the gallery ... the same afternoon", votes as "27 votes to 18" / "with 33
councillors for and 12 against" and "voted 5 to 2" / "by six votes to one", bounds as "no fewer than 60".

``--set wire21`` scores the twenty-first set, ``benchmarks/wire21/`` (round 30, held out: six more invented stories, a
regulator revoking an independent radio station's licence, a container-terminal crane collapse, a land reform law, the
return of a night train, a police chief's arrest for bribery and cave divers trapped by a rockfall told by three outlets;
36 planted discrepancies, every kind three times with plain counts and ``date`` six times, and 28 compatible variations,
one of each compatible kind of wire2-wire15). Three stories set an official outlet (a broadcasting authority's news
service, a government gazette, an interior ministry's press service) against the station's own newsroom, a
smallholders' paper or an opposition daily that disputes its account openly; denials are told as "denied that any of
the station's staff had been questioned by police" / "Police questioned three of the station's reporters on Thursday,
the authority admitted" and "denied that its members had been warned" / "acknowledged on Thursday that a cave guide had
warned its members", plans as "will open ticket sales next week" / "opened ticket sales on Monday", votes as "by seven
votes to two" / "split five to four", "by 94 votes to 51" / "passed 78 to 67" and "voted 13 to 2" / "carried 8-7".

``--set wire22`` scores the twenty-second set, ``benchmarks/wire22/`` (round 31, held out: six more invented stories, a
constitutional court upholding a minority language law, a siege at a foreign embassy, a budget cut at a mountain
observatory, sailors missing from an offshore yacht race, a stolen medieval psalter returned told by three outlets and a
stock exchange's trading halt; 36 planted discrepancies, every kind three times with plain counts and ``date`` six
times, and 28 compatible variations, one of each compatible kind of wire2-wire15). Three stories set an official or
exchange outlet (an education ministry's news office, a state press agency, an exchange's own newsroom) against a
minority-language, independent or financial paper that disputes its account openly; denials are told as "insisted that
no teacher had been let go" / "conceded on Friday that it had dismissed 12 ... teachers", "denied that its officers had
fired a single shot" / "acknowledged on Tuesday that police marksmen had fired 11 rounds" and "denied that any trades
had been cancelled" / "confirmed on Thursday that it had voided 3,200 trades", plans as "plans to print" / "finished
printing ... in October" and "intends to appoint an outside firm" / "appointed the accounting firm ... on Tuesday",
votes as "with seven judges in favour and two against" / "five judges to four", "approved the cut 11 to 4" / "by eight
votes to seven" and "voted 9 to 2" / "by six votes to five".

``--set wire23`` scores the twenty-third set, ``benchmarks/wire23/`` (round 32, held out: six more invented stories, a
timber concession in a forest reserve, a law lengthening military service, a research ship trapped in pack ice told by
three outlets, the demolition of a housing estate, a city's cap on cruise ships and a smog emergency; 36 planted
discrepancies, every kind three times with plain counts and ``date`` six times, and 28 compatible variations, one of
each compatible kind of wire2-wire15). Three stories set an official or company outlet (a state forestry agency's news
service, a state news agency, a city housing company's newsroom) against an independent, opposition or tenants' paper
that disputes its account openly; denials are told as "said flatly that no tree had been felled" / "conceded on Friday
that a crew had felled 140 trees", "dismissed as 'a fabrication' reports ... that conscripts had been sent" /
"acknowledged on Friday that 400 conscripts had been posted" and "No tenant has been made to leave against their will,
the company said" / "admitted on Thursday that bailiffs had evicted two families", plans as "plans to send the
icebreaker" / "sent the icebreaker ... on Sunday", votes as "with 164 deputies voting in favour and 71 against" / "by
131 votes to 104", "endorsed the plan in March, 38 votes to 13" / "won by just 27 to 24" and "by 21 votes to 6" / "split
15 in favour and 12 against".

``--set wire24`` scores the twenty-fourth set, ``benchmarks/wire24/`` (round 32 after the freeze, held out for the next
round: six more invented stories, a crude oil pipeline leak into a marsh, a national post office's partial sale told by
three outlets, diplomats expelled as spies, a national park enlarged against farmers' objections, farmed salmon escaped
from a torn net and a literary prize withdrawn for plagiarism; 36 planted discrepancies, every kind three times with
plain counts and ``date`` six times, and 28 compatible variations, one of each compatible kind of wire2-wire15). Three
stories set an official or company outlet (a state pipeline company's energy bulletin, a state news agency, a salmon
farming company's newsroom) against an independent, opposition or fishermen's paper that disputes its account openly;
denials are told as "No drinking water well has been contaminated, the company said" / "confirmed on Wednesday that
two village wells ... had been contaminated", "said no journalist had been questioned" / "Police questioned our
reporter ... on Monday" and "none of the escaped fish had been treated with antibiotics" / "records ... show that fish
in the damaged pen had been treated", votes as "won the support of 41 of the assembly's 60 members" / "passed by a
margin of two votes, 31 to 29" and "The jury voted five to two" / "a jury that divided by four votes to three".

``--set wire25`` scores the twenty-fifth set, ``benchmarks/wire25/`` (round 34, held out: six more invented stories, a
reactor shut down over a cracked cooling pipe, a carmaker fined for emissions test cheating, a presidential amnesty,
anglers rescued from a drifting ice floe told by three outlets, a shipyard's nationalisation and an armoured cash van
robbery; 36 planted discrepancies, every kind three times with plain counts and ``date`` six times, and 28 compatible
variations, one of each compatible kind of wire2-wire15). Three stories set an official or company outlet (a state
nuclear operator's newsroom, a carmaker's newsroom, a presidential press service) against an independent, motoring or
opposition paper that disputes its account openly; denials are told as "said that not a single litre of contaminated
water had reached the Osk river" / "an Orsatom engineer confirmed that 2,400 litres ... had drained into the Osk",
"rejected as untrue reports ... that jailed journalists had been left off the amnesty list" / "told parliament on
Thursday that seven jailed journalists had been left off" and "None of the guards was injured, according to Valtra
Security" / "acknowledged on Monday that two guards had suffered injuries", plans as "plans to load corrected software"
/ "has already been loaded", "intends to order four patrol vessels" / "placed an order ... on Monday" and "say they
will release CCTV images" / "released CCTV images ... on Thursday", votes as "backed the board by 71 percent to 29" /
"survived with the votes of just 53 percent", "by 104 votes to 27" / "with 68 votes in favour and 63 against" and
"voted 88 to 52" / "backed by 79 deputies, with 61 against".

``--set wire26`` scores the twenty-sixth set, ``benchmarks/wire26/`` (round 35, held out: six more invented stories, a
national ombudsman removed by parliament, a navy frigate contract, match-fixing charges at a football club, a city rent
freeze, a household heating price cap told by three outlets and a mobile frequency auction; 36 planted discrepancies,
every kind three times with plain counts and ``date`` six times, and 28 compatible variations, one of each compatible
kind of wire2-wire15). Three stories set an official or interested outlet (a state news agency, a defence ministry
bulletin, a city hall newsroom) against an independent paper or a landlords' federation review that disputes its
account openly; denials are told as "denied that any documents had been removed" / "conceded on Thursday that
officials had taken 40 boxes of files", "denied that any commission had been paid to intermediaries" / "admitted on
Thursday that a commission had been paid" and "denied that any supplier had been told about the cap" / "admitted on
Tuesday that the three largest suppliers had been briefed", plans as "is expected to name a successor" / "Hours later
the assembly named", "will set up a public register" / "set up the register ... in September" and "It will fine
Telvo" / "fined Telvo 12 million oren last month", votes as "carried by 104 votes to 38" / "passed 79 to 63", "by 33
votes to 18" / "by a single vote, 26 to 25" and "by 141 votes to 60" / "It passed 112 to 89".

``--set wire27`` scores the twenty-seventh set, ``benchmarks/wire27/`` (round 36, held out: six more invented stories,
three constitutional judges impeached by a parliament, a football club's insolvency filing, animals confiscated from a
travelling circus, a vote to move a capital told by three outlets, an orchestra's island tour cancelled and a ministry's
flu-vaccine purchase; 36 planted discrepancies, every kind three times with plain counts and ``date`` six times, and 28
compatible variations, one of each compatible kind of wire2-wire15). Three stories set an official or interested
outlet (a state press agency, a club's own media channel, a health ministry bulletin) against an independent paper or
a reader-funded newsroom that disputes its account openly; denials are told as "rejected reports that the judges'
homes had been searched" / "Officers searched the homes ... the justice ministry admitted", "denied that any animal
had been kept without water" / "conceded on Tuesday that the horses had gone without water" and "denied that any of
the doses had expired" / "acknowledged on Monday that 40,000 doses had passed their expiry date", plans as "It plans
to sell its training ground" / "sold its training ground last month", "will create a relocation authority" /
"created by decree in October" and "plans to open an investigation" / "opened an investigation last week", votes as
"passed with 61 percent of deputies in favour" / "backed by 54 percent of the chamber", "by 112 votes to 71" /
"passed 96 to 87" and "by 88 votes to 54" / "failed by 71 votes to 70".

``--set wire28`` scores the twenty-eighth set, ``benchmarks/wire28/`` (round 37, held out: six more invented stories,
a border barrier contract, a cliff collapse at a coastal village told by three outlets, a statistics office's revised
inflation figures, a city's cycle lane network, a water slide tower's collapse at a leisure park and an audit of a
central bank's gold reserve; 36 planted discrepancies, every kind three times with plain counts and ``date`` six times,
and 28 compatible variations, one of each compatible kind of wire2-wire15). Three stories set an official outlet (a
state news agency, a statistics office's own release, a state financial bulletin) against an opposition weekly, an
independent business paper or an investigative site that disputes its account openly; denials are told as "No
farmland has been taken without compensation, the ministry insisted" / "the ministry acknowledged that 37 families had
lost farmland without being paid", "rejected suggestions that ministers had seen the figures" / "admitted on Wednesday
that the finance minister had been shown the figures" and "denied that any gold had been lent" / "confirmed ... that
300 bars had been lent", plans as "are to be moved into temporary housing next week" / "has already moved the
residents", "intends to remove parking spaces" / "has removed the parking spaces" and "is preparing to transfer part
of the reserve" / "has already moved 400 bars", votes as "Of the council's 61 members, 39 voted for the plan" / "won
the support of 55 percent of the council", "with 58 percent of deputies voting against" / "with 51 percent of deputies
against it" and "71 percent of deputies voting in favour" / "passed with 56 percent support".

``--set wire29`` scores the twenty-ninth set, ``benchmarks/wire29/`` (round 38, held out: six more invented stories,
an olive oil bottler's recall over blended oil, spyware found on reporters' phones, hikers found in a desert canyon
told by three outlets, the overspend on a palace's restoration, a city's order of hydrogen buses and the licensing of
medical cannabis clinics; 36 planted discrepancies, every kind three times with plain counts and ``date`` six times,
and 28 compatible variations, one of each compatible kind of wire2-wire15). Three stories set a company's newsroom, a
state news agency and a ministry's bulletin against a consumer weekly, an opposition daily and an investigative site
that dispute their account openly; denials are told as "denied that any adulterated oil had been sold abroad" /
"admitted ... that 12,000 bottles of the batch had been shipped", "denied that its intelligence directorate had ever
bought the software" / "conceded on Thursday that its intelligence directorate had bought a licence" and "denied
that any licence had been granted to a company linked to its members" / "acknowledged on Monday that two licences
had gone to ...", plans as "intends to publish its technical report in January" / "published its technical report
on Monday", "plans to hire an outside auditor" / "hired an outside auditor in October" and "will suspend the
licence" / "suspended the ... licence last week", votes as "voted 9 to 4" / "voted 7 to 6", "approved with 64
percent of the assembly in favour" / "passed with 52 percent of deputies backing it" and "Of the council's 45
members, 31 voted in favour" / "passed with 58 percent of councillors in favour".

``--set wire30`` scores the thirtieth set, ``benchmarks/wire30/`` (round 39, held out: six more invented stories, a
voting age lowered to 16 by a national assembly, an air ambulance helicopter crash, a national ban on phones in schools,
a failed coup attempt told by three outlets, a stolen racehorse recovered after a chase and an ammonia leak that
emptied an ice rink; 36 planted discrepancies, every kind three times with plain counts and ``date`` six times, and 28
compatible variations, one of each compatible kind of wire2-wire15). Three stories set a state news agency, an education
ministry's bulletin and a state television newsroom against an opposition daily, a parents' weekly and an exile news
site that dispute their account openly; denials are told as "denied that any opposition deputy had been kept out of
the chamber" / "were kept out ..., the assembly's secretariat conceded", "said no shots were fired inside the capital"
/ "Soldiers fired on a crowd ..., the interior ministry admitted", plans as "will open a register" / "opened its
register ... on Wednesday" and "plans to replace the faulty valve" / "replaced the faulty valve on Monday", votes as
"by 96 votes to 41" / "squeaked through with 71 votes against 66" and "voted 15 to 6" / "backed the closure 11 votes to
10".

``--set wire31`` scores the thirty-first set, ``benchmarks/wire31/`` (round 40, held out: six more invented stories, a
ring printing counterfeit banknotes, deputies voting themselves a pay rise, an audit of surgical waiting lists, a city's
refund of fines from faulty bus-lane cameras, a protected oak felled at night told by three outlets and degrees sold by
a university's registrar; 36 planted discrepancies, every kind three times with plain counts and ``date`` six times, and
28 compatible variations, one of each compatible kind of wire2-wire15). Three stories set a central bank's newsroom, a
state news agency and a health ministry's bulletin against an independent paper, an opposition daily and a doctors'
journal that dispute their account openly; denials are told as "denied that any counterfeit note had been paid out by
its cash machines" / "conceded on Thursday that forged 50-stel notes had been dispensed", "denied that any operation had
been cancelled because of a shortage of anaesthetists" / "admitted on Monday that 212 operations had been called off"
and "denied that any of its own officials had bought a degree" / "acknowledged on Wednesday that three of its senior
officials held degrees", plans as "will publish a register" / "published a register ... on Wednesday", "will switch off
the cameras" / "were switched off last week" and "will charge the former registrar" / "charged the former registrar on
Tuesday", votes as "by 142 votes to 38" / "with 97 votes for and 83 against", "voted 27 to 12" / "by a margin of 21
votes to 18" and "voted 31 to 9" / "by a narrow majority of 22 votes to 18".

``--set wire32`` scores the thirty-second set, ``benchmarks/wire32/`` (round 43, held out: six more invented stories, a
fireworks depot blast in a city district, a council vote on a waterfront casino licence told by three outlets, a water
company's fine for sewage discharges, a parliament's vote to close a coal power station, two tankers colliding in fog
and workers voting on the buyout of a tyre plant; 36 planted discrepancies, every kind three times with plain counts and
``date`` six times, and 28 compatible variations, one of each compatible kind of wire2-wire15). Three stories set a
state news agency, a water company's newsroom and a port authority's bulletin against an independent city paper, an
environmental weekly and a seafarers' union paper that dispute their account openly; denials are told as "denied that
any of the injured were children" / "conceded on Monday that three children were among those treated", "denied that
any sewage had reached the bathing beach" / "found that sewage had reached the bathing beach" and "denied that the
harbour radar had failed" / "acknowledged on Monday that the harbour radar had been out of service", plans as "will
hand the licence to" / "handed the licence to ... on Thursday", "will sign a contract" / "signed the contract on
Monday" and "will cut the night shift" / "cut the night shift last week", votes as "passed 29 to 14" / "by 25 votes to
18", "by 112 votes to 87" / "104 to 95" and "backed by 71 percent of those voting" / "approved by 58 percent".

``--set wire33`` scores the thirty-third set, ``benchmarks/wire33/`` (round 44, held out: six more invented stories, a
migrant boat towed into an island harbour, money missing from a public broadcaster's charity telethon, a brawl in
parliament over a media law, a water company's billing fault, a resort's bulldozers on a turtle nesting beach told by
three outlets and a history textbook withdrawn for its errors; 36 planted discrepancies, every kind three times with
plain counts and ``date`` six times, and 28 compatible variations, one of each compatible kind of wire2-wire15). Three
stories set a coast guard's bulletin, state radio and a water company's newsroom against an independent paper, an
opposition daily and a consumer weekly that dispute their account openly; denials are told as "denied that its patrol
vessel ... had turned the boat away" / "admitted on Wednesday that its patrol vessel ... had ordered the boat back out
to sea", "denied that any guard had struck a deputy" / "conceded on Friday that two guards had struck opposition
deputies" and "denied that any household had its supply cut off" / "acknowledged in a letter to the regulator that 37
households had been disconnected", plans as "will ask police to open a criminal investigation" / "has already filed a
complaint with the police", "has already refunded every affected customer" / "will only begin refunds in February"
and "will pulp the remaining stock" / "has already pulped 60,000 unsold copies", votes as "voted 7 to 2" / "a narrow
5-4 vote", "by 104 votes to 61" / "with 88 votes in favour and 77 against" and "voted 9 to 4" / "by 7 votes to 6".

``--set wire34`` scores the thirty-fourth set, ``benchmarks/wire34/`` (round 45, held out: six more invented stories, a
national stadium sold to a private consortium, a parliament's ban on hunting with hounds, a harvest parade float that
ran into the crowd told by three outlets, drone sightings that grounded an airport's flights, a new national anthem and
a card payment network's outage; 36 planted discrepancies, every kind three times with plain counts and ``date`` six
times, and 28 compatible variations, one of each compatible kind of wire2-wire15). Three stories set a state news
agency, state radio and a central bank's newsroom against an independent paper, an opposition weekly and a consumer
magazine that dispute their account openly; denials are told as "denied that any rival bid had been excluded from the
tender" / "admitted on Tuesday that two rival bids had been excluded", "denied that any deputy had been pressured to
vote for it" / "admitted on Thursday that party whips had threatened four deputies" and "denied that any customer data
had been exposed" / "acknowledged in a letter to the data protection office ... that the card details of 2,300
customers had been visible", plans as "will challenge the law in the constitutional court" / "has already lodged a
challenge", "will install drone-detection radar" / "has already installed drone-detection radar" and "plans to
reimburse shop owners" / "has already reimbursed shop owners", votes as "voting 96 to 41" / "scraped through 71 to
66", "by 212 votes to 148" / "with 187 in favour and 173 against" and "by 143 votes to 52" / "by 101 votes to 94".

``--set wire35`` scores the thirty-fifth set, ``benchmarks/wire35/`` (round 46, held out: six more invented stories, a
city's stray dog cull, potato blight in a farming province, a leaning church bell tower closed told by three outlets
(a valley paper, a parish letter and a national daily), a tennis tournament moved to another city, signal cable thefts
on a railway line and a government bond sale; 36 planted discrepancies, every kind three times with plain counts and
``date`` six times, and 28 compatible variations, one of each compatible kind of wire2-wire15). Three stories set a
city hall's news service, an agriculture ministry's bulletin and a finance ministry's newsroom against an independent
paper, a farmers' weekly and a business weekly that dispute their account openly; denials are told as "denied that a
single captured dog had been killed" / "admitted that 46 of the captured dogs had been put down", "denied that any
blighted potatoes had reached shops" / "admitted that 300 tonnes of infected potatoes had been sold" and "denied that
any passenger had been stranded overnight" / "acknowledged on Wednesday, in a reply to questions ..., that 150
passengers had spent the night on a train", plans as "will open a second shelter" / "has already opened a second
shelter", "is to build a retractable-roof centre court" / "construction of the centre court ... was finished in
September" and "will offer a smaller share of the bond to savers through post offices next year" / "began selling a
slice of the bond to the public through post offices in October", votes as "by 31 votes to 9" / "passed 24 to 16",
"voted 7 to 4" / "Nine members backed the move ... and two opposed it" and "by 118 votes to 64" / "with 97 votes for
and 85 against".

``--set wire36`` scores the thirty-sixth set, ``benchmarks/wire36/`` (round 48, held out: six more invented stories,
arsenic in village wells, a regional airline grounded by its regulator told by three outlets (an aviation authority's
newsroom, a trade weekly and a local evening paper), a quarry boss convicted over blasting damage, a ski federation
president voted out, a blizzard that cut off mountain villages and a refuse collectors' strike; 36 planted
discrepancies, every kind three times with plain counts and ``date`` six times, and 28 compatible variations, one of
each compatible kind of wire2-wire15). Denials are told as "denied that anyone had fallen ill from drinking the water"
/ "confirmed that 17 patients had been treated for arsenic poisoning", "denied that any of its blasts had exceeded the
permitted vibration limit" / "admitted in court that 23 blasts had exceeded the legal vibration limit" and "denied
that any village had been left without power" / "acknowledged that six villages had lost electricity", plans as
"plans to bring in an outside maintenance firm" / "has already brought in an outside maintenance firm", "would
commission a forensic audit" / "has already commissioned a forensic audit" and "will bring in private contractors next
week" / "has already hired private contractors", votes as "by 10 votes to 2" / "split 8 to 4", "by 46 votes to 19" /
"38 delegates voted for the motion and 27 against" and "by 412 votes to 96" / "356 members voted to strike and 152
against".

``--set wire37`` scores the thirty-seventh set, ``benchmarks/wire37/`` (round 48, held out: six more invented stories, a
church fresco cycle's restoration accused of stripping colour, a national space agency's lunar lander lost during its
descent, a town council's vote to close its swimming pool told by three outlets (a council newsletter, a local paper
and a regional radio site), dairy farmers' blockade of a cooperative creamery over a milk price cut, a toy maker's
stock market listing and a cigarette smuggling tunnel found beneath a border; 36 planted discrepancies, every kind
three times with plain counts and ``date`` six times, and 28 compatible variations, one of each compatible kind of
wire2-wire15). Denials are told as "denied that a software fault had caused the loss of the lander" / "conceded on
Monday that a software error had doomed the lander", "denied that any farmer had been arrested at the blockade" /
"confirmed on Tuesday that two farmers had been arrested" and "denied that any of its toys had been recalled this
year" / "the prospectus acknowledges that the company recalled 40,000 wooden trains in March", plans as "will appoint
an independent board of inquiry" / "has already appointed a board of inquiry", "will arrange buses to take pupils ...
to the pool at Tarrow" / "has already begun bussing pupils to the pool at Tarrow" and "will fill the tunnel with
concrete" / "filled the tunnel with concrete on Saturday", votes as "voted 19 to 8" / "passed by 14 votes to 13",
"by 412 votes to 188" / "with 52 percent of the members' votes" and "voted five to two" / "by 6 votes to 1".

``--set wire38`` scores the thirty-eighth set, ``benchmarks/wire38/`` (round 50, held out: six more invented stories, a
university senate's vote to close its veterinary faculty, the failure of a subsea power interconnector told by three
outlets (an energy ministry newsroom, a trade weekly and a local paper), a borough's estate of factory-built homes,
harbour dredging blamed for smothering mussel beds, a ward by-election clouded by rejected postal votes and a
province's rural fibre broadband rollout; 36 planted discrepancies, every kind three times with plain counts and
``date`` six times, and 28 compatible variations, one of each compatible kind of wire2-wire15). Denials are told as
"denied that any hospital had lost power during the outage" / "confirmed that the building had been without mains
power for six hours", "denied that the dredging had harmed the mussel beds" / "found that spoil had smothered 40
hectares of mussel beds" and "denied that any ballot boxes had been left unsealed overnight" / "admitted that three
ballot boxes had been left unsealed in a storeroom overnight", plans as "will charter a cable repair ship" /
"chartered the Kestrian repair ship Halla Brenn last week", "will build a primary school on the estate" / "Builders
began work on the estate's primary school in October" and "will begin connecting homes in the Orlen valley next
spring" / "began connecting homes in the Orlen valley in November", votes as "by 23 votes to 8" / "carried 17 to 14",
"won with 54 percent of the vote" / "took 41 percent" and "by 38 votes to 11" / "passed 29 to 20".

``--set wire39`` scores the thirty-ninth set, ``benchmarks/wire39/`` (round 50, held out: six more invented stories, a
river border treaty between two neighbours told by three outlets (a foreign ministry newsroom, a national daily across
the border and a local border paper), a recall of pressure cookers with faulty lids, an aid charity's trustees voting to
merge it into a larger one, a public broadcaster switching off a regional radio station, a bison herd released into a
forest reserve and a financial supervisor withdrawing a cooperative bank's licence; 36 planted discrepancies, every
kind three times with plain counts and ``date`` six times, and 28 compatible variations, one of each compatible kind of
wire2-wire15). Denials are told as "denied that any cooker had exploded" / "conceded that the lids of 11 cookers had
blown off during cooking", "denied that any journalist had been dismissed" / "acknowledged in a letter to the
journalists' union that 12 reporters had been given notice" and "denied that any of the animals had died since the
release" / "A ranger confirmed to the Post that three bison had been found dead", plans as "will set up a free
collection service next month" / "has already begun collecting the cookers", "will move the station's newsroom to the
capital in the spring" / "has already moved the Fjellen newsroom" and "plans to build a wildlife bridge" / "was
completed in August", votes as "by 142 votes to 37" / "with 118 in favour and 61 against", "voted 9 to 3" / "Eight
trustees were in favour and four against" and "by six votes to one" / "Four members voted for revocation and three
against".

``--set wire40`` scores the fortieth set, ``benchmarks/wire40/`` (round 51, held out: six more invented stories, a
regional council handing its bus franchise to a new operator told by three outlets (the council's press office, a
transport trade weekly and a local paper), a health board closing a small maternity unit, a water authority signing
a contract for a desalination plant, the trial of a pension fund chief for embezzlement, a city archive moving to a
new building and a mining company winning a permit for a lithium mine; 36 planted discrepancies, every kind three
times and ``date`` six times, and 28 compatible variations, one of each compatible kind of wire2-wire15).

``--set wire41`` scores the forty-first set, ``benchmarks/wire41/`` (round 51, held out: six more invented stories,
cracks closing a football club's stand told by three outlets (a national sports agency, the town's evening paper and a
venue trade weekly), the resurfacing of an airport's main runway, an emergency scheme bringing seasonal apple pickers
into a valley, a city police force buying a helicopter, a bottle glassworks closing amid a strike and a space agency's
full-duration rocket engine firing on a new test stand; 36 planted discrepancies, every kind three times with plain
counts and ``date`` six times, and 28 compatible variations, one of each compatible kind of wire2-wire15). Denials are
told as "denied that any supporter had been hurt" / "The club doctor confirmed on Tuesday that five fans were treated",
"denied that any apples had been left to rot" / "conceded that 700 tonnes of fruit were left unpicked" and "denied that
any workers had been laid off" / "admitted ... that 45 temporary workers had been let go in October", plans as "will be
installed in January" / "finished installing ... on November 27", "plans to open a new hangar ... next spring" /
"opened in October" and "is to start building a second test stand ... in January" / "began on November 23", votes as
"by 44 votes to 12" / "31 were in favour and 25 against", "by 27 votes to 14" / "22 votes for and 19 against" and "by 9
votes to 2" / "six members voted for it and five against".

``--set wire42`` scores the forty-second set, ``benchmarks/wire42/`` (round 52, held out: six more invented stories,
a listeria recall of a smokehouse's smoked trout told by three outlets (the national food safety office, the town's
paper and a fish trade weekly), a valley ambulance service opening a new dispatch hub, a town leasing its hillside
amphitheatre to a concert promoter, a harbour town adopting an overnight visitor levy, an ice hockey club extending
its goalkeeper's contract and a polar research station's ice-core drill reaching bedrock; 36 planted discrepancies,
every kind three times and ``date`` six times, and 28 compatible variations, one of each compatible kind of
wire2-wire15).

``--set wire43`` scores the forty-third set, ``benchmarks/wire43/`` (round 52, held out: six more invented stories,
a city's draw for rent-to-own flats told by three outlets (the city newsroom, the evening paper and a housing trade
review), bacteria halting a saline plant, a payment app freezing its customers' accounts, monks selling their abbey's
vineyards, the first weeks of a city congestion charge and the election of an architects' chamber president; 36
planted discrepancies, every kind three times and ``date`` six times, and 28 compatible variations, one of each
compatible kind of wire2-wire15).

``--set wire44`` scores the forty-fourth set, ``benchmarks/wire44/`` (round 53, held out: six more invented stories,
a ferry operator's winter timetable cut on an island crossing told by three outlets (the operator's newsroom, the
island paper and a shipping trade weekly), a music conservatory's board voting to merge into a university, a gas main
rupture cutting supply to valley towns, an employment tribunal ruling on sacked bus drivers, a national library buying
a family's sea chart collection and a hospital's emergency department closing at night for lack of nurses; 36
planted discrepancies, every kind three times and ``date`` six times, and 28 compatible variations, one of each
compatible kind of wire2-wire15).
``--set wire45`` scores the forty-fifth set, ``benchmarks/wire45/`` (round 53, held out: six more invented stories,
a red deer cull quota told by three outlets (a press agency, a valley paper and a forestry trade weekly), a flooded
copper mine, a province's copper telephone lines switched off, arrests over arson at timber yards, a seal rescue
centre filled by storm-stranded pups and a folk music prize; 36 planted discrepancies, every kind three times and
``date`` six times, and 28 compatible variations, one of each compatible kind of wire2-wire15).
``--set wire46`` scores the forty-sixth set, ``benchmarks/wire46/`` (round 54, held out: six more invented stories,
a teachers' pension fund writing down its office buildings told by three outlets (a press agency, a financial paper
and a teachers' trade weekly), a harbour viaduct widening, supporters buying an ice hockey club, a sheep pox
outbreak, an orchestra's new chief conductor and a peat fire on a moor; 36 planted discrepancies, every kind three
times and ``date`` six times, and 28 compatible variations, one of each compatible kind of wire2-wire15).
``--set wire47`` scores the forty-seventh set, ``benchmarks/wire47/`` (round 54, held out: six more invented stories,
a city's night tram timetable told by three outlets (the transport authority's newsroom, the evening paper and a
rail and tram trade review), a gale damaging a radio telescope, an insulin patch pump approved by the medicines
regulator, a pay deal ending a biscuit factory strike, a harbour city's budget for next year and a bronze sword found
beside a prehistoric causeway in a fen; 36 planted discrepancies, every kind three times and ``date`` six times, and
28 compatible variations, one of each compatible kind of wire2-wire15).
``--set wire48`` scores the forty-eighth set, ``benchmarks/wire48/`` (round 55, held out: six more invented stories,
a grain barge splitting the gate of a canal lock told by three outlets (the waterways agency's newsroom, the local
gazette and an inland shipping weekly), an exam board regrading a school-leaving maths paper after a marking error,
a hospital's two radiotherapy machines breaking down, a mussel farm die-off in a sound, a museum's blue whale
skeleton rehung after restoration and two gates of a tidal flood barrier jamming in a closure test; 36 planted
discrepancies, every kind three times and ``date`` six times, and 28 compatible variations, one of each compatible
kind of wire2-wire15).
``--set wire49`` scores the forty-ninth set, ``benchmarks/wire49/`` (round 55, held out: six more invented stories,
a radar failure at a national air traffic control centre told by three outlets (a press agency, an aviation trade
weekly and the airport city's paper), a marble quarry's licence extension, a public inquiry into care home deaths in a
heatwave, a boil-water notice after a cracked trunk main, a postal sorting strike and a mayor's recall ballot; 36
planted discrepancies, every kind three times and ``date`` six times, and 28 compatible variations, one of each
compatible kind of wire2-wire15).
``--set wire50`` scores the fiftieth set, ``benchmarks/wire50/`` (round 56, held out: six more invented stories,
an earthquake phone alert that reached a district late told by three outlets (a press agency, a national radio
newsroom and the town's paper), a polar icebreaker launched at a shipyard, a gaming regulator suspending an online
bookmaker's licence, residents' parking zones extended across a city, a ski resort's new summit gondola and a
statistics office withdrawing its jobless figures after a weighting error; 36 planted discrepancies, every kind three
times and ``date`` six times, and 28 compatible variations, one of each compatible kind of wire2-wire15).
``--set wire51`` scores the fifty-first set, ``benchmarks/wire51/`` (round 56, held out: six more invented stories,
a cycle stage race's route and new title sponsor, a national blood service's red alert, a landfill extension vote told
by three outlets (a district council's news page, the valley's paper and a waste trade weekly), a data breach at a
national vehicle registry, a cocoa cooperative's merger vote and a volcano exclusion zone lifted; 36 planted
discrepancies, every kind three times and ``date`` six times, and 28 compatible variations, one of each compatible
kind of wire2-wire15).
``--set wire52`` scores the fifty-second set, ``benchmarks/wire52/`` (round 57, held out: six more invented stories,
a desert rally stage called off for a sandstorm, a parliament's tariff on imported honey, a fire in a harbour grain
silo told by three outlets (the fire service, the town's paper and a grain trade daily), a city's rooftop solar grants,
a national library's scanning deal and a city's cap on taxi licences; 36 planted discrepancies, every kind three times
and ``date`` six times, and 28 compatible variations, one of each compatible kind of wire2-wire15).
``--set wire53`` scores the fifty-third set, ``benchmarks/wire53/`` (round 57, held out: six more invented stories,
a spa town's thermal baths closed for renovation, a typhoid cluster in a river town, a city's purchase of a university
botanic garden told by three outlets (the city hall's newsroom, the evening paper and a gardens and heritage monthly),
a national post withdrawing a stamp with a wrong map, a metro tunnel boring machine stuck in wet sand and a blade
failure at an offshore wind farm; 36 planted discrepancies, every kind three times and ``date`` six times, and 28
compatible variations, one of each compatible kind of wire2-wire15).
``--set wire54`` scores the fifty-fourth set, ``benchmarks/wire54/`` (round 58, held out: six more invented stories,
an avalanche that closed a mountain pass road, a university senate electing its rector, the sale of a town's paper
mill to a packaging group told by three outlets (the buyer's investor news, the town's paper and a pulp and paper
trade weekly), a measles outbreak at a primary school, a town hall clock tower restored and a fishing agreement
between two neighbouring countries; 36 planted discrepancies, every kind three times and ``date`` six times, and 28
compatible variations, one of each compatible kind of wire2-wire15).
``--set wire55`` scores the fifty-fifth set, ``benchmarks/wire55/`` (round 58, held out: six more invented stories,
a lake chosen to host the world rowing championships, parking charges at a city infirmary, a river city's flood siren
network told by three outlets (the city hall's newsroom, the valley's paper and a civil protection monthly), a freezer
failure at a national vaccine store, a city's libraries abolishing late fines and an Iron Age hill fort dig closing
for the winter; 36 planted discrepancies, every kind three times and ``date`` six times, and 28 compatible variations,
one of each compatible kind of wire2-wire15).
``--set wire56`` scores the fifty-sixth set, ``benchmarks/wire56/`` (round 59, held out: six more invented stories,
a cathedral organ rededicated after restoration, a fire authority's vote to close three fen stations, bells stolen
from a church carillon told by three outlets (the police press office, the town's paper and a bell-ringers' monthly),
a parliament's deposit scheme for bottles and cans, a gale at a winter jazz festival and a village sea wall breached
by a storm surge; 36 planted discrepancies, every kind three times and ``date`` six times, and 28 compatible
variations, one of each compatible kind of wire2-wire15).
``--set wire57`` scores the fifty-seventh set, ``benchmarks/wire57/`` (round 59, held out: six more invented stories,
a national gliding championship postponed after rain flooded the airfield, a sea wall breach flooding a salt marsh bird
reserve, a cathedral organ rededicated after a rebuild told by three outlets (the diocese's newsroom, the city's
evening paper and an organ and choir monthly), an inspectors' report on an overcrowded prison, a central bank
withdrawing its two smallest coins and a sardine cannery reopening under new owners; 36 planted discrepancies, every
kind three times and ``date`` six times, and 28 compatible variations, one of each compatible kind of wire2-wire15).
``--set wire58`` scores the fifty-eighth set, ``benchmarks/wire58/`` (round 60, held out: six more invented stories,
a cattle mart's shareholders voting to sell the site for housing, a rural branch railway reopened to passengers told
by three outlets (the operator's press office, the valley paper and a rail trade monthly), a notary convicted of
forging clients' wills, an inquiry finding falsified data at a soil science institute, a district heating boiler
failure and two village primary schools merged; 36 planted discrepancies, every kind three times and ``date`` six
times, and 28 compatible variations, one of each compatible kind of wire2-wire15).
``--set wire59`` scores the fifty-ninth set, ``benchmarks/wire59/`` (round 60, held out: six more invented stories,
a city velodrome reopened after its roof was rebuilt, a town museum's trustees voting to lend a medieval tapestry to
the capital, a tornado through a coastal caravan park told by three outlets (a press agency, the town's paper and a
weather weekly), a port jammed by a failed customs computer system, dental buses sent round rural villages and
tenants' ballot on refitting two council tower blocks; 36 planted discrepancies, every kind three times and ``date``
six times, and 28 compatible variations, one of each compatible kind of wire2-wire15).

The stories are a held-out set when written: nobody fits rules or thresholds to them; the flags engineer did not
see them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from figures import emit  # noqa: E402

BENCHMARKS = ROOT / "benchmarks"
SETS = ("wire", "wire2", "wire3", "wire4", "wire5", "wire6", "wire7", "wire8", "wire9", "wire10",
        "wire11", "wire12", "wire13", "wire14", "wire15", "wire16", "wire17",
        "wire18", "wire19", "wire20", "wire21", "wire22", "wire23", "wire24", "wire25",
        "wire26", "wire27", "wire28", "wire29", "wire30", "wire31", "wire32",
        "wire33", "wire34", "wire35", "wire36",
        "wire37", "wire38", "wire39", "wire40", "wire41", "wire42", "wire43",
        "wire44", "wire45", "wire46", "wire47", "wire48", "wire49",
        "wire50", "wire51", "wire52", "wire53", "wire54", "wire55",
        "wire56", "wire57", "wire58", "wire59")  # folders under benchmarks/, each with plants.json and one folder a story
DEFAULT_SET = "wire"
SHOWN = 0.5  # Discrepancy.confidence at which a flag is shown by default
FLAG_KINDS = ("conflict", "precision", "status")
COMPATIBLE = "compatible"


def set_dir(name: str = DEFAULT_SET) -> Path:
    """The folder of a set of wire stories."""
    return BENCHMARKS / name


def load_plants(path: Path | None = None) -> list[dict[str, Any]]:
    """The plants of plants.json: id, story, kind, expect, note, sides [{document, start, end, text}]."""
    return json.loads((path or set_dir() / "plants.json").read_text("utf-8"))["plants"]


def _overlaps(flag: Any, side: dict[str, Any]) -> bool:
    return any(x.document == side["document"] and x.start < side["end"] and side["start"] < x.end
               for x in flag.sides)


def on_plant(flag: Any, plant: dict[str, Any]) -> bool:
    """Whether a flag's sides overlap both of a plant's spans."""
    return all(_overlaps(flag, side) for side in plant["sides"])


def _flag_row(flag: Any) -> dict[str, Any]:
    return {"id": flag.id, "kind": flag.kind, "slot": flag.slot, "confidence": round(flag.confidence, 3),
            "statement": flag.statement,
            "sides": [{"document": x.document, "start": x.start, "end": x.end, "text": x.text, "value": x.value}
                      for x in flag.sides]}


def _rate(n: int, d: int) -> float:
    return round(n / d, 3) if d else 0.0


def run(dump: Path | None, wire_set: str = DEFAULT_SET) -> dict[str, Any]:
    from newsprism.api import analyze_documents, ingest, load_pipeline

    wire = set_dir(wire_set)
    plants = load_plants(wire / "plants.json")
    stories = sorted({p["story"] for p in plants})
    pipe = load_pipeline()
    rows: list[dict[str, Any]] = []
    seconds: dict[str, float] = {}
    other_shown = 0
    for story in stories:
        docs, errors = ingest([wire / story])
        if errors or len(docs) < 2:
            raise SystemExit(f"{story}: {errors or 'fewer than two documents'}")
        t0 = time.time()
        result = analyze_documents(docs, pipeline=pipe, story=True)
        seconds[story] = round(time.time() - t0, 1)
        flags = [x for x in result.story.discrepancies if x.kind in FLAG_KINDS]
        mine = [p for p in plants if p["story"] == story]
        for p in mine:
            on = [x for x in flags if on_plant(x, p)]
            rows.append({"type": "plant", "id": p["id"], "story": story, "kind": p["kind"], "expect": p["expect"],
                         "shown": any(x.confidence >= SHOWN for x in on), "all": bool(on),
                         "shown_expected_kind": any(x.confidence >= SHOWN and x.kind == p["expect"] for x in on),
                         "all_expected_kind": any(x.kind == p["expect"] for x in on),
                         "flags": [_flag_row(x) for x in on]})
        for x in flags:
            if x.confidence >= SHOWN and not any(on_plant(x, p) for p in mine):
                other_shown += 1
                rows.append({"type": "other_shown", "story": story, **_flag_row(x)})
    if dump is not None:
        dump.parent.mkdir(parents=True, exist_ok=True)
        dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    planted = [r for r in rows if r["type"] == "plant" and r["expect"] != COMPATIBLE]
    compat = [r for r in rows if r["type"] == "plant" and r["expect"] == COMPATIBLE]
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in planted:
        by_kind[r["kind"]].append(r)
    per_kind = {k: {"n": len(v), "found_shown": sum(r["shown"] for r in v), "found_all": sum(r["all"] for r in v),
                    "expected_kind_shown": sum(r["shown_expected_kind"] for r in v)}
                for k, v in sorted(by_kind.items())}
    return {
        "set": wire_set, "stories": len(stories), "documents": sum(len({s["document"] for p in plants if p["story"] == st
                                                      for s in p["sides"]}) for st in stories),
        "planted": len(planted), "compatible": len(compat),
        "recall_shown": _rate(sum(r["shown"] for r in planted), len(planted)),
        "recall_all": _rate(sum(r["all"] for r in planted), len(planted)),
        "recall_shown_expected_kind": _rate(sum(r["shown_expected_kind"] for r in planted), len(planted)),
        "recall_all_expected_kind": _rate(sum(r["all_expected_kind"] for r in planted), len(planted)),
        "found_shown": sorted(r["id"] for r in planted if r["shown"]),
        "found_all_only": sorted(r["id"] for r in planted if r["all"] and not r["shown"]),
        "per_kind": per_kind,
        "compatible_false_shown": sum(r["shown"] for r in compat),
        "compatible_false_all": sum(r["all"] for r in compat),
        "compatible_flagged": sorted(r["id"] for r in compat if r["all"]),
        "other_shown_flags": other_shown,
        "seconds_per_story": seconds,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--dump", type=Path, help="every flag on a plant and every other shown flag, one JSON a line")
    ap.add_argument("--set", dest="wire_set", choices=SETS, default=DEFAULT_SET,
                    help="which set of stories: benchmarks/wire (default), wire2, ..., wire42, wire43, wire44, wire45, wire46, wire47, wire48, wire49, wire50, wire51, wire52, wire53, wire54, wire55, wire56, wire57, wire58 or wire59")
    a = ap.parse_args()
    emit(run(a.dump, a.wire_set), a.json)


if __name__ == "__main__":
    main()
