<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New job</source>
        <translation>&amp;Nouvelle intervention</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Ready to send</source>
        <translation>&amp;Prête à envoyer</translation>
    </message>
    <message>
        <source>Check the job and queue it for the next sync</source>
        <translation>Vérifier l’intervention et la mettre en file d’attente pour la prochaine synchronisation</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move the job to the trash</source>
        <translation>Mettre l’intervention à la corbeille</translation>
    </message>
    <message>
        <source>Res&amp;tore from the trash</source>
        <translation>Res&amp;taurer depuis la corbeille</translation>
    </message>
    <message>
        <source>&amp;Empty the trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>&amp;Find jobs</source>
        <translation>&amp;Rechercher des interventions</translation>
    </message>
    <message>
        <source>Choose the &amp;installation…</source>
        <translation>Choisir l’&amp;installation…</translation>
    </message>
    <message>
        <source>Choose the e&amp;quipment…</source>
        <translation>Choisir l’é&amp;quipement…</translation>
    </message>
    <message>
        <source>New insta&amp;llation…</source>
        <translation>Nouvelle insta&amp;llation…</translation>
    </message>
    <message>
        <source>Log &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>Sync &amp;log</source>
        <translation>&amp;Journal de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Offline readiness…</source>
        <translation>Prêt pour le &amp;hors-ligne…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About wo-desktop</source>
        <translation>À &amp;propos de wo-desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Intervention</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>AddressTab</name>
    <message>
        <source>This installation is mobile equipment, so the job needs its own address. Street, postal code and city are required (*).</source>
        <translation>Cette installation est un équipement mobile&#xa0;: l’intervention a donc besoin de sa propre adresse. La rue, le code postal et la localité sont obligatoires (*).</translation>
    </message>
    <message>
        <source>Choose an installation first. The job uses the installation&apos;s address; an address is entered here only for mobile equipment.</source>
        <translation>Choisissez d’abord une installation. L’intervention utilise l’adresse de l’installation&#xa0;; une adresse ne se saisit ici que pour un équipement mobile.</translation>
    </message>
    <message>
        <source>The job uses the address of the installation, shown here read-only. An address is entered here only for mobile equipment.</source>
        <translation>L’intervention utilise l’adresse de l’installation, affichée ici en lecture seule. Une adresse ne se saisit ici que pour un équipement mobile.</translation>
    </message>
    <message>
        <source>Address &amp;name</source>
        <translation>Nom de l’adr&amp;esse</translation>
    </message>
    <message>
        <source>Address name</source>
        <translation>Nom de l’adresse</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>&amp;Rue</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>&amp;Numéro</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Street, second &amp;line</source>
        <translation>Complément d’a&amp;dresse</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>Complément d’adresse</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Code &amp;postal</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Localité</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Count&amp;ry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>L&amp;atitude</source>
        <translation>Latit&amp;ude</translation>
    </message>
    <message>
        <source>50.8503</source>
        <translation>50.8503</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitu&amp;de</source>
        <translation>Lon&amp;gitude</translation>
    </message>
    <message>
        <source>4.3517</source>
        <translation>4.3517</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>serial %1</source>
        <translation>n° de série %1</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Not set</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>Clear (Ctrl+Del)</source>
        <translation>Effacer (Ctrl+Suppr)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name, installation, reference… (Ctrl+F)</source>
        <translation>Nom, installation, référence… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find jobs</source>
        <translation>Rechercher des interventions</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affich&amp;er&#xa0;:</translation>
    </message>
    <message>
        <source>Show jobs in state</source>
        <translation>Afficher les interventions dans l’état</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Opening the jobs on this computer…</source>
        <translation>Ouverture des interventions de cet ordinateur…</translation>
    </message>
    <message>
        <source>All jobs (%1)</source>
        <translation>Toutes les interventions (%1)</translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <translation>Corbeille (%1)</translation>
    </message>
    <message>
        <source>No job matches “%1”.</source>
        <translation>Aucune intervention ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>No jobs in this state.</source>
        <translation>Aucune intervention dans cet état.</translation>
    </message>
    <message>
        <source>No jobs yet.
