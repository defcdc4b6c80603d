"""Word lists for the generated catalog: Belgian, French, Dutch and German flavour.

Each language has its own trades, names and streets, so a company in Gent is a "Bakkerij" on
a "straat" and one in Köln a "Bäckerei" on a "Straße": the pickers get realistic text to search.
Lists are written as "|"-separated text to keep this file short.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in text.split("|"))


def _rows(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(part.strip() for part in row.split(";")) for row in text.split("|"))


# city;postal code;language;country code
CITIES = _rows(
    "Bruxelles;1000;fr;BE|Brussel;1000;nl;BE|Ixelles;1050;fr;BE|"
    "Schaerbeek;1030;fr;BE|Gent;9000;nl;BE|Antwerpen;2000;nl;BE|Brugge;8000;nl;BE|"
    "Leuven;3000;nl;BE|Mechelen;2800;nl;BE|Hasselt;3500;nl;BE|Kortrijk;8500;nl;BE|"
    "Oostende;8400;nl;BE|Aalst;9300;nl;BE|Liège;4000;fr;BE|Namur;5000;fr;BE|"
    "Charleroi;6000;fr;BE|Mons;7000;fr;BE|Tournai;7500;fr;BE|Wavre;1300;fr;BE|"
    "Arlon;6700;fr;BE|Eupen;4700;de;BE|Sankt Vith;4780;de;BE|Lille;59000;fr;FR|"
    "Roubaix;59100;fr;FR|Tourcoing;59200;fr;FR|Valenciennes;59300;fr;FR|"
    "Reims;51100;fr;FR|Metz;57000;fr;FR|Köln;50667;de;DE|Aachen;52062;de;DE|"
    "Düsseldorf;40213;de;DE|Trier;54290;de;DE|Mönchengladbach;41061;de;DE|"
    "Maastricht;6211;nl;NL|Eindhoven;5611;nl;NL|Luxembourg;1009;fr;LU"
)

# code;English;French;Dutch;German
COUNTRIES = _rows(
    "BE;Belgium;Belgique;België;Belgien|FR;France;France;Frankrijk;Frankreich|"
    "NL;Netherlands;Pays-Bas;Nederland;Niederlande|"
    "DE;Germany;Allemagne;Duitsland;Deutschland|"
    "LU;Luxembourg;Luxembourg;Luxemburg;Luxemburg"
)

SURNAMES: dict[str, tuple[str, ...]] = {
    "fr": _words(
        "Dupont|Lambert|Dubois|Leroy|Martin|Simon|Laurent|Lefebvre|Renard|Mercier|"
        "Lemaire|Fontaine|Collard|Delvaux|Gérard|Noël|Lejeune|Hubert|Moreau|"
        "François|Masson|Denis|Gilson|Piron"
    ),
    "nl": _words(
        "Janssens|Peeters|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|"
        "De Smet|Vermeulen|Van Damme|De Clercq|Hermans|Aerts|Verstraete|"
        "Van den Broeck|De Backer|Michiels|Smets|Desmet|Coppens"
    ),
    "de": _words(
        "Müller|Schmitz|Becker|Weber|Wagner|Hoffmann|Schäfer|Koch|Richter|Klein|"
        "Schröder|Neumann|Krämer|Zimmermann|Jöris|Braun|Hoffmanns|Krüger|Lange|"
        "Kreutz|Förster|Vogel"
    ),
}

FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "fr": _words(
        "Jean|Marie|Luc|Sophie|Pierre|Julie|Michel|Nathalie|François|Isabelle|"
        "Olivier|Céline|Benoît|Aurélie|Thierry|Amélie|Hélène"
    ),
    "nl": _words(
        "Jan|An|Pieter|Els|Koen|Sofie|Bart|Lien|Wim|Katrien|Joris|Griet|Tom|Sarah|"
        "Dirk|Ine|Stijn|Liesbeth"
    ),
    "de": _words(
        "Hans|Anna|Jürgen|Birgit|Stefan|Katrin|Jörg|Sabine|Uwe|Claudia|Matthias|"
        "Jutta|Günter|Monika|Lukas|Renate"
    ),
}

# Company names: {s} is a surname; a legal form may follow.
TRADES: dict[str, tuple[str, ...]] = {
    "fr": _words(
        "Brasserie {s}|Boulangerie {s}|Boucherie {s}|Hôtel {s}|Restaurant {s}|"
        "Pâtisserie {s}|Fromagerie {s}|Clinique {s}|Supermarché {s}|Traiteur {s}|"
        "{s} Froid|{s} Climatisation|Laiterie {s}|Crèmerie {s}|Glacier {s}"
    ),
    "nl": _words(
        "Bakkerij {s}|Slagerij {s}|Brouwerij {s}|Frituur {s}|Hotel {s}|"
        "Restaurant {s}|Zuivel {s}|Koelbouw {s}|Kaashandel {s}|Apotheek {s}|"
        "Supermarkt {s}|Traiteur {s}|Ijssalon {s}|Visserij {s}|Brasserie {s}"
    ),
    "de": _words(
        "{s} Kältetechnik|Bäckerei {s}|Metzgerei {s}|Gasthof {s}|Hotel {s}|"
        "Brauerei {s}|Molkerei {s}|{s} Klimatechnik|Konditorei {s}|Apotheke {s}|"
        "Supermarkt {s}|Fleischerei {s}|Eiscafé {s}|Käserei {s}"
    ),
}

LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "fr": _words("| SA| SRL| SPRL| SAS| & Fils"),
    "nl": _words("| BV| NV| BVBA| & Zonen| VOF"),
    "de": _words("| GmbH| KG| GmbH & Co. KG| AG| OHG"),
}

STREETS: dict[str, tuple[str, ...]] = {
    "fr": _words(
        "Rue de la Loi|Avenue Louise|Rue Neuve|Boulevard d'Avroy|Rue Haute|"
        "Chaussée de Waterloo|Rue des Carmes|Place du Marché|Rue de Fer|"
        "Avenue de la Gare|Rue Saint-Gilles|Quai de la Batte|Rue Nationale"
    ),
    "nl": _words(
        "Kerkstraat|Stationsstraat|Veldstraat|Meir|Korenmarkt|Dorpsstraat|"
        "Molenstraat|Nieuwstraat|Kouter|Grote Markt|Brugsesteenweg|"
        "Lange Nieuwstraat|Vlaamsekaai"
    ),
    "de": _words(
        "Hauptstraße|Bahnhofstraße|Schildergasse|Kirchstraße|Marktplatz|"
        "Aachener Straße|Gartenstraße|Ringstraße|Hohe Straße|Lindenallee|"
        "Klosterstraße|Pontstraße"
    ),
}

SITE_NAMES: dict[str, tuple[str, ...]] = {
    "fr": _words("Siège|Magasin|Entrepôt|Atelier|Cuisine centrale|Succursale"),
    "nl": _words("Hoofdzetel|Winkel|Magazijn|Werkplaats|Centrale keuken|Filiaal"),
    "de": _words("Hauptsitz|Filiale|Lager|Werkstatt|Zentralküche|Niederlassung"),
}

INSTALLATION_NAMES: dict[str, tuple[str, ...]] = {
    "fr": _words(
        "Chambre froide|Cuisine|Chaufferie|Salle des machines|Comptoir|"
        "Climatisation|Local technique|Cave|Toiture"
    ),
    "nl": _words("Koelcel|Keuken|Stookplaats|Machinekamer|Toog|Airco|Technische ruimte|Kelder|Dak"),
    "de": _words("Kühlraum|Küche|Heizraum|Maschinenraum|Theke|Klimaanlage|Technikraum|Keller|Dach"),
}

# The family of equipment found in each of INSTALLATION_NAMES, position by position.
INSTALLATION_FAMILIES = _words("REFRIG|KITCH|HEAT|REFRIG|REFRIG|HVAC|HVAC|REFRIG|HVAC")

MOBILE_NAMES: dict[str, tuple[str, ...]] = {
    "fr": _words("Remorque frigorifique|Camion frigorifique|Foodtruck|Conteneur réfrigéré"),
    "nl": _words("Koelaanhangwagen|Koelwagen|Foodtruck|Koelcontainer"),
    "de": _words("Kühlanhänger|Kühlwagen|Foodtruck|Kühlcontainer"),
}

LOCATIONS: dict[str, tuple[str, ...]] = {
    "fr": _words("Rez-de-chaussée|Sous-sol|1er étage|Arrière-cour|Toit|Quai"),
    "nl": _words("Gelijkvloers|Kelder|1ste verdieping|Achterkoer|Dak|Laadkaai"),
    "de": _words("Erdgeschoss|Untergeschoss|1. Etage|Hinterhof|Dach|Laderampe"),
}

# code;name
BRANDS = _rows(
    "DANF;Danfoss|CARR;Carrier|DAIK;Daikin|VIES;Viessmann|VAIL;Vaillant|BOSC;Bosch|"
    "RATI;Rational|HOBA;Hobart|LIEB;Liebherr|ELUX;Electrolux|"
    "MITS;Mitsubishi Electric|BITZ;Bitzer|WINT;Winterhalter|BUDE;Buderus"
)

# family code;English;French;Dutch;German;model prefix
EQUIPMENT_KINDS = _rows(
    "REFRIG;Condensing unit;Groupe de condensation;Condensorgroep;Verflüssigungssatz;CU|"
    "REFRIG;Refrigerated display;Vitrine réfrigérée;Koelvitrine;Kühlvitrine;RD|"
    "REFRIG;Walk-in freezer;Chambre de congélation;Diepvriescel;Tiefkühlzelle;WF|"
    "REFRIG;Ice machine;Machine à glaçons;IJsblokjesmachine;Eiswürfelbereiter;IM|"
    "HVAC;Heat pump;Pompe à chaleur;Warmtepomp;Wärmepumpe;HP|"
    "HVAC;Split air conditioner;Climatiseur split;Split-airco;Split-Klimagerät;AC|"
    "HVAC;Air handling unit;Centrale de traitement d'air;Luchtbehandelingskast;Lüftungsgerät;AH|"
    "HEAT;Gas boiler;Chaudière gaz;Gasketel;Gaskessel;GB|"
    "HEAT;Water heater;Chauffe-eau;Boiler;Warmwasserspeicher;WH|"
    "KITCH;Combi steamer;Four mixte;Combi-steamer;Kombidämpfer;CS|"
    "KITCH;Dishwasher;Lave-vaisselle;Vaatwasmachine;Geschirrspülmaschine;DW|"
    "KITCH;Deep fryer;Friteuse;Friteuse;Fritteuse;FR"
)

FAMILIES = _rows(
    "REFRIG;Refrigeration|HVAC;Heating, ventilation and air conditioning|"
    "HEAT;Heating|KITCH;Professional kitchen"
)

SKILLS = _rows(
    "ELEC;Electricity|REFRIG;Refrigeration|FGAS;F-gas certified|"
    "HVAC;Heating and ventilation|GAS;Gas appliances|PLUMB;Plumbing|"
    "PLC;Controllers and PLC|WELD;Brazing and welding|KITCH;Kitchen equipment|"
    "HEIGHT;Work at height"
)

# code, name, description, is_default, archived
JOB_TYPES: tuple[tuple[str, str, str, bool, bool], ...] = (
    ("REPAIR", "Repair", "Breakdown call: dépannage / storing / Störung", True, False),
    ("MAINT", "Maintenance", "Planned maintenance visit", False, False),
    ("INSTALL", "Installation", "New installation or replacement", False, False),
    ("INSPECT", "Inspection", "Legal inspection (F-gas, boiler certificate)", False, False),
    ("WARRANTY", "Warranty", "Repair under warranty", False, False),
    ("QUOTE", "Site survey", "Visit to prepare a quotation", False, False),
    ("OLDSERV", "Service (old)", "No longer used", False, True),
)

# code, name, sequence, is_default
JOB_PRIORITIES: tuple[tuple[str, str, int, bool], ...] = (
    ("URGENT", "Urgent", 10, False),
    ("HIGH", "High", 20, False),
    ("NORMAL", "Normal", 30, True),
    ("LOW", "Low", 40, False),
)

CONTACT_FUNCTIONS: dict[str, tuple[str, ...]] = {
    "fr": _words("Gérant|Chef de cuisine|Responsable technique|Comptable|Directeur"),
    "nl": _words("Zaakvoerder|Chef-kok|Technisch verantwoordelijke|Boekhouder|Directeur"),
    "de": _words("Geschäftsführer|Küchenchef|Haustechniker|Buchhaltung|Direktor"),
}
