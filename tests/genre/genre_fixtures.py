"""Invented test pages (fictional outlets, people and places): a wire report, an opinion piece, and pages that
are not articles at all."""

WIRE_REPORT = """Ferry service between Orsa and Tallin Point resumes after engine repairs

ORSA, Veldmark (Nordwire) — Ferry crossings between Orsa and Tallin Point resumed on Monday after a six-day \
suspension for engine repairs, the operator Veldmark Coastal Lines said.
"Both vessels passed their safety inspections on Sunday evening, and the first crossing left at 6:40 this \
morning," company spokeswoman Annika Rolf told reporters at the Orsa terminal.
The suspension stranded about 1,200 passengers over the weekend, according to figures from the regional \
transport office, which arranged buses via the northern bridge.
An inspector from the maritime authority found a cracked cooling pipe on the larger ferry, the Marit, on \
March 3. The smaller vessel was taken out of service as a precaution.
The operator said it would refund tickets for cancelled crossings and that a timetable with two extra evening \
departures would run until Friday.
Tallin Point mayor Jonas Hedvall said the island's shops had lost trade during the closure. "People could not \
get here, and some of our deliveries did not arrive," he said.
"""

OPINION = """The ferry fiasco proves our island has been forgotten, and I am tired of pretending otherwise

I have taken the Orsa ferry every week for twenty years, and I have never seen such contempt for the people \
who depend on it.
Why do we keep trusting a company that treats us like an afterthought? You know the answer as well as I do: \
because nobody in the capital cares what happens on this side of the water.
The so-called recovery timetable is a joke. It is a press release dressed up as a plan, and anyone who has \
waited three hours on a cold pier can see that it was written to calm investors, not passengers.
We must demand better. We should refuse another round of empty apologies, and we should say so loudly, at \
every council meeting, until someone finally listens.
Enough is enough. The island deserves a ferry service that actually works, and if the current operator cannot \
provide one, we will have to find one that can.
"""

SECTION_FRONT = """Politics | The Kestrel Valley Times
Home
World
Politics
Business
Sport
Council votes to delay the Brenn river bridge until next spring
2 hours ago
Opposition leader Mira Santell calls for an inquiry into ferry contracts
By Tomas Greve
Budget talks stall over teachers' pay as deadline nears
4 hours ago
What the new parking rules mean for Kestrel Valley drivers
Live: regional election count in Orsa and the islands
By Liv Andersen
Analysis: why the coalition's housing promise is running late
Most read
Mayor of Tallin Point to step down in June
"""

CONSENT_WALL = """The Kestrel Valley Times values your privacy
We and our 614 partners use cookies and similar technologies to store and/or access information on your device.
With your permission we and our partners may use precise geolocation data and identification through device scanning.
You may click to consent to our and our partners' processing as described above.
Accept all
Reject all
Manage preferences
Privacy policy
Cookie policy
"""

LINK_LIST = """More from the Valley
1. Council votes to delay the Brenn river bridge until next spring
2. Budget talks stall over teachers' pay as deadline nears
3. Ferry service between Orsa and Tallin Point resumes after engine repairs
4. Five walks along the Kestrel river to try this autumn
5. Local bakery wins national prize for rye bread
6. Opposition leader calls for inquiry into ferry contracts
7. School board approves new lunch menu after parents' petition
"""

LOGIN_PAGE = """Log in to The Kestrel Valley Times
Email address
Password
Forgot your password?
Log in
New here? Create an account
"""

ERROR_PAGE = """Page not found
Error 404
Sorry, we could not find the page you were looking for.
Back to the homepage
"""

BRIEF = """Orsa ferry back in service

ORSA (Nordwire) — The Orsa ferry resumed crossings on Monday after six days of engine repairs, its operator said.
Veldmark Coastal Lines said it would refund tickets for the cancelled crossings and add two evening departures \
until Friday.
"""

FRENCH_REPORT = """Le service de ferry entre Orsa et Tallin Point reprend après des réparations

ORSA (Nordwire) — Les traversées entre Orsa et Tallin Point ont repris lundi après six jours de suspension, a \
déclaré l'opérateur Veldmark Coastal Lines.
« Les deux navires ont passé leur inspection dimanche soir », a indiqué la porte-parole Annika Rolf, selon un \
communiqué de la compagnie.
"""

FRENCH_OPINION = """Le fiasco du ferry montre qu'on nous a oubliés

Je prends ce ferry chaque semaine depuis vingt ans, et je n'ai jamais vu un tel mépris pour nous.
Pourquoi faisons-nous encore confiance à cette compagnie ? Vous connaissez la réponse aussi bien que moi.
Il faut exiger mieux, et nous devons le dire haut et fort !
"""

ITALIAN_REPORT = """Riprende il servizio di traghetti tra Orsa e Tallin Point dopo le riparazioni

ORSA (Nordwire) — I traghetti tra Orsa e Tallin Point sono tornati in servizio lunedì dopo sei giorni di \
sospensione per riparazioni al motore, ha dichiarato l'operatore Veldmark Coastal Lines.
«Entrambe le navi hanno superato le ispezioni domenica sera», ha spiegato la portavoce Annika Rolf ai giornalisti.
"""

# A column of ordinary length (about 450 words) for the CLI test; written before any model was run on it.
COLUMN = """Kestrel Valley deserves better than another year of excuses on the Brenn bridge

By Hanna Lorvik, columnist

I have lived in Kestrel Valley for most of my life, and I cannot remember a council decision that made me as \
angry as last night's vote to delay the Brenn river bridge yet again.
Let us be honest about what happened. The council did not delay the bridge because of engineering problems or \
a lack of money. It delayed the bridge because a handful of councillors would rather protect their friends in \
the haulage business than fix a crossing that thousands of families use every single day.
How many more winters must parents drive forty minutes around the valley to reach a school that sits two \
kilometres away across the water? How many more promises will we be asked to swallow before someone in the \
town hall takes responsibility?
I think the answer is obvious. As long as we keep re-electing the same people and accepting the same \
explanations, nothing will change. The bridge has been "almost ready to start" for six years now. That is not \
a delay. That is a choice.
Some will say that I am being unfair, that public works are complicated, that the council has many priorities. \
I have heard these arguments for years, and frankly they no longer convince anyone who has actually sat in the \
queue at the old ferry ramp on a January morning.
The truth is simpler and more uncomfortable. Our council has become comfortable with failure, because failure \
has never cost it anything. Every missed deadline is followed by a new consultation, a new glossy brochure and \
a new round of speeches about how much they care.
We should stop pretending that this is normal. We should turn up at the next council meeting, all of us, and \
ask each councillor to say in public whether they will vote to start the work this spring. Those who will not \
answer should not expect our votes in the autumn.
I would love to be proved wrong. I would love to write a column next year praising a council that finally kept \
its word. But I am not holding my breath, and neither, I suspect, are you.
Kestrel Valley is not asking for a miracle. It is asking for a bridge. Surely that is not too much to expect \
from the people we pay to run this town.
"""