Press Ctrl+N to enter one: it is saved on this computer as you type, and sent when you are online.</source>
        <translation>Aucune intervention pour l’instant.
Appuyez sur Ctrl+N pour en saisir une&#xa0;: elle est enregistrée sur cet ordinateur au fil de la frappe, et envoyée dès que vous êtes en ligne.</translation>
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
        <translation>Choisir l’équipement</translation>
    </message>
    <message>
        <source>&amp;Search or scan:</source>
        <translation>&amp;Rechercher ou scanner&#xa0;:</translation>
    </message>
    <message>
        <source>Serial number, barcode, model or brand</source>
        <translation>N° de série, code-barres, modèle ou marque</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>No equipment here. Search everywhere, or sync to load the catalog.</source>
        <translation>Aucun équipement ici. Cherchez partout, ou synchronisez pour charger le catalogue.</translation>
    </message>
    <message>
        <source>No equipment matches “%1”.</source>
        <translation>Aucun équipement ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Only under %1</source>
        <translation>&amp;Uniquement sous %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Type d’intervention</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Référence client</translation>
    </message>
    <message>
        <source>Back-office reference</source>
        <translation>Référence back-office</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>Date au plus tôt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Durée estimée</translation>
    </message>
    <message>
        <source>Suggested user</source>
        <translation>Utilisateur proposé</translation>
    </message>
    <message>
        <source>Suggested start</source>
        <translation>Début proposé</translation>
    </message>
    <message>
        <source>WO leader</source>
        <translation>Responsable d’intervention</translation>
    </message>
    <message>
        <source>Requesting company</source>
        <translation>Société demandeuse</translation>
    </message>
    <message>
        <source>Requesting contact</source>
        <translation>Contact demandeur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>Date de signalement</translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation>Mémo interne</translation>
    </message>
    <message>
        <source>Information before the job</source>
        <translation>Informations préalables</translation>
    </message>
    <message>
        <source>Parts remark</source>
        <translation>Remarque sur les pièces</translation>
    </message>
    <message>
        <source>Address name</source>
        <translation>Nom de l’adresse</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>Complément d’adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Working sequence</source>
        <translation>Ordre d’exécution</translation>
    </message>
    <message>
        <source>Parent job</source>
        <translation>Intervention principale</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Intervention</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>What is to be done, in a few words</source>
        <translation>Ce qu’il faut faire, en quelques mots</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Installation</source>
        <translation>Insta&amp;llation</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Job &amp;type</source>
        <translation>&amp;Type d’intervention</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Type d’intervention</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>S&amp;kill</source>
        <translation>&amp;Compétence</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Customer &amp;reference</source>
        <translation>&amp;Référence client</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Référence client</translation>
    </message>
    <message>
        <source>&amp;Back-office reference</source>
        <translation>Référence &amp;back-office</translation>
    </message>
    <message>
        <source>Back-office reference</source>
        <translation>Référence back-office</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of the job</source>
        <translation>Historique de l’intervention</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Made ready to send</source>
        <translation>Marquée prête à envoyer</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <source>Attempt to send</source>
        <translation>Tentative d’envoi</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Mise à la corbeille</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Restaurée depuis la corbeille</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>HTTP %1, server id %2</source>
        <translation>HTTP %1, identifiant serveur %2</translation>
    </message>
    <message>
        <source>No answer: it will be checked before sending again</source>
        <translation>Pas de réponse&#xa0;: ce sera vérifié avant un nouvel envoi</translation>
    </message>
    <message>
        <source>Not delivered: tried again later</source>
        <translation>Non remise&#xa0;: nouvel essai plus tard</translation>
    </message>
    <message>
        <source>Changed while being sent</source>
        <translation>Modifiée pendant l’envoi</translation>
    </message>
    <message>
        <source>A new job has no history until it is saved.</source>
        <translation>Une nouvelle intervention n’a pas d’historique avant d’être enregistrée.</translation>
    </message>
    <message>
        <source>Received by the server on %1 (HTTP %2). Server id: %3</source>
        <translation>Reçue par le serveur le %1 (HTTP %2). Identifiant serveur&#xa0;: %3</translation>
    </message>
    <message>
        <source>The server refused this job; see the banner above.</source>
        <translation>Le serveur a refusé cette intervention&#xa0;; voir le bandeau ci-dessus.</translation>
    </message>
    <message>
        <source>Not sent yet: there is no receipt.</source>
        <translation>Pas encore envoyée&#xa0;: aucun accusé de réception.</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (révision %2)</translation>
    </message>
    <message>
        <source>Attempts to send</source>
        <translation>Tentatives d’envoi</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) so far; it is tried again later.</source>
        <translation>
            <numerusform>%n tentative jusqu’ici&#xa0;; un nouvel essai aura lieu plus tard.</numerusform>
            <numerusform>%n tentatives jusqu’ici&#xa0;; un nouvel essai aura lieu plus tard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobEditor</name>
    <message>
        <source>New job</source>
        <translation>Nouvelle intervention</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sub-jobs</source>
        <translation>Sous-interventions</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <source>The server refused this job: %1 Correct it; it becomes a draft again, then make it ready to send.</source>
        <translation>Le serveur a refusé cette intervention&#xa0;: %1 Corrigez-la&#xa0;; elle redevient un brouillon, puis marquez-la prête à envoyer.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucune raison donnée)</translation>
    </message>
    <message>
        <source>Sent: the server has this job. It can no longer be changed here.</source>
        <translation>Envoyée&#xa0;: le serveur a reçu cette intervention. Elle ne peut plus être modifiée ici.</translation>
    </message>
    <message>
        <source>Being sent now. It cannot be changed until the server answers.</source>
        <translation>Envoi en cours. Elle ne peut pas être modifiée avant la réponse du serveur.</translation>
    </message>
    <message>
        <source>Ready to send. Any change returns it to draft.</source>
        <translation>Prête à envoyer. Toute modification la remet en brouillon.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>A job that was sent cannot be sent again.</source>
        <translation>Une intervention envoyée ne peut pas être renvoyée.</translation>
    </message>
    <message>
        <source>The job is already ready to send.</source>
        <translation>L’intervention est déjà prête à envoyer.</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Pas prête&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Your company gives you the server URL and the domain (the tenant name). The password is kept in the system keyring, never in a file.</source>
        <translation>Votre entreprise vous communique l’URL du serveur et le domaine (le nom de votre instance). Le mot de passe est conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy</source>
        <translation>Défini par la stratégie de votre organisation</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>The server accepted the user name and password.</source>
        <translation>Le serveur a accepté le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>Could not log in: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Server URL</source>
        <translation>URL du &amp;serveur</translation>
    </message>
    <message>
        <source>https://tenant.example.com/api</source>
        <translation>https://tenant.example.com/api</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domaine</translation>
    </message>
    <message>
        <source>Your company&apos;s tenant name</source>
        <translation>Le nom de l’instance de votre entreprise</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>wo-desktop — work orders</source>
        <translation>wo-desktop — ordres de travail</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <source>Ready to send: it goes out with the next sync.</source>
        <translation>Prête à envoyer&#xa0;: elle partira avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>A job that was sent stays: it is the receipt.</source>
        <translation>Une intervention envoyée est conservée&#xa0;: elle sert d’accusé de réception.</translation>
    </message>
    <message>
        <source>Moved to the trash.</source>
        <translation>Mise à la corbeille.</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n job(s) in the trash for good?</source>
        <translation>
            <numerusform>Supprimer définitivement %n intervention de la corbeille&#xa0;?</numerusform>
            <numerusform>Supprimer définitivement les %n interventions de la corbeille&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is not set up: log in first.</source>
        <translation>La synchronisation n’est pas configurée&#xa0;: connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>Loading the catalog: %1, %2 rows</source>
        <translation>Chargement du catalogue&#xa0;: %1, %2 lignes</translation>
    </message>
    <message>
        <source>Sending jobs: %1 done</source>
        <translation>Envoi des interventions&#xa0;: %1 traitées</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Ready to send (%1)</source>
        <translation>Prête à envoyer (%1)</translation>
    </message>
    <message>
        <source>Check the job and queue it for the next sync</source>
        <translation>Vérifier l’intervention et la mettre en file d’attente pour la prochaine synchronisation</translation>
    </message>
