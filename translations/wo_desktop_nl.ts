<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New job</source>
        <translation>&amp;Nieuwe opdracht</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Ready to send</source>
        <translation>&amp;Klaar om te verzenden</translation>
    </message>
    <message>
        <source>Check the job and queue it for the next sync</source>
        <translation>De opdracht controleren en in de wachtrij zetten voor de volgende synchronisatie</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move the job to the trash</source>
        <translation>De opdracht naar de prullenbak verplaatsen</translation>
    </message>
    <message>
        <source>Res&amp;tore from the trash</source>
        <translation>&amp;Terugzetten uit de prullenbak</translation>
    </message>
    <message>
        <source>&amp;Empty the trash…</source>
        <translation>Prullenbak &amp;leegmaken…</translation>
    </message>
    <message>
        <source>&amp;Find jobs</source>
        <translation>Opdrachten &amp;zoeken</translation>
    </message>
    <message>
        <source>Choose the &amp;installation…</source>
        <translation>&amp;Installatie kiezen…</translation>
    </message>
    <message>
        <source>Choose the e&amp;quipment…</source>
        <translation>&amp;Toestel kiezen…</translation>
    </message>
    <message>
        <source>New insta&amp;llation…</source>
        <translation>Nieuwe insta&amp;llatie…</translation>
    </message>
    <message>
        <source>Log &amp;in…</source>
        <translation>&amp;Aanmelden…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ins&amp;tellingen…</translation>
    </message>
    <message>
        <source>Sync &amp;log</source>
        <translation>Synchronisatie&amp;logboek</translation>
    </message>
    <message>
        <source>&amp;Offline readiness…</source>
        <translation>&amp;Offline-gereedheid…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Afsl&amp;uiten</translation>
    </message>
    <message>
        <source>&amp;About wo-desktop</source>
        <translation>&amp;Over wo-desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Opdracht</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisatie</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
