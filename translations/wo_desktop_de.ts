<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New job</source>
        <translation>&amp;Neuer Auftrag</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Ready to send</source>
        <translation>&amp;Bereit zum Senden</translation>
    </message>
    <message>
        <source>Check the job and queue it for the next sync</source>
        <translation>Den Auftrag prüfen und für die nächste Synchronisierung einreihen</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move the job to the trash</source>
        <translation>Den Auftrag in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Res&amp;tore from the trash</source>
        <translation>Aus dem Papierkorb &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty the trash…</source>
        <translation>Papierkorb lee&amp;ren…</translation>
    </message>
    <message>
        <source>&amp;Find jobs</source>
        <translation>Aufträge &amp;suchen</translation>
    </message>
    <message>
        <source>Choose the &amp;installation…</source>
        <translation>&amp;Anlage wählen…</translation>
    </message>
    <message>
        <source>Choose the e&amp;quipment…</source>
        <translation>&amp;Gerät wählen…</translation>
    </message>
    <message>
        <source>New insta&amp;llation…</source>
        <translation>Neue A&amp;nlage…</translation>
    </message>
    <message>
        <source>Log &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>Sync &amp;log</source>
        <translation>Synchronisierungs&amp;protokoll</translation>
    </message>
    <message>
        <source>&amp;Offline readiness…</source>
        <translation>&amp;Offline-Bereitschaft…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About wo-desktop</source>
        <translation>&amp;Über wo-desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Auftrag</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
</context>
<context>
    <name>AddressTab</name>
    <message>
        <source>This installation is mobile equipment, so the job needs its own address. Street, postal code and city are required (*).</source>
        <translation>Diese Anlage ist ein mobiles Gerät, daher braucht der Auftrag eine eigene Adresse. Straße, Postleitzahl und Ort sind Pflichtfelder (*).</translation>
    </message>
    <message>
        <source>Choose an installation first. The job uses the installation&apos;s address; an address is entered here only for mobile equipment.</source>
        <translation>Wählen Sie zuerst eine Anlage. Der Auftrag verwendet die Adresse der Anlage; eine Adresse wird hier nur für mobile Geräte erfasst.</translation>
    </message>
    <message>
        <source>The job uses the address of the installation, shown here read-only. An address is entered here only for mobile equipment.</source>
        <translation>Der Auftrag verwendet die Adresse der Anlage, hier schreibgeschützt angezeigt. Eine Adresse wird hier nur für mobile Geräte erfasst.</translation>
    </message>
    <message>
        <source>Address &amp;name</source>
        <translation>Adress&amp;name</translation>
    </message>
    <message>
        <source>Address name</source>
        <translation>Adressname</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>St&amp;raße</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>Hausn&amp;ummer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Street, second &amp;line</source>
        <translation>Adress&amp;zusatz</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
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
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>L&amp;atitude</source>
        <translation>Brei&amp;tengrad</translation>
    </message>
    <message>
        <source>50.8503</source>
        <translation>50.8503</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitu&amp;de</source>
        <translation>Län&amp;gengrad</translation>
    </message>
    <message>
        <source>4.3517</source>
        <translation>4.3517</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>serial %1</source>
        <translation>Seriennr. %1</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Not set</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Clear (Ctrl+Del)</source>
        <translation>Leeren (Strg+Entf)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Auftragsart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Name, installation, reference… (Ctrl+F)</source>
        <translation>Name, Anlage, Referenz… (Strg+F)</translation>
    </message>
    <message>
        <source>Find jobs</source>
        <translation>Aufträge suchen</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Show jobs in state</source>
        <translation>Aufträge im Zustand anzeigen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Opening the jobs on this computer…</source>
        <translation>Die Aufträge auf diesem Computer werden geöffnet…</translation>
    </message>
    <message>
        <source>All jobs (%1)</source>
        <translation>Alle Aufträge (%1)</translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <translation>Papierkorb (%1)</translation>
    </message>
    <message>
        <source>No job matches “%1”.</source>
        <translation>Kein Auftrag passt zu „%1“.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>No jobs in this state.</source>
        <translation>Keine Aufträge in diesem Zustand.</translation>
    </message>
    <message>
        <source>No jobs yet.