</context>
<context>
    <name>NewInstallationDialog</name>
    <message>
        <source>The installation is not in the catalog yet. Describe it: it is sent with the job, and the server adds it to the catalog.</source>
        <translation>L’installation n’est pas encore dans le catalogue. Décrivez-la&#xa0;: elle est envoyée avec l’intervention, et le serveur l’ajoute au catalogue.</translation>
    </message>
    <message>
        <source>&amp;Use this installation</source>
        <translation>&amp;Utiliser cette installation</translation>
    </message>
    <message>
        <source>New installation</source>
        <translation>Nouvelle installation</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>As the caller names it</source>
        <translation>Comme l’appelant la nomme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>The back office&apos;s reference, if known</source>
        <translation>La référence du back-office, si elle est connue</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Société</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Model code</source>
        <translation>Code du modèle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Se&amp;rial number</source>
        <translation>N° de séri&amp;e</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>M&amp;obile equipment (the job then needs its own address)</source>
        <translation>Équipement m&amp;obile (l’intervention a alors besoin de sa propre adresse)</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>&amp;Internal memo</source>
        <translation>Mémo i&amp;nterne</translation>
    </message>
    <message>
        <source>For the back office, planners and technicians</source>
        <translation>Pour le back-office, les planificateurs et les techniciens</translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation>Mémo interne</translation>
    </message>
    <message>
        <source>Information &amp;before the job</source>
        <translation>Informations &amp;préalables</translation>
    </message>
    <message>
        <source>For example: call the customer first</source>
        <translation>Par exemple&#xa0;: appeler d’abord le client</translation>
    </message>
    <message>
        <source>Information before the job</source>
        <translation>Informations préalables</translation>
    </message>
    <message>
        <source>&amp;Parts remark</source>
        <translation>Re&amp;marque sur les pièces</translation>
    </message>
    <message>
        <source>Parts the technician should use or pick up</source>
        <translation>Pièces que le technicien doit utiliser ou aller chercher</translation>
    </message>
    <message>
        <source>Parts remark</source>
        <translation>Remarque sur les pièces</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <source>The status is Suggested: when the job is sent, a planning entry will be made for %1 starting %2.</source>
        <translation>Le statut est Proposée&#xa0;: à l’envoi de l’intervention, une entrée de planning sera créée pour %1 à partir du %2.</translation>
    </message>
    <message>
        <source>Ear&amp;liest date</source>
        <translation>Date au p&amp;lus tôt</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>Date au plus tôt</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>Date d’éc&amp;héance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>Est&amp;imated time</source>
        <translation>&amp;Durée estimée</translation>
    </message>
    <message>
        <source>Hours and minutes, such as 1:30</source>
        <translation>Heures et minutes, par exemple 1:30</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Durée estimée</translation>
    </message>
    <message>
        <source>Su&amp;ggested user</source>
        <translation>Utilisateur &amp;proposé</translation>
    </message>
    <message>
        <source>Suggested user</source>
        <translation>Utilisateur proposé</translation>
    </message>
    <message>
        <source>Suggested s&amp;tart</source>
        <translation>Dé&amp;but proposé</translation>
    </message>
    <message>
        <source>Suggested start</source>
        <translation>Début proposé</translation>
    </message>
    <message>
        <source>&amp;WO leader</source>
        <translation>&amp;Responsable d’intervention</translation>
    </message>
    <message>
        <source>The user who leads a job done by several users</source>
        <translation>L’utilisateur qui dirige une intervention réalisée par plusieurs utilisateurs</translation>
    </message>
    <message>
        <source>WO leader</source>
        <translation>Responsable d’intervention</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>%1 is required: the installation is mobile equipment.</source>
        <translation>%1&#xa0;: champ obligatoire, l’installation est un équipement mobile.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1&#xa0;: champ obligatoire.</translation>
    </message>
    <message>
        <source>The due date is before the earliest date.</source>
        <translation>La date d’échéance est antérieure à la date au plus tôt.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1&#xa0;: la valeur ne peut pas être négative.</translation>
    </message>
    <message>
        <source>%1 is not an email address (name@example.com).</source>
        <translation>%1&#xa0;: ce n’est pas une adresse e-mail (nom@exemple.com).</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong kind.</source>
        <translation>%1&#xa0;: la valeur n’est pas du bon type.</translation>
    </message>
    <message>
        <source>%1 is not one of the known choices.</source>
        <translation>%1&#xa0;: ce choix ne fait pas partie de la liste.</translation>
    </message>
    <message>
        <source>A planning entry will be made for the suggested user.</source>
        <translation>Une entrée de planning sera créée pour l’utilisateur proposé.</translation>
    </message>
    <message>
        <source>%1 must be hours:minutes, such as 1:30.</source>
        <translation>%1 doit être au format heures:minutes, par exemple 1:30.</translation>
    </message>
    <message>
        <source>%1 must be a number, such as 50.8503.</source>
        <translation>%1 doit être un nombre, par exemple 50.8503.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1&#xa0;: la valeur doit être comprise entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1&#xa0;: texte trop long, %2 caractères au maximum.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems to fix before sending</source>
        <translation>Problèmes à corriger avant l’envoi</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>Aller au champ</translation>
    </message>
    <message>
        <source>This job can no longer be changed.</source>
        <translation>Cette intervention ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Ready to send: it goes out with the next sync. A change makes it a draft.</source>
        <translation>Prête à envoyer&#xa0;: elle partira avec la prochaine synchronisation. Une modification la remet en brouillon.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready to send yet: %n problem(s) to fix (click one to go there).</source>
        <translation>
            <numerusform>Pas encore prête à envoyer&#xa0;: %n problème à corriger (cliquez dessus pour y aller).</numerusform>
            <numerusform>Pas encore prête à envoyer&#xa0;: %n problèmes à corriger (cliquez sur l’un d’eux pour y aller).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing: the job can be made ready to send.</source>
        <translation>Rien ne manque&#xa0;: l’intervention peut être marquée prête à envoyer.</translation>
    </message>