</context>
<context>
    <name>AddressTab</name>
    <message>
        <source>This installation is mobile equipment, so the job needs its own address. Street, postal code and city are required (*).</source>
        <translation>Deze installatie is een mobiel toestel, dus de opdracht heeft een eigen adres nodig. Straat, postcode en gemeente zijn verplicht (*).</translation>
    </message>
    <message>
        <source>Choose an installation first. The job uses the installation&apos;s address; an address is entered here only for mobile equipment.</source>
        <translation>Kies eerst een installatie. De opdracht gebruikt het adres van de installatie; alleen voor een mobiel toestel vult u hier een adres in.</translation>
    </message>
    <message>
        <source>The job uses the address of the installation, shown here read-only. An address is entered here only for mobile equipment.</source>
        <translation>De opdracht gebruikt het adres van de installatie, hier alleen-lezen getoond. Alleen voor een mobiel toestel vult u hier een adres in.</translation>
    </message>
    <message>
        <source>Address &amp;name</source>
        <translation>Adres&amp;naam</translation>
    </message>
    <message>
        <source>Address name</source>
        <translation>Adresnaam</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>S&amp;traat</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>N&amp;ummer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Street, second &amp;line</source>
        <translation>Adres&amp;regel 2</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>Adresregel 2</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Count&amp;ry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>naam@voorbeeld.be</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>L&amp;atitude</source>
        <translation>Bree&amp;dtegraad</translation>
    </message>
    <message>
        <source>50.8503</source>
        <translation>50.8503</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitu&amp;de</source>
        <translation>L&amp;engtegraad</translation>
    </message>
    <message>
        <source>4.3517</source>
        <translation>4.3517</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>serial %1</source>
        <translation>serienummer %1</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Not set</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>Clear (Ctrl+Del)</source>
        <translation>Wissen (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 wissen</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installatie</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Opdrachttype</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Name, installation, reference… (Ctrl+F)</source>
        <translation>Naam, installatie, referentie… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find jobs</source>
        <translation>Opdrachten zoeken</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Weer&amp;geven:</translation>
    </message>
    <message>
        <source>Show jobs in state</source>
        <translation>Opdrachten in toestand weergeven</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>Opening the jobs on this computer…</source>
        <translation>De opdrachten op deze computer worden geopend…</translation>
    </message>
    <message>
        <source>All jobs (%1)</source>
        <translation>Alle opdrachten (%1)</translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <translation>Prullenbak (%1)</translation>
    </message>
    <message>
        <source>No job matches “%1”.</source>
        <translation>Geen opdracht komt overeen met “%1”.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
        <source>No jobs in this state.</source>
        <translation>Geen opdrachten in deze toestand.</translation>
    </message>
    <message>
        <source>No jobs yet.
Press Ctrl+N to enter one: it is saved on this computer as you type, and sent when you are online.</source>
        <translation>Nog geen opdrachten.
Druk op Ctrl+N om er een in te voeren: ze wordt op deze computer bewaard terwijl u typt, en verzonden zodra u online bent.</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>h:mm</source>
        <translation>u:mm</translation>
    </message>
</context>
<context>
    <name>EquipmentPicker</name>
    <message>
        <source>Choose the equipment</source>
        <translation>Toestel kiezen</translation>
    </message>
    <message>
        <source>&amp;Search or scan:</source>
        <translation>&amp;Zoeken of scannen:</translation>
    </message>
    <message>
        <source>Serial number, barcode, model or brand</source>
        <translation>Serienummer, barcode, model of merk</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Merk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>No equipment here. Search everywhere, or sync to load the catalog.</source>
        <translation>Hier geen toestellen. Zoek overal, of synchroniseer om de catalogus te laden.</translation>
    </message>
    <message>
        <source>No equipment matches “%1”.</source>
        <translation>Geen toestel komt overeen met “%1”.</translation>
    </message>
    <message>
        <source>&amp;Only under %1</source>
        <translation>&amp;Alleen onder %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installatie</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Opdrachttype</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Klantreferentie</translation>
    </message>
    <message>
        <source>Back-office reference</source>
        <translation>Backofficereferentie</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>Vroegste datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Geschatte duur</translation>
    </message>
    <message>
        <source>Suggested user</source>
        <translation>Voorgestelde gebruiker</translation>
    </message>
    <message>
        <source>Suggested start</source>
        <translation>Voorgestelde start</translation>
    </message>
    <message>
        <source>WO leader</source>
        <translation>Werkleider</translation>
    </message>
    <message>
        <source>Requesting company</source>
        <translation>Aanvragend bedrijf</translation>
    </message>
    <message>
        <source>Requesting contact</source>
        <translation>Aanvragende contactpersoon</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>Meldingsdatum</translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation>Interne notitie</translation>
    </message>
    <message>
        <source>Information before the job</source>
        <translation>Informatie vooraf</translation>
    </message>
    <message>
        <source>Parts remark</source>
        <translation>Opmerking over onderdelen</translation>
    </message>
    <message>
        <source>Address name</source>
        <translation>Adresnaam</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>Adresregel 2</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>Working sequence</source>
        <translation>Uitvoeringsvolgorde</translation>
    </message>
    <message>
        <source>Parent job</source>
        <translation>Hoofdopdracht</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Opdracht</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>What is to be done, in a few words</source>
        <translation>Wat er moet gebeuren, in een paar woorden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>&amp;Installation</source>
        <translation>&amp;Installatie</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installatie</translation>
    </message>
    <message>
        <source>Job &amp;type</source>
        <translation>Opdracht&amp;type</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Opdrachttype</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioriteit</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>S&amp;kill</source>
        <translation>&amp;Competentie</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Beschrij&amp;ving</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Customer &amp;reference</source>
        <translation>&amp;Klantreferentie</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Klantreferentie</translation>
    </message>
    <message>
        <source>&amp;Back-office reference</source>
        <translation>Backoffice&amp;referentie</translation>
    </message>
    <message>
        <source>Back-office reference</source>
        <translation>Backofficereferentie</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of the job</source>
        <translation>Geschiedenis van de opdracht</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Made ready to send</source>
        <translation>Klaargezet om te verzenden</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Geweigerd door de server</translation>
    </message>
    <message>
        <source>Attempt to send</source>
        <translation>Verzendpoging</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Naar de prullenbak verplaatst</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Teruggezet uit de prullenbak</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>HTTP %1, server id %2</source>
        <translation>HTTP %1, server-id %2</translation>
    </message>
    <message>
        <source>No answer: it will be checked before sending again</source>
        <translation>Geen antwoord: dit wordt nagekeken vóór een nieuwe verzending</translation>
    </message>
    <message>
        <source>Not delivered: tried again later</source>
        <translation>Niet afgeleverd: later opnieuw geprobeerd</translation>
    </message>
    <message>
        <source>Changed while being sent</source>
        <translation>Gewijzigd tijdens het verzenden</translation>
    </message>
    <message>
        <source>A new job has no history until it is saved.</source>
        <translation>Een nieuwe opdracht heeft geen geschiedenis tot ze is opgeslagen.</translation>
    </message>
    <message>
        <source>Received by the server on %1 (HTTP %2). Server id: %3</source>
        <translation>Ontvangen door de server op %1 (HTTP %2). Server-id: %3</translation>
    </message>
    <message>
        <source>The server refused this job; see the banner above.</source>
        <translation>De server heeft deze opdracht geweigerd; zie de banner hierboven.</translation>
    </message>
    <message>
        <source>Not sent yet: there is no receipt.</source>
        <translation>Nog niet verzonden: er is geen ontvangstbevestiging.</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisies</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (revisie %2)</translation>
    </message>
    <message>
        <source>Attempts to send</source>
        <translation>Verzendpogingen</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) so far; it is tried again later.</source>
        <translation>
            <numerusform>%n poging tot nu toe; later wordt het opnieuw geprobeerd.</numerusform>
            <numerusform>%n pogingen tot nu toe; later wordt het opnieuw geprobeerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobEditor</name>
    <message>
        <source>New job</source>
        <translation>Nieuwe opdracht</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Sub-jobs</source>
        <translation>Deelopdrachten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>The server refused this job: %1 Correct it; it becomes a draft again, then make it ready to send.</source>
        <translation>De server heeft deze opdracht geweigerd: %1 Verbeter ze; ze wordt weer een concept. Zet ze daarna klaar om te verzenden.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(geen reden opgegeven)</translation>
    </message>
    <message>
        <source>Sent: the server has this job. It can no longer be changed here.</source>
        <translation>Verzonden: de server heeft deze opdracht. Ze kan hier niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>Being sent now. It cannot be changed until the server answers.</source>
        <translation>Wordt nu verzonden. Ze kan niet gewijzigd worden tot de server antwoordt.</translation>
    </message>
    <message>
        <source>Ready to send. Any change returns it to draft.</source>
        <translation>Klaar om te verzenden. Elke wijziging maakt er weer een concept van.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>A job that was sent cannot be sent again.</source>
        <translation>Een verzonden opdracht kan niet opnieuw verzonden worden.</translation>
    </message>
    <message>
        <source>The job is already ready to send.</source>
        <translation>De opdracht is al klaar om te verzenden.</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Niet klaar: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(en nog %n)</numerusform>
            <numerusform>(en nog %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Your company gives you the server URL and the domain (the tenant name). The password is kept in the system keyring, never in a file.</source>
        <translation>Uw bedrijf bezorgt u de server-URL en het domein (de naam van uw omgeving). Het wachtwoord wordt bewaard in de sleutelhanger van het systeem, nooit in een bestand.</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy</source>
        <translation>Ingesteld door het beleid van uw organisatie</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbinden met de server…</translation>
    </message>
    <message>
        <source>The server accepted the user name and password.</source>
        <translation>De server heeft de gebruikersnaam en het wachtwoord aanvaard.</translation>
    </message>
    <message>
        <source>Could not log in: %1</source>
        <translation>Aanmelden mislukt: %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>&amp;Server URL</source>
        <translation>&amp;Server-URL</translation>
    </message>
    <message>
        <source>https://tenant.example.com/api</source>
        <translation>https://tenant.example.com/api</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domein</translation>
    </message>
    <message>
        <source>Your company&apos;s tenant name</source>
        <translation>De naam van de omgeving van uw bedrijf</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Gebruiker</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>wo-desktop — work orders</source>
        <translation>wo-desktop — werkbonnen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>onbekende reden</translation>
    </message>
    <message>
        <source>Ready to send: it goes out with the next sync.</source>
        <translation>Klaar om te verzenden: ze gaat mee met de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>A job that was sent stays: it is the receipt.</source>
        <translation>Een verzonden opdracht blijft bewaard: ze dient als ontvangstbewijs.</translation>
    </message>
    <message>
        <source>Moved to the trash.</source>
        <translation>Naar de prullenbak verplaatst.</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Prullenbak leegmaken</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n job(s) in the trash for good?</source>
        <translation>
            <numerusform>%n opdracht in de prullenbak definitief verwijderen?</numerusform>
            <numerusform>De %n opdrachten in de prullenbak definitief verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is not set up: log in first.</source>
        <translation>Synchronisatie is niet ingesteld: meld u eerst aan.</translation>
    </message>
    <message>
        <source>Loading the catalog: %1, %2 rows</source>
        <translation>Catalogus laden: %1, %2 rijen</translation>
    </message>
    <message>
        <source>Sending jobs: %1 done</source>
        <translation>Opdrachten verzenden: %1 klaar</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Niet aangemeld</translation>
    </message>
    <message>
        <source>Ready to send (%1)</source>
        <translation>Klaar om te verzenden (%1)</translation>
    </message>
    <message>
        <source>Check the job and queue it for the next sync</source>
        <translation>De opdracht controleren en in de wachtrij zetten voor de volgende synchronisatie</translation>
    </message>
</context>
<context>
    <name>NewInstallationDialog</name>
    <message>
        <source>The installation is not in the catalog yet. Describe it: it is sent with the job, and the server adds it to the catalog.</source>
        <translation>De installatie staat nog niet in de catalogus. Beschrijf ze: ze wordt met de opdracht meegestuurd en de server voegt ze toe aan de catalogus.</translation>
    </message>
    <message>
        <source>&amp;Use this installation</source>
        <translation>Deze installatie &amp;gebruiken</translation>
    </message>
    <message>
        <source>New installation</source>
        <translation>Nieuwe installatie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>As the caller names it</source>
        <translation>Zoals de beller ze noemt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referentie</translation>
    </message>
    <message>
        <source>The back office&apos;s reference, if known</source>
        <translation>De referentie van de backoffice, indien gekend</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Bedrijf</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>Model code</source>
        <translation>Modelcode</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Se&amp;rial number</source>
        <translation>&amp;Serienummer</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>M&amp;obile equipment (the job then needs its own address)</source>
        <translation>M&amp;obiel toestel (de opdracht heeft dan een eigen adres nodig)</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>&amp;Internal memo</source>
        <translation>&amp;Interne notitie</translation>
    </message>
    <message>
        <source>For the back office, planners and technicians</source>
        <translation>Voor de backoffice, planners en techniekers</translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation>Interne notitie</translation>
    </message>
    <message>
        <source>Information &amp;before the job</source>
        <translation>Informatie &amp;vooraf</translation>
    </message>
    <message>
        <source>For example: call the customer first</source>
        <translation>Bijvoorbeeld: eerst de klant bellen</translation>
    </message>
    <message>
        <source>Information before the job</source>
        <translation>Informatie vooraf</translation>
    </message>
    <message>
        <source>&amp;Parts remark</source>
        <translation>O&amp;pmerking over onderdelen</translation>
    </message>
    <message>
        <source>Parts the technician should use or pick up</source>
        <translation>Onderdelen die de technieker moet gebruiken of ophalen</translation>
    </message>
    <message>
        <source>Parts remark</source>
        <translation>Opmerking over onderdelen</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Kiezen</translation>
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <source>The status is Suggested: when the job is sent, a planning entry will be made for %1 starting %2.</source>
        <translation>De status is Voorgesteld: bij het verzenden van de opdracht wordt een planningsitem aangemaakt voor %1 vanaf %2.</translation>
    </message>
    <message>
        <source>Ear&amp;liest date</source>
        <translation>&amp;Vroegste datum</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>Vroegste datum</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>U&amp;iterste datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Est&amp;imated time</source>
        <translation>Geschatte &amp;duur</translation>
    </message>
    <message>
        <source>Hours and minutes, such as 1:30</source>
        <translation>Uren en minuten, bijvoorbeeld 1:30</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Geschatte duur</translation>
    </message>
    <message>
        <source>Su&amp;ggested user</source>
        <translation>Voorgestelde &amp;gebruiker</translation>
    </message>
    <message>
        <source>Suggested user</source>
        <translation>Voorgestelde gebruiker</translation>
    </message>
    <message>
        <source>Suggested s&amp;tart</source>
        <translation>Voorgestelde s&amp;tart</translation>
    </message>
    <message>
        <source>Suggested start</source>
        <translation>Voorgestelde start</translation>
    </message>
    <message>
        <source>&amp;WO leader</source>
        <translation>Werk&amp;leider</translation>
    </message>
    <message>
        <source>The user who leads a job done by several users</source>
        <translation>De gebruiker die een opdracht leidt die door meerdere gebruikers wordt uitgevoerd</translation>
    </message>
    <message>
        <source>WO leader</source>
        <translation>Werkleider</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>%1 is required: the installation is mobile equipment.</source>
        <translation>%1 is verplicht: de installatie is een mobiel toestel.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is verplicht.</translation>
    </message>
    <message>
        <source>The due date is before the earliest date.</source>
        <translation>De uiterste datum ligt vóór de vroegste datum.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>%1 is not an email address (name@example.com).</source>
        <translation>%1 is geen e-mailadres (naam@voorbeeld.be).</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong kind.</source>
        <translation>%1 heeft een waarde van het verkeerde type.</translation>
    </message>
    <message>
        <source>%1 is not one of the known choices.</source>
        <translation>%1 is geen van de gekende keuzes.</translation>
    </message>
    <message>
        <source>A planning entry will be made for the suggested user.</source>
        <translation>Er wordt een planningsitem aangemaakt voor de voorgestelde gebruiker.</translation>
    </message>
    <message>
        <source>%1 must be hours:minutes, such as 1:30.</source>
        <translation>%1 moet uren:minuten zijn, bijvoorbeeld 1:30.</translation>
    </message>
    <message>
        <source>%1 must be a number, such as 50.8503.</source>
        <translation>%1 moet een getal zijn, bijvoorbeeld 50.8503.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 moet tussen %2 en %3 liggen.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 is te lang: hoogstens %2 tekens.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems to fix before sending</source>
        <translation>Problemen om op te lossen vóór verzending</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>Naar het veld gaan</translation>
    </message>
    <message>
        <source>This job can no longer be changed.</source>
        <translation>Deze opdracht kan niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>Ready to send: it goes out with the next sync. A change makes it a draft.</source>
        <translation>Klaar om te verzenden: ze gaat mee met de volgende synchronisatie. Een wijziging maakt er weer een concept van.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready to send yet: %n problem(s) to fix (click one to go there).</source>
        <translation>
            <numerusform>Nog niet klaar om te verzenden: %n probleem op te lossen (klik erop om ernaartoe te gaan).</numerusform>
            <numerusform>Nog niet klaar om te verzenden: %n problemen op te lossen (klik op een probleem om ernaartoe te gaan).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing: the job can be made ready to send.</source>
        <translation>Er ontbreekt niets: de opdracht kan klaargezet worden om te verzenden.</translation>
    </message>
</context>
<context>
    <name>ProjectChoice</name>
    <message>
        <source>In the tree: %1</source>
        <translation>In de boomstructuur: %1</translation>
    </message>
    <message>
        <source>A new installation, sent with the job: the server adds it.</source>
        <translation>Een nieuwe installatie, meegestuurd met de opdracht: de server voegt ze toe.</translation>
    </message>
    <message>
        <source>Mobile equipment.</source>
        <translation>Mobiel toestel.</translation>
    </message>
    <message>
        <source>Given by its back-office reference; not in the local catalog.</source>
        <translation>Opgegeven via de backofficereferentie; niet in de lokale catalogus.</translation>
    </message>
    <message>
        <source>Not in the local catalog. Sync to load it, or choose again.</source>
        <translation>Niet in de lokale catalogus. Synchroniseer om ze te laden, of kies opnieuw.</translation>
    </message>
</context>
<context>
    <name>ProjectField</name>
    <message>
        <source>Type a name, reference, city or serial number</source>
        <translation>Typ een naam, referentie, gemeente of serienummer</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Find an installation (F4)</source>
        <translation>Een installatie zoeken (F4)</translation>
    </message>
    <message>
        <source>Equipment…</source>
        <translation>Toestel…</translation>
    </message>
    <message>
        <source>Find equipment by serial number, barcode, model or brand (F6)</source>
        <translation>Een toestel zoeken op serienummer, barcode, model of merk (F6)</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <source>Choose the installation</source>
        <translation>Installatie kiezen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Name, reference, company, city or serial number</source>
        <translation>Naam, referentie, bedrijf, gemeente of serienummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobiel</translation>
    </message>
    <message>
        <source>The catalog has no installations yet. Sync to load it.</source>
        <translation>De catalogus bevat nog geen installaties. Synchroniseer om hem te laden.</translation>
    </message>
    <message>
        <source>No installation matches “%1”. Check the spelling, or describe a new installation.</source>
        <translation>Geen installatie komt overeen met “%1”. Controleer de spelling, of beschrijf een nieuwe installatie.</translation>
    </message>
    <message>
        <source>&amp;New installation…</source>
        <translation>&amp;Nieuwe installatie…</translation>
    </message>
    <message>
        <source>In the tree: %1</source>
        <translation>In de boomstructuur: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Model: %1</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Offline readiness</source>
        <translation>Offline-gereedheid</translation>
    </message>
    <message>
        <source>Catalog tables</source>
        <translation>Catalogustabellen</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>Installations and equipment</source>
        <translation>Installaties en toestellen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Job types</source>
        <translation>Opdrachttypes</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statussen</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Empty: sync before going offline</source>
        <translation>Leeg: synchroniseer voor u offline gaat</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s)</source>
        <translation>
            <numerusform>Ouder dan %n dag</numerusform>
            <numerusform>Ouder dan %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still waiting to be sent.</source>
        <translation>
            <numerusform>%n opdracht wacht nog op verzending.</numerusform>
            <numerusform>%n opdrachten wachten nog op verzending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every job that was made ready has been sent.</source>
        <translation>Alle klaargezette opdrachten zijn verzonden.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready to go offline: %n thing(s) to fix.</source>
        <translation>
            <numerusform>Niet klaar om offline te gaan: %n punt op te lossen.</numerusform>
            <numerusform>Niet klaar om offline te gaan: %n punten op te lossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to go offline: the catalog is complete and recent.</source>
        <translation>Klaar om offline te gaan: de catalogus is volledig en recent.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>geen details</translation>
    </message>
    <message>
        <source>What SQLite found: %1</source>
        <translation>Wat SQLite vond: %1</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup (from %1)</source>
        <translation>De recentste back-up &amp;terugzetten (van %1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Afsl&amp;uiten</translation>
    </message>
    <message>
        <source>The file that holds your jobs is damaged, so wo-desktop stopped before changing it. This can happen after a power cut or a disk fault.

The file: %1</source>
        <translation>Het bestand met uw opdrachten is beschadigd, dus wo-desktop is gestopt voordat het iets wijzigde. Dat kan gebeuren na een stroomonderbreking of een schijffout.

Het bestand: %1</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore. The file was not changed. Run &apos;wo-desktop doctor --bundle&apos; and send the file it writes to support.</source>
        <translation>Er is geen automatische back-up om terug te zetten. Het bestand is niet gewijzigd. Voer &apos;wo-desktop doctor --bundle&apos; uit en stuur het bestand dat het aanmaakt naar de helpdesk.</translation>
    </message>
    <message>
        <source>The newest automatic backup is from %1. Restoring it brings back the jobs as they were then; what was entered later is not in it. The damaged file is kept aside, unchanged, so that support can try to recover the rest.</source>
        <translation>De recentste automatische back-up is van %1. Als u die terugzet, krijgt u de opdrachten terug zoals ze toen waren; wat later werd ingevoerd, zit er niet in. Het beschadigde bestand wordt ongewijzigd opzijgezet, zodat de helpdesk de rest kan proberen te herstellen.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Back-up wordt teruggezet…</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file was kept as %1.</source>
        <translation>De back-up is teruggezet. Het beschadigde bestand is bewaard als %1.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1
Nothing was deleted.</source>
        <translation>De back-up kon niet worden teruggezet: %1
Er is niets verwijderd.</translation>
    </message>
</context>
<context>
    <name>RequestTab</name>
    <message>
        <source>Requesting &amp;company</source>
        <translation>&amp;Aanvragend bedrijf</translation>
    </message>
    <message>
        <source>Requesting company</source>
        <translation>Aanvragend bedrijf</translation>
    </message>
    <message>
        <source>Requesting c&amp;ontact</source>
        <translation>Aanvragende &amp;contactpersoon</translation>
    </message>
    <message>
        <source>Requesting contact</source>
        <translation>Aanvragende contactpersoon</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>Con&amp;tactpersoon</translation>
    </message>
    <message>
        <source>Only when the main contact of the job is not the installation&apos;s</source>
        <translation>Alleen als de hoofdcontactpersoon van de opdracht niet die van de installatie is</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>&amp;Date reported</source>
        <translation>&amp;Meldingsdatum</translation>
    </message>
    <message>
        <source>When the company reported the problem</source>
        <translation>Wanneer het bedrijf het probleem meldde</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>Meldingsdatum</translation>
    </message>
</context>
<context>
    <name>SettingsBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Dit bericht verbergen</translation>
    </message>
    <message>
        <source>Some settings could not be applied:</source>
        <translation>Sommige instellingen konden niet worden toegepast:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Company codes, separated by commas. Empty: every company.</source>
        <translation>Bedrijfscodes, gescheiden door komma&apos;s. Leeg: alle bedrijven.</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy</source>
        <translation>Ingesteld door het beleid van uw organisatie</translation>
    </message>
    <message>
        <source>Greyed-out settings are set by your organisation&apos;s policy.</source>
        <translation>Grijs weergegeven instellingen zijn vastgelegd door het beleid van uw organisatie.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Sync every</source>
        <translation>&amp;Synchroniseren om de</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Alleen op verzoek</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Synchronisatie-interval</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Catalog scope</source>
        <translation>&amp;Catalogusbereik</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle bedrijven</translation>
    </message>
    <message>
        <source>Catalog scope</source>
        <translation>Catalogusbereik</translation>
    </message>
    <message>
        <source>&amp;Warn when the catalog is older than</source>
        <translation>&amp;Waarschuwen als de catalogus ouder is dan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Warn when the catalog is older than</source>
        <translation>Waarschuwen als de catalogus ouder is dan</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database…</source>
        <translation>De database wordt geopend…</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>De database kan niet geopend worden</translation>
    </message>
    <message>
        <source>%1

It was not changed. Restore a backup from the backups folder, or run &apos;wo-desktop doctor --bundle&apos; and send the file to support.</source>
        <translation>%1

Er is niets aan gewijzigd. Zet een back-up terug uit de map backups, of voer &apos;wo-desktop doctor --bundle&apos; uit en stuur het bestand naar de helpdesk.</translation>
    </message>
    <message numerus="yes">
        <source>Starting the demo server with %n installation(s)…</source>
        <translation>
            <numerusform>De demoserver wordt gestart met %n installatie…</numerusform>
            <numerusform>De demoserver wordt gestart met %n installaties…</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server did not start</source>
        <translation>De demoserver is niet gestart</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Klaar om te verzenden</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wordt verzonden</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>never loaded</source>
        <translation>nooit geladen</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>leeftijd onbekend</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>zonet bijgewerkt</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>%n minuut geleden bijgewerkt</numerusform>
            <numerusform>%n minuten geleden bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>%n uur geleden bijgewerkt</numerusform>
            <numerusform>%n uur geleden bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden bijgewerkt</numerusform>
            <numerusform>%n dagen geleden bijgewerkt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang van de synchronisatie</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Synchronisatie gepauzeerd</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting to be sent</source>
        <translation>
            <numerusform>%n opdracht wacht op verzending</numerusform>
            <numerusform>%n opdrachten wachten op verzending</numerusform>
        </translation>
    </message>
    <message>
        <source>All jobs sent, safe to close</source>
        <translation>Alle opdrachten verzonden, u kunt veilig afsluiten</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Catalogus: %1</translation>
    </message>
    <message numerus="yes">
        <source>The catalog is older than %n day(s): sync before going offline.</source>
        <translation>
            <numerusform>De catalogus is ouder dan %n dag: synchroniseer voor u offline gaat.</numerusform>
            <numerusform>De catalogus is ouder dan %n dagen: synchroniseer voor u offline gaat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>To be planned</source>
        <translation>Te plannen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>In pool</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Geactiveerd</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>SubJobsTab</name>
    <message>
        <source>Open the &amp;parent job</source>
        <translation>Hoofdopdracht o&amp;penen</translation>
    </message>
    <message>
        <source>Sub-jobs, in working order</source>
        <translation>Deelopdrachten, in uitvoeringsvolgorde</translation>
    </message>
    <message>
        <source>&amp;Sub-jobs, in working order:</source>
        <translation>&amp;Deelopdrachten, in uitvoeringsvolgorde:</translation>
    </message>
    <message>
        <source>&amp;Add sub-job</source>
        <translation>Deelopdracht &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ope&amp;nen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Naar bo&amp;ven</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Naa&amp;r beneden</translation>
    </message>
    <message>
        <source>Move the sub-job up (Alt+Up)</source>
        <translation>De deelopdracht naar boven verplaatsen (Alt+Pijl omhoog)</translation>
    </message>
    <message>
        <source>Move the sub-job down (Alt+Down)</source>
        <translation>De deelopdracht naar beneden verplaatsen (Alt+Pijl omlaag)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>This job is a sub-job of “%1”.</source>
        <translation>Deze opdracht is een deelopdracht van “%1”.</translation>
    </message>
    <message>
        <source>This is a multi-job. Its sub-jobs are worked in this order; drag them or use Move up and Move down to change it.</source>
        <translation>Dit is een meervoudige opdracht. De deelopdrachten worden in deze volgorde uitgevoerd; versleep ze of gebruik Naar boven en Naar beneden om die te wijzigen.</translation>
    </message>
    <message>
        <source>This job has no sub-jobs. Add one to make it a multi-job: each sub-job is a job of its own, worked in the order of this list.</source>
        <translation>Deze opdracht heeft geen deelopdrachten. Voeg er een toe om er een meervoudige opdracht van te maken: elke deelopdracht is een opdracht op zich, uitgevoerd in de volgorde van deze lijst.</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Synchronisatielogboek</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Synchronisatierondes</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Catalog rows</source>
        <translation>Catalogusrijen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Op verzoek</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Volgens schema</translation>
    </message>
    <message>
        <source>Job made ready</source>
        <translation>Opdracht klaargezet</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Weer online</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Opstarten</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Opdrachtregel</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Er is nog geen synchronisatie uitgevoerd.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Finished without errors</source>
        <translation>Zonder fouten voltooid</translation>
    </message>
    <message>
        <source>Sync is not set up: log in first.</source>
        <translation>Synchronisatie is niet ingesteld: meld u eerst aan.</translation>
    </message>
    <message>
        <source>A sync is running now.</source>
        <translation>Er loopt nu een synchronisatie.</translation>
    </message>
    <message>
        <source>The newest run is at the top.</source>
        <translation>De recentste staat bovenaan.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>installations and equipment</source>
        <translation>installaties en toestellen</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>bedrijven</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactpersonen</translation>
    </message>
    <message>
        <source>users</source>
        <translation>gebruikers</translation>
    </message>
    <message>
        <source>job types</source>
        <translation>opdrachttypes</translation>
    </message>
    <message>
        <source>priorities</source>
        <translation>prioriteiten</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>statussen</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>competenties</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>landen</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>About wo-desktop</source>
        <translation>Over wo-desktop</translation>
    </message>
    <message>
        <source>wo-desktop %1
Enter field-service work orders without a network; they are kept on this computer and delivered exactly once when the network is back.</source>
        <translation>wo-desktop %1
Voer werkbonnen voor de buitendienst in zonder netwerk; ze worden op deze computer bewaard en precies één keer afgeleverd zodra het netwerk terug is.</translation>
    </message>
    <message>
        <source>Jobs not sent yet</source>
        <translation>Opdrachten nog niet verzonden</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) have not reached the server yet.</source>
        <translation>
            <numerusform>%n opdracht heeft de server nog niet bereikt.</numerusform>
            <numerusform>%n opdrachten hebben de server nog niet bereikt.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are saved on this computer and nothing is lost by closing. They will be sent at the next sync, the next time wo-desktop is open with a network.</source>
        <translation>Ze zijn op deze computer bewaard en er gaat niets verloren door af te sluiten. Ze worden verzonden bij de volgende synchronisatie, de volgende keer dat wo-desktop open is met een netwerk.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>Toch &amp;afsluiten</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
</context>
</TS>