Press Ctrl+N to enter one: it is saved on this computer as you type, and sent when you are online.</source>
        <translation>Noch keine Aufträge.
Drücken Sie Strg+N, um einen zu erfassen: Er wird beim Tippen auf diesem Computer gespeichert und gesendet, sobald Sie online sind.</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>h:mm</source>
        <translation>h:mm</translation>
    </message>
</context>
<context>
    <name>EquipmentPicker</name>
    <message>
        <source>Choose the equipment</source>
        <translation>Gerät wählen</translation>
    </message>
    <message>
        <source>&amp;Search or scan:</source>
        <translation>&amp;Suchen oder scannen:</translation>
    </message>
    <message>
        <source>Serial number, barcode, model or brand</source>
        <translation>Seriennummer, Barcode, Modell oder Marke</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>No equipment here. Search everywhere, or sync to load the catalog.</source>
        <translation>Hier gibt es keine Geräte. Suchen Sie überall oder synchronisieren Sie, um den Katalog zu laden.</translation>
    </message>
    <message>
        <source>No equipment matches “%1”.</source>
        <translation>Kein Gerät passt zu „%1“.</translation>
    </message>
    <message>
        <source>&amp;Only under %1</source>
        <translation>&amp;Nur unter %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Auftragsart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>Back-office reference</source>
        <translation>Backoffice-Referenz</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>Frühestes Datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Geschätzte Dauer</translation>
    </message>
    <message>
        <source>Suggested user</source>
        <translation>Vorgeschlagener Benutzer</translation>
    </message>
    <message>
        <source>Suggested start</source>
        <translation>Vorgeschlagener Beginn</translation>
    </message>
    <message>
        <source>WO leader</source>
        <translation>Auftragsleiter</translation>
    </message>
    <message>
        <source>Requesting company</source>
        <translation>Anfragende Firma</translation>
    </message>
    <message>
        <source>Requesting contact</source>
        <translation>Anfragender Ansprechpartner</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>Meldedatum</translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Information before the job</source>
        <translation>Vorabinformationen</translation>
    </message>
    <message>
        <source>Parts remark</source>
        <translation>Hinweis zu Teilen</translation>
    </message>
    <message>
        <source>Address name</source>
        <translation>Adressname</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Working sequence</source>
        <translation>Arbeitsreihenfolge</translation>
    </message>
    <message>
        <source>Parent job</source>
        <translation>Übergeordneter Auftrag</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>What is to be done, in a few words</source>
        <translation>Was zu tun ist, in wenigen Worten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Installation</source>
        <translation>An&amp;lage</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <source>Job &amp;type</source>
        <translation>Auftragsar&amp;t</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Auftragsart</translation>
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
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>S&amp;kill</source>
        <translation>&amp;Qualifikation</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Beschreibun&amp;g</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Customer &amp;reference</source>
        <translation>&amp;Kundenreferenz</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>&amp;Back-office reference</source>
        <translation>Backoffice-&amp;Referenz</translation>
    </message>
    <message>
        <source>Back-office reference</source>
        <translation>Backoffice-Referenz</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of the job</source>
        <translation>Verlauf des Auftrags</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Made ready to send</source>
        <translation>Zum Senden bereitgestellt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Attempt to send</source>
        <translation>Sendeversuch</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>In den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Aus dem Papierkorb wiederhergestellt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>HTTP %1, server id %2</source>
        <translation>HTTP %1, Server-ID %2</translation>
    </message>
    <message>
        <source>No answer: it will be checked before sending again</source>
        <translation>Keine Antwort: Das wird vor dem erneuten Senden geprüft</translation>
    </message>
    <message>
        <source>Not delivered: tried again later</source>
        <translation>Nicht zugestellt: wird später erneut versucht</translation>
    </message>
    <message>
        <source>Changed while being sent</source>
        <translation>Während des Sendens geändert</translation>
    </message>
    <message>
        <source>A new job has no history until it is saved.</source>
        <translation>Ein neuer Auftrag hat erst einen Verlauf, wenn er gespeichert ist.</translation>
    </message>
    <message>
        <source>Received by the server on %1 (HTTP %2). Server id: %3</source>
        <translation>Vom Server empfangen am %1 (HTTP %2). Server-ID: %3</translation>
    </message>
    <message>
        <source>The server refused this job; see the banner above.</source>
        <translation>Der Server hat diesen Auftrag abgelehnt; siehe den Hinweis oben.</translation>
    </message>
    <message>
        <source>Not sent yet: there is no receipt.</source>
        <translation>Noch nicht gesendet: Es gibt keine Empfangsbestätigung.</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (Revision %2)</translation>
    </message>
    <message>
        <source>Attempts to send</source>
        <translation>Sendeversuche</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) so far; it is tried again later.</source>
        <translation>
            <numerusform>Bisher %n Versuch; später wird es erneut versucht.</numerusform>
            <numerusform>Bisher %n Versuche; später wird es erneut versucht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobEditor</name>
    <message>
        <source>New job</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Sub-jobs</source>
        <translation>Teilaufträge</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>The server refused this job: %1 Correct it; it becomes a draft again, then make it ready to send.</source>
        <translation>Der Server hat diesen Auftrag abgelehnt: %1 Korrigieren Sie ihn; er wird wieder zum Entwurf. Stellen Sie ihn danach zum Senden bereit.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Sent: the server has this job. It can no longer be changed here.</source>
        <translation>Gesendet: Der Server hat diesen Auftrag. Er kann hier nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Being sent now. It cannot be changed until the server answers.</source>
        <translation>Wird gerade gesendet. Er kann erst nach der Antwort des Servers geändert werden.</translation>
    </message>
    <message>
        <source>Ready to send. Any change returns it to draft.</source>
        <translation>Bereit zum Senden. Jede Änderung macht ihn wieder zum Entwurf.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>A job that was sent cannot be sent again.</source>
        <translation>Ein gesendeter Auftrag kann nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The job is already ready to send.</source>
        <translation>Der Auftrag ist bereits bereit zum Senden.</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Nicht bereit: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiteres)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Your company gives you the server URL and the domain (the tenant name). The password is kept in the system keyring, never in a file.</source>
        <translation>Ihr Unternehmen nennt Ihnen die Server-URL und die Domäne (den Mandantennamen). Das Passwort wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy</source>
        <translation>Durch die Richtlinie Ihrer Organisation festgelegt</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt…</translation>
    </message>
    <message>
        <source>The server accepted the user name and password.</source>
        <translation>Der Server hat Benutzername und Passwort akzeptiert.</translation>
    </message>
    <message>
        <source>Could not log in: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmeldung</translation>
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
        <translation>&amp;Domäne</translation>
    </message>
    <message>
        <source>Your company&apos;s tenant name</source>
        <translation>Der Mandantenname Ihres Unternehmens</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>wo-desktop — work orders</source>
        <translation>wo-desktop — Arbeitsaufträge</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>Ready to send: it goes out with the next sync.</source>
        <translation>Bereit zum Senden: Er wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>A job that was sent stays: it is the receipt.</source>
        <translation>Ein gesendeter Auftrag bleibt erhalten: Er dient als Beleg.</translation>
    </message>
    <message>
        <source>Moved to the trash.</source>
        <translation>In den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n job(s) in the trash for good?</source>
        <translation>
            <numerusform>%n Auftrag im Papierkorb endgültig löschen?</numerusform>
            <numerusform>Die %n Aufträge im Papierkorb endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is not set up: log in first.</source>
        <translation>Die Synchronisierung ist nicht eingerichtet: Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Loading the catalog: %1, %2 rows</source>
        <translation>Katalog wird geladen: %1, %2 Zeilen</translation>
    </message>
    <message>
        <source>Sending jobs: %1 done</source>
        <translation>Aufträge werden gesendet: %1 erledigt</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Ready to send (%1)</source>
        <translation>Bereit zum Senden (%1)</translation>
    </message>
    <message>
        <source>Check the job and queue it for the next sync</source>
        <translation>Den Auftrag prüfen und für die nächste Synchronisierung einreihen</translation>
    </message>