</context>
<context>
    <name>ProjectChoice</name>
    <message>
        <source>In the tree: %1</source>
        <translation>Dans l’arborescence&#xa0;: %1</translation>
    </message>
    <message>
        <source>A new installation, sent with the job: the server adds it.</source>
        <translation>Une nouvelle installation, envoyée avec l’intervention&#xa0;: le serveur l’ajoute.</translation>
    </message>
    <message>
        <source>Mobile equipment.</source>
        <translation>Équipement mobile.</translation>
    </message>
    <message>
        <source>Given by its back-office reference; not in the local catalog.</source>
        <translation>Indiquée par sa référence back-office&#xa0;; absente du catalogue local.</translation>
    </message>
    <message>
        <source>Not in the local catalog. Sync to load it, or choose again.</source>
        <translation>Absente du catalogue local. Synchronisez pour la charger, ou choisissez à nouveau.</translation>
    </message>
</context>
<context>
    <name>ProjectField</name>
    <message>
        <source>Type a name, reference, city or serial number</source>
        <translation>Saisissez un nom, une référence, une localité ou un n° de série</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Find an installation (F4)</source>
        <translation>Rechercher une installation (F4)</translation>
    </message>
    <message>
        <source>Equipment…</source>
        <translation>Équipement…</translation>
    </message>
    <message>
        <source>Find equipment by serial number, barcode, model or brand (F6)</source>
        <translation>Rechercher un équipement par n° de série, code-barres, modèle ou marque (F6)</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <source>Choose the installation</source>
        <translation>Choisir l’installation</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name, reference, company, city or serial number</source>
        <translation>Nom, référence, société, localité ou n° de série</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>The catalog has no installations yet. Sync to load it.</source>
        <translation>Le catalogue ne contient pas encore d’installations. Synchronisez pour le charger.</translation>
    </message>
    <message>
        <source>No installation matches “%1”. Check the spelling, or describe a new installation.</source>
        <translation>Aucune installation ne correspond à «&#xa0;%1&#xa0;». Vérifiez l’orthographe, ou décrivez une nouvelle installation.</translation>
    </message>
    <message>
        <source>&amp;New installation…</source>
        <translation>&amp;Nouvelle installation…</translation>
    </message>
    <message>
        <source>In the tree: %1</source>
        <translation>Dans l’arborescence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Offline readiness</source>
        <translation>Prêt pour le hors-ligne</translation>
    </message>
    <message>
        <source>Catalog tables</source>
        <translation>Tables du catalogue</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Installations and equipment</source>
        <translation>Installations et équipements</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Job types</source>
        <translation>Types d’intervention</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Empty: sync before going offline</source>
        <translation>Vide&#xa0;: synchronisez avant de passer hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s)</source>
        <translation>
            <numerusform>Date de plus de %n jour</numerusform>
            <numerusform>Date de plus de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still waiting to be sent.</source>
        <translation>
            <numerusform>%n intervention attend encore d’être envoyée.</numerusform>
            <numerusform>%n interventions attendent encore d’être envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every job that was made ready has been sent.</source>
        <translation>Toutes les interventions marquées prêtes ont été envoyées.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready to go offline: %n thing(s) to fix.</source>
        <translation>
            <numerusform>Pas prêt pour le hors-ligne&#xa0;: %n point à régler.</numerusform>
            <numerusform>Pas prêt pour le hors-ligne&#xa0;: %n points à régler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to go offline: the catalog is complete and recent.</source>
        <translation>Prêt pour le hors-ligne&#xa0;: le catalogue est complet et récent.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>What SQLite found: %1</source>
        <translation>Ce que SQLite a trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup (from %1)</source>
        <translation>&amp;Restaurer la sauvegarde la plus récente (du %1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>The file that holds your jobs is damaged, so wo-desktop stopped before changing it. This can happen after a power cut or a disk fault.

The file: %1</source>
        <translation>Le fichier qui contient vos interventions est endommagé&#xa0;: wo-desktop s’est donc arrêté avant de le modifier. Cela peut arriver après une coupure de courant ou une panne de disque.

Le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore. The file was not changed. Run &apos;wo-desktop doctor --bundle&apos; and send the file it writes to support.</source>
        <translation>Il n’y a aucune sauvegarde automatique à restaurer. Le fichier n’a pas été modifié. Lancez «&#xa0;wo-desktop doctor --bundle&#xa0;» et envoyez au support le fichier qu’il crée.</translation>
    </message>
    <message>
        <source>The newest automatic backup is from %1. Restoring it brings back the jobs as they were then; what was entered later is not in it. The damaged file is kept aside, unchanged, so that support can try to recover the rest.</source>
        <translation>La sauvegarde automatique la plus récente date du %1. La restaurer rétablit les interventions telles qu’elles étaient alors&#xa0;; ce qui a été saisi ensuite n’y figure pas. Le fichier endommagé est mis de côté, intact, pour que le support puisse tenter de récupérer le reste.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file was kept as %1.</source>
        <translation>La sauvegarde est en place. Le fichier endommagé a été conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1
Nothing was deleted.</source>
        <translation>La sauvegarde n’a pas pu être restaurée&#xa0;: %1
Rien n’a été supprimé.</translation>
    </message>
</context>
<context>
    <name>RequestTab</name>
    <message>
        <source>Requesting &amp;company</source>
        <translation>Société &amp;demandeuse</translation>
    </message>
    <message>
        <source>Requesting company</source>
        <translation>Société demandeuse</translation>
    </message>
    <message>
        <source>Requesting c&amp;ontact</source>
        <translation>&amp;Contact demandeur</translation>
    </message>
    <message>
        <source>Requesting contact</source>
        <translation>Contact demandeur</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>Only when the main contact of the job is not the installation&apos;s</source>
        <translation>Seulement si le contact principal de l’intervention n’est pas celui de l’installation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Date reported</source>
        <translation>Date de si&amp;gnalement</translation>
    </message>
    <message>
        <source>When the company reported the problem</source>
        <translation>Quand la société a signalé le problème</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>Date de signalement</translation>
    </message>
</context>
<context>
    <name>SettingsBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Some settings could not be applied:</source>
        <translation>Certains paramètres n’ont pas pu être appliqués&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Company codes, separated by commas. Empty: every company.</source>
        <translation>Codes de société, séparés par des virgules. Vide&#xa0;: toutes les sociétés.</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy</source>
        <translation>Défini par la stratégie de votre organisation</translation>
    </message>
    <message>
        <source>Greyed-out settings are set by your organisation&apos;s policy.</source>
        <translation>Les paramètres grisés sont définis par la stratégie de votre organisation.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Sync every</source>
        <translation>&amp;Synchroniser toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Uniquement sur demande</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Intervalle de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Catalog scope</source>
        <translation>&amp;Périmètre du catalogue</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Toutes les sociétés</translation>
    </message>
    <message>
        <source>Catalog scope</source>
        <translation>Périmètre du catalogue</translation>
    </message>
    <message>
        <source>&amp;Warn when the catalog is older than</source>
        <translation>&amp;Avertir si le catalogue date de plus de</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Warn when the catalog is older than</source>
        <translation>Avertir si le catalogue date de plus de</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>%1

It was not changed. Restore a backup from the backups folder, or run &apos;wo-desktop doctor --bundle&apos; and send the file to support.</source>
        <translation>%1

Elle n’a pas été modifiée. Restaurez une sauvegarde du dossier backups, ou lancez «&#xa0;wo-desktop doctor --bundle&#xa0;» et envoyez le fichier au support.</translation>
    </message>
    <message numerus="yes">
        <source>Starting the demo server with %n installation(s)…</source>
        <translation>
            <numerusform>Démarrage du serveur de démonstration avec %n installation…</numerusform>
            <numerusform>Démarrage du serveur de démonstration avec %n installations…</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server did not start</source>
        <translation>Le serveur de démonstration n’a pas démarré</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Prête à envoyer</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>never loaded</source>
        <translation>jamais chargé</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>âge inconnu</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>mis à jour à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>mis à jour il y a %n minute</numerusform>
            <numerusform>mis à jour il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>mis à jour il y a %n heure</numerusform>
            <numerusform>mis à jour il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n day(s) ago</source>
        <translation>
            <numerusform>mis à jour il y a %n jour</numerusform>
            <numerusform>mis à jour il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Synchronisation en pause</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting to be sent</source>
        <translation>
            <numerusform>%n intervention en attente d’envoi</numerusform>
            <numerusform>%n interventions en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>All jobs sent, safe to close</source>
        <translation>Toutes les interventions sont envoyées, vous pouvez fermer</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Catalogue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The catalog is older than %n day(s): sync before going offline.</source>
        <translation>
            <numerusform>Le catalogue date de plus de %n jour&#xa0;: synchronisez avant de passer hors ligne.</numerusform>
            <numerusform>Le catalogue date de plus de %n jours&#xa0;: synchronisez avant de passer hors ligne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>To be planned</source>
        <translation>À planifier</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>En pool</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>SubJobsTab</name>
    <message>
        <source>Open the &amp;parent job</source>
        <translation>Ouvrir l’intervention &amp;principale</translation>
    </message>
    <message>
        <source>Sub-jobs, in working order</source>
        <translation>Sous-interventions, dans l’ordre d’exécution</translation>
    </message>
    <message>
        <source>&amp;Sub-jobs, in working order:</source>
        <translation>Sous-interventions, dans l’o&amp;rdre d’exécution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add sub-job</source>
        <translation>Ajouter une sous-i&amp;ntervention</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Move the sub-job up (Alt+Up)</source>
        <translation>Monter la sous-intervention (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the sub-job down (Alt+Down)</source>
        <translation>Descendre la sous-intervention (Alt+Bas)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>This job is a sub-job of “%1”.</source>
        <translation>Cette intervention est une sous-intervention de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This is a multi-job. Its sub-jobs are worked in this order; drag them or use Move up and Move down to change it.</source>
        <translation>C’est une intervention multiple. Ses sous-interventions sont réalisées dans cet ordre&#xa0;; faites-les glisser ou utilisez Vers le haut et Vers le bas pour le changer.</translation>
    </message>
    <message>
        <source>This job has no sub-jobs. Add one to make it a multi-job: each sub-job is a job of its own, worked in the order of this list.</source>
        <translation>Cette intervention n’a pas de sous-interventions. Ajoutez-en une pour en faire une intervention multiple&#xa0;: chaque sous-intervention est une intervention à part entière, réalisée dans l’ordre de cette liste.</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Synchronisations effectuées</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Catalog rows</source>
        <translation>Lignes du catalogue</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Sur demande</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Job made ready</source>
        <translation>Intervention marquée prête</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Retour en ligne</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Aucune synchronisation n’a encore eu lieu.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Finished without errors</source>
        <translation>Terminée sans erreur</translation>
    </message>
    <message>
        <source>Sync is not set up: log in first.</source>
        <translation>La synchronisation n’est pas configurée&#xa0;: connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>A sync is running now.</source>
        <translation>Une synchronisation est en cours.</translation>
    </message>
    <message>
        <source>The newest run is at the top.</source>
        <translation>La plus récente est en haut.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>installations and equipment</source>
        <translation>installations et équipements</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>sociétés</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <source>job types</source>
        <translation>types d’intervention</translation>
    </message>
    <message>
        <source>priorities</source>
        <translation>priorités</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>statuts</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>compétences</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>pays</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>About wo-desktop</source>
        <translation>À propos de wo-desktop</translation>
    </message>
    <message>
        <source>wo-desktop %1
Enter field-service work orders without a network; they are kept on this computer and delivered exactly once when the network is back.</source>
        <translation>wo-desktop %1
Saisissez des ordres de travail d’intervention sur site sans réseau&#xa0;; ils sont conservés sur cet ordinateur et transmis une seule fois, dès que le réseau revient.</translation>
    </message>
    <message>
        <source>Jobs not sent yet</source>
        <translation>Interventions pas encore envoyées</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) have not reached the server yet.</source>
        <translation>
            <numerusform>%n intervention n’a pas encore atteint le serveur.</numerusform>
            <numerusform>%n interventions n’ont pas encore atteint le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are saved on this computer and nothing is lost by closing. They will be sent at the next sync, the next time wo-desktop is open with a network.</source>
        <translation>Elles sont enregistrées sur cet ordinateur et rien n’est perdu en fermant. Elles seront envoyées à la prochaine synchronisation, la prochaine fois que wo-desktop sera ouvert avec un réseau.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
</context>
</TS>
