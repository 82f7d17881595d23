"""An invented story (a trade summit between two invented countries) with a planted reader thread."""

SUMMIT = """Leaders Open Trade Summit in Velmora
Velmora, Ostrand – Premier Alina Korst opened a two-day trade summit with Premier Dario Menz of Caldera on May 5, 2026, promising lower tariffs on grain and steel.
The two governments signed a customs pact that removes duties on farm machinery and sets up a joint port authority in Velmora.
Critics in the Ostrand parliament said the pact would hurt local steel mills and leave thousands of workers without jobs.
7 Comments
grain_farmer
Lower tariffs on machinery will help every farm in the valley. Good move, I support it.
steel_town
Korst is selling out our steel mills to Caldera and nobody will stop her.
mill_worker_88
Korst is selling out our steel mills to Caldera, and nobody will stop her!
Rena Okafor
Anyone who supports this pact is an idiot who never set foot in a mill.
Tomas Feld
I strongly disagree with this pact. It is a terrible mistake for our workers.
curious_ken
Does anyone know when the port authority actually starts work?
copycat
The two governments signed a customs pact that removes duties on farm machinery and sets up a joint port authority in Velmora.
"""

FAVOR, DUP_A, DUP_B, INSULT, DISAGREE, QUESTION, COPY = range(7)