</context>
<context>
    <name>NewInstallationDialog</name>
    <message>
        <source>The installation is not in the catalog yet. Describe it: it is sent with the job, and the server adds it to the catalog.</source>
        <translation>Die Anlage ist noch nicht im Katalog. Beschreiben Sie sie: Sie wird mit dem Auftrag gesendet, und der Server nimmt sie in den Katalog auf.</translation>
    </message>
    <message>
        <source>&amp;Use this installation</source>
        <translation>Diese Anlage &amp;verwenden</translation>
    </message>
    <message>
        <source>New installation</source>
        <translation>Neue Anlage</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>As the caller names it</source>
        <translation>Wie der Anrufer sie nennt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <source>The back office&apos;s reference, if known</source>
        <translation>Die Referenz des Backoffice, falls bekannt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>Model code</source>
        <translation>Modellcode</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Se&amp;rial number</source>
        <translation>&amp;Seriennummer</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>M&amp;obile equipment (the job then needs its own address)</source>
        <translation>M&amp;obiles Gerät (der Auftrag braucht dann eine eigene Adresse)</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>&amp;Internal memo</source>
        <translation>&amp;Interne Notiz</translation>
    </message>
    <message>
        <source>For the back office, planners and technicians</source>
        <translation>Für Backoffice, Disponenten und Techniker</translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Information &amp;before the job</source>
        <translation>&amp;Vorabinformationen</translation>
    </message>
    <message>
        <source>For example: call the customer first</source>
        <translation>Zum Beispiel: zuerst den Kunden anrufen</translation>
    </message>
    <message>
        <source>Information before the job</source>
        <translation>Vorabinformationen</translation>
    </message>
    <message>
        <source>&amp;Parts remark</source>
        <translation>Hinweis zu &amp;Teilen</translation>
    </message>
    <message>
        <source>Parts the technician should use or pick up</source>
        <translation>Teile, die der Techniker verwenden oder abholen soll</translation>
    </message>
    <message>
        <source>Parts remark</source>
        <translation>Hinweis zu Teilen</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Wählen</translation>
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <source>The status is Suggested: when the job is sent, a planning entry will be made for %1 starting %2.</source>
        <translation>Der Status ist Vorgeschlagen: Beim Senden des Auftrags wird ein Planungseintrag für %1 ab %2 angelegt.</translation>
    </message>
    <message>
        <source>Ear&amp;liest date</source>
        <translation>&amp;Frühestes Datum</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>Frühestes Datum</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>Fä&amp;lligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Est&amp;imated time</source>
        <translation>&amp;Geschätzte Dauer</translation>
    </message>
    <message>
        <source>Hours and minutes, such as 1:30</source>
        <translation>Stunden und Minuten, zum Beispiel 1:30</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Geschätzte Dauer</translation>
    </message>
    <message>
        <source>Su&amp;ggested user</source>
        <translation>Vorgeschlagener Be&amp;nutzer</translation>
    </message>
    <message>
        <source>Suggested user</source>
        <translation>Vorgeschlagener Benutzer</translation>
    </message>
    <message>
        <source>Suggested s&amp;tart</source>
        <translation>Vorgeschlagener Beg&amp;inn</translation>
    </message>
    <message>
        <source>Suggested start</source>
        <translation>Vorgeschlagener Beginn</translation>
    </message>
    <message>
        <source>&amp;WO leader</source>
        <translation>Auf&amp;tragsleiter</translation>
    </message>
    <message>
        <source>The user who leads a job done by several users</source>
        <translation>Der Benutzer, der einen Auftrag leitet, den mehrere Benutzer ausführen</translation>
    </message>
    <message>
        <source>WO leader</source>
        <translation>Auftragsleiter</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>%1 is required: the installation is mobile equipment.</source>
        <translation>%1 ist ein Pflichtfeld: Die Anlage ist ein mobiles Gerät.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>The due date is before the earliest date.</source>
        <translation>Das Fälligkeitsdatum liegt vor dem frühesten Datum.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 is not an email address (name@example.com).</source>
        <translation>%1 ist keine E-Mail-Adresse (name@beispiel.de).</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong kind.</source>
        <translation>%1 hat einen Wert des falschen Typs.</translation>
    </message>
    <message>
        <source>%1 is not one of the known choices.</source>
        <translation>%1 ist keine der bekannten Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <source>A planning entry will be made for the suggested user.</source>
        <translation>Für den vorgeschlagenen Benutzer wird ein Planungseintrag angelegt.</translation>
    </message>
    <message>
        <source>%1 must be hours:minutes, such as 1:30.</source>
        <translation>%1 muss Stunden:Minuten sein, zum Beispiel 1:30.</translation>
    </message>
    <message>
        <source>%1 must be a number, such as 50.8503.</source>
        <translation>%1 muss eine Zahl sein, zum Beispiel 50.8503.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 ist zu lang: höchstens %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems to fix before sending</source>
        <translation>Vor dem Senden zu behebende Probleme</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>Zum Feld gehen</translation>
    </message>
    <message>
        <source>This job can no longer be changed.</source>
        <translation>Dieser Auftrag kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Ready to send: it goes out with the next sync. A change makes it a draft.</source>
        <translation>Bereit zum Senden: Er wird mit der nächsten Synchronisierung gesendet. Eine Änderung macht ihn wieder zum Entwurf.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready to send yet: %n problem(s) to fix (click one to go there).</source>
        <translation>
            <numerusform>Noch nicht bereit zum Senden: %n Problem zu beheben (anklicken, um dorthin zu gelangen).</numerusform>
            <numerusform>Noch nicht bereit zum Senden: %n Probleme zu beheben (eines anklicken, um dorthin zu gelangen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing: the job can be made ready to send.</source>
        <translation>Es fehlt nichts: Der Auftrag kann zum Senden bereitgestellt werden.</translation>
    </message>
</context>
<context>
    <name>ProjectChoice</name>
    <message>
        <source>In the tree: %1</source>
        <translation>Im Baum: %1</translation>
    </message>
    <message>
        <source>A new installation, sent with the job: the server adds it.</source>
        <translation>Eine neue Anlage, mit dem Auftrag gesendet: Der Server nimmt sie auf.</translation>
    </message>
    <message>
        <source>Mobile equipment.</source>
        <translation>Mobiles Gerät.</translation>
    </message>
    <message>
        <source>Given by its back-office reference; not in the local catalog.</source>
        <translation>Über die Backoffice-Referenz angegeben; nicht im lokalen Katalog.</translation>
    </message>
    <message>
        <source>Not in the local catalog. Sync to load it, or choose again.</source>
        <translation>Nicht im lokalen Katalog. Synchronisieren Sie, um sie zu laden, oder wählen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>ProjectField</name>
    <message>
        <source>Type a name, reference, city or serial number</source>
        <translation>Name, Referenz, Ort oder Seriennummer eingeben</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Find an installation (F4)</source>
        <translation>Eine Anlage suchen (F4)</translation>
    </message>
    <message>
        <source>Equipment…</source>
        <translation>Gerät…</translation>
    </message>
    <message>
        <source>Find equipment by serial number, barcode, model or brand (F6)</source>
        <translation>Gerät nach Seriennummer, Barcode, Modell oder Marke suchen (F6)</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <source>Choose the installation</source>
        <translation>Anlage wählen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Name, reference, company, city or serial number</source>
        <translation>Name, Referenz, Firma, Ort oder Seriennummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>The catalog has no installations yet. Sync to load it.</source>
        <translation>Der Katalog enthält noch keine Anlagen. Synchronisieren Sie, um ihn zu laden.</translation>
    </message>
    <message>
        <source>No installation matches “%1”. Check the spelling, or describe a new installation.</source>
        <translation>Keine Anlage passt zu „%1“. Prüfen Sie die Schreibweise oder beschreiben Sie eine neue Anlage.</translation>
    </message>
    <message>
        <source>&amp;New installation…</source>
        <translation>&amp;Neue Anlage…</translation>
    </message>
    <message>
        <source>In the tree: %1</source>
        <translation>Im Baum: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Offline readiness</source>
        <translation>Offline-Bereitschaft</translation>
    </message>
    <message>
        <source>Catalog tables</source>
        <translation>Katalogtabellen</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Installations and equipment</source>
        <translation>Anlagen und Geräte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Job types</source>
        <translation>Auftragsarten</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuswerte</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Empty: sync before going offline</source>
        <translation>Leer: vor dem Offline-Gehen synchronisieren</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s)</source>
        <translation>
            <numerusform>Älter als %n Tag</numerusform>
            <numerusform>Älter als %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still waiting to be sent.</source>
        <translation>
            <numerusform>%n Auftrag wartet noch auf das Senden.</numerusform>
            <numerusform>%n Aufträge warten noch auf das Senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every job that was made ready has been sent.</source>
        <translation>Alle bereitgestellten Aufträge wurden gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready to go offline: %n thing(s) to fix.</source>
        <translation>
            <numerusform>Nicht bereit für den Offline-Betrieb: %n Punkt zu beheben.</numerusform>
            <numerusform>Nicht bereit für den Offline-Betrieb: %n Punkte zu beheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to go offline: the catalog is complete and recent.</source>
        <translation>Bereit für den Offline-Betrieb: Der Katalog ist vollständig und aktuell.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>What SQLite found: %1</source>
        <translation>Befund von SQLite: %1</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup (from %1)</source>
        <translation>Neueste Sicherung &amp;wiederherstellen (vom %1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The file that holds your jobs is damaged, so wo-desktop stopped before changing it. This can happen after a power cut or a disk fault.

The file: %1</source>
        <translation>Die Datei mit Ihren Aufträgen ist beschädigt, daher hat wo-desktop angehalten, bevor es sie verändert hat. Das kann nach einem Stromausfall oder einem Festplattenfehler passieren.

Die Datei: %1</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore. The file was not changed. Run &apos;wo-desktop doctor --bundle&apos; and send the file it writes to support.</source>
        <translation>Es gibt keine automatische Sicherung zum Wiederherstellen. Die Datei wurde nicht verändert. Führen Sie „wo-desktop doctor --bundle“ aus und senden Sie die erzeugte Datei an den Support.</translation>
    </message>
    <message>
        <source>The newest automatic backup is from %1. Restoring it brings back the jobs as they were then; what was entered later is not in it. The damaged file is kept aside, unchanged, so that support can try to recover the rest.</source>
        <translation>Die neueste automatische Sicherung ist vom %1. Beim Wiederherstellen kommen die Aufträge so zurück, wie sie damals waren; was später erfasst wurde, ist nicht enthalten. Die beschädigte Datei wird unverändert beiseitegelegt, damit der Support versuchen kann, den Rest zu retten.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file was kept as %1.</source>
        <translation>Die Sicherung ist eingespielt. Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1
Nothing was deleted.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1
Es wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>RequestTab</name>
    <message>
        <source>Requesting &amp;company</source>
        <translation>Anfragende &amp;Firma</translation>
    </message>
    <message>
        <source>Requesting company</source>
        <translation>Anfragende Firma</translation>
    </message>
    <message>
        <source>Requesting c&amp;ontact</source>
        <translation>Anfragender A&amp;nsprechpartner</translation>
    </message>
    <message>
        <source>Requesting contact</source>
        <translation>Anfragender Ansprechpartner</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>Ans&amp;prechpartner</translation>
    </message>
    <message>
        <source>Only when the main contact of the job is not the installation&apos;s</source>
        <translation>Nur wenn der Hauptansprechpartner des Auftrags nicht der der Anlage ist</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;Date reported</source>
        <translation>&amp;Meldedatum</translation>
    </message>
    <message>
        <source>When the company reported the problem</source>
        <translation>Wann die Firma das Problem gemeldet hat</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>Meldedatum</translation>
    </message>
</context>
<context>
    <name>SettingsBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Some settings could not be applied:</source>
        <translation>Einige Einstellungen konnten nicht übernommen werden:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Company codes, separated by commas. Empty: every company.</source>
        <translation>Firmencodes, durch Kommas getrennt. Leer: alle Firmen.</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy</source>
        <translation>Durch die Richtlinie Ihrer Organisation festgelegt</translation>
    </message>
    <message>
        <source>Greyed-out settings are set by your organisation&apos;s policy.</source>
        <translation>Ausgegraute Einstellungen sind durch die Richtlinie Ihrer Organisation festgelegt.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Sync every</source>
        <translation>&amp;Synchronisieren alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Synchronisierungsintervall</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Catalog scope</source>
        <translation>&amp;Katalogumfang</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle Firmen</translation>
    </message>
    <message>
        <source>Catalog scope</source>
        <translation>Katalogumfang</translation>
    </message>
    <message>
        <source>&amp;Warn when the catalog is older than</source>
        <translation>&amp;Warnen, wenn der Katalog älter ist als</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Warn when the catalog is older than</source>
        <translation>Warnen, wenn der Katalog älter ist als</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

It was not changed. Restore a backup from the backups folder, or run &apos;wo-desktop doctor --bundle&apos; and send the file to support.</source>
        <translation>%1

Sie wurde nicht verändert. Stellen Sie eine Sicherung aus dem Ordner backups wieder her, oder führen Sie „wo-desktop doctor --bundle“ aus und senden Sie die Datei an den Support.</translation>
    </message>
    <message numerus="yes">
        <source>Starting the demo server with %n installation(s)…</source>
        <translation>
            <numerusform>Demo-Server wird mit %n Anlage gestartet…</numerusform>
            <numerusform>Demo-Server wird mit %n Anlagen gestartet…</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server did not start</source>
        <translation>Der Demo-Server ist nicht gestartet</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Bereit zum Senden</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>never loaded</source>
        <translation>nie geladen</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>Alter unbekannt</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>gerade aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute aktualisiert</numerusform>
            <numerusform>vor %n Minuten aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde aktualisiert</numerusform>
            <numerusform>vor %n Stunden aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag aktualisiert</numerusform>
            <numerusform>vor %n Tagen aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
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
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Synchronisierung angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Auftrag wartet auf das Senden</numerusform>
            <numerusform>%n Aufträge warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source>All jobs sent, safe to close</source>
        <translation>Alle Aufträge gesendet, Schließen ist sicher</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message numerus="yes">
        <source>The catalog is older than %n day(s): sync before going offline.</source>
        <translation>
            <numerusform>Der Katalog ist älter als %n Tag: vor dem Offline-Gehen synchronisieren.</numerusform>
            <numerusform>Der Katalog ist älter als %n Tage: vor dem Offline-Gehen synchronisieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>To be planned</source>
        <translation>Zu planen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Im Pool</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>SubJobsTab</name>
    <message>
        <source>Open the &amp;parent job</source>
        <translation>Übergeordneten Auftrag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Sub-jobs, in working order</source>
        <translation>Teilaufträge, in Arbeitsreihenfolge</translation>
    </message>
    <message>
        <source>&amp;Sub-jobs, in working order:</source>
        <translation>&amp;Teilaufträge, in Arbeitsreihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Add sub-job</source>
        <translation>Teilauftrag hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Öff&amp;nen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the sub-job up (Alt+Up)</source>
        <translation>Teilauftrag nach oben verschieben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move the sub-job down (Alt+Down)</source>
        <translation>Teilauftrag nach unten verschieben (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>This job is a sub-job of “%1”.</source>
        <translation>Dieser Auftrag ist ein Teilauftrag von „%1“.</translation>
    </message>
    <message>
        <source>This is a multi-job. Its sub-jobs are worked in this order; drag them or use Move up and Move down to change it.</source>
        <translation>Dies ist ein Sammelauftrag. Seine Teilaufträge werden in dieser Reihenfolge ausgeführt; ziehen Sie sie oder verwenden Sie Nach oben und Nach unten, um sie zu ändern.</translation>
    </message>
    <message>
        <source>This job has no sub-jobs. Add one to make it a multi-job: each sub-job is a job of its own, worked in the order of this list.</source>
        <translation>Dieser Auftrag hat keine Teilaufträge. Fügen Sie einen hinzu, um daraus einen Sammelauftrag zu machen: Jeder Teilauftrag ist ein eigener Auftrag, der in der Reihenfolge dieser Liste ausgeführt wird.</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Synchronisierungsprotokoll</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Synchronisierungsläufe</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Catalog rows</source>
        <translation>Katalogzeilen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Planmäßig</translation>
    </message>
    <message>
        <source>Job made ready</source>
        <translation>Auftrag bereitgestellt</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Wieder online</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Es lief noch keine Synchronisierung.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Finished without errors</source>
        <translation>Ohne Fehler abgeschlossen</translation>
    </message>
    <message>
        <source>Sync is not set up: log in first.</source>
        <translation>Die Synchronisierung ist nicht eingerichtet: Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>A sync is running now.</source>
        <translation>Gerade läuft eine Synchronisierung.</translation>
    </message>
    <message>
        <source>The newest run is at the top.</source>
        <translation>Der neueste Lauf steht oben.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>installations and equipment</source>
        <translation>Anlagen und Geräte</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>job types</source>
        <translation>Auftragsarten</translation>
    </message>
    <message>
        <source>priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>Statuswerte</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>Länder</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>About wo-desktop</source>
        <translation>Über wo-desktop</translation>
    </message>
    <message>
        <source>wo-desktop %1
Enter field-service work orders without a network; they are kept on this computer and delivered exactly once when the network is back.</source>
        <translation>wo-desktop %1
Erfassen Sie Arbeitsaufträge für den Außendienst ohne Netzwerk; sie werden auf diesem Computer aufbewahrt und genau einmal zugestellt, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>Jobs not sent yet</source>
        <translation>Noch nicht gesendete Aufträge</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) have not reached the server yet.</source>
        <translation>
            <numerusform>%n Auftrag hat den Server noch nicht erreicht.</numerusform>
            <numerusform>%n Aufträge haben den Server noch nicht erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are saved on this computer and nothing is lost by closing. They will be sent at the next sync, the next time wo-desktop is open with a network.</source>
        <translation>Sie sind auf diesem Computer gespeichert, und beim Schließen geht nichts verloren. Sie werden bei der nächsten Synchronisierung gesendet, wenn wo-desktop das nächste Mal mit Netzwerk geöffnet ist.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
</context>
</TS>
