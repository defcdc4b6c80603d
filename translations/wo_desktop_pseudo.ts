<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New job</source>
        <translation>[&amp;Néŵ ĵöƀ~~~]</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>[&amp;Sàvé~]</translation>
    </message>
    <message>
        <source>&amp;Ready to send</source>
        <translation>[&amp;Réàđý ţö ŝéñđ~~~~~]</translation>
    </message>
    <message>
        <source>Check the job and queue it for the next sync</source>
        <translation>[Çĥéçķ ţĥé ĵöƀ àñđ qûéûé îţ föŕ ţĥé ñéxţ ŝýñç ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>[Ŝ&amp;yñç ñöŵ~~~]</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>[&amp;Dûpĺîçàţé~~~]</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>[&amp;Déĺéţé~~]</translation>
    </message>
    <message>
        <source>Move the job to the trash</source>
        <translation>[Mövé ţĥé ĵöƀ ţö ţĥé ţŕàŝĥ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Res&amp;tore from the trash</source>
        <translation>[Ŕéŝ&amp;töŕé fŕöm ţĥé ţŕàŝĥ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>&amp;Empty the trash…</source>
        <translation>[&amp;Empţý ţĥé ţŕàŝĥ…~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Find jobs</source>
        <translation>[&amp;Fîñđ ĵöƀŝ~~~]</translation>
    </message>
    <message>
        <source>Choose the &amp;installation…</source>
        <translation>[Çĥööŝé ţĥé &amp;iñŝţàĺĺàţîöñ… ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Choose the e&amp;quipment…</source>
        <translation>[Çĥööŝé ţĥé é&amp;qûîpméñţ… ~~~~~ ~]</translation>
    </message>
    <message>
        <source>New insta&amp;llation…</source>
        <translation>[Ñéŵ îñŝţà&amp;lĺàţîöñ… ~~~~~~]</translation>
    </message>
    <message>
        <source>Log &amp;in…</source>
        <translation>[Ĺöĝ &amp;iñ…~~~]</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>[Ŝé&amp;tţîñĝŝ…~~~]</translation>
    </message>
    <message>
        <source>Sync &amp;log</source>
        <translation>[Ŝýñç &amp;löĝ~~~]</translation>
    </message>
    <message>
        <source>&amp;Offline readiness…</source>
        <translation>[&amp;Offĺîñé ŕéàđîñéŝŝ… ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>[&amp;Qûîţ~]</translation>
    </message>
    <message>
        <source>&amp;About wo-desktop</source>
        <translation>[&amp;Aƀöûţ ŵö-đéŝķţöp~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>[&amp;Fîĺé~]</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>[&amp;Eđîţ~]</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>[&amp;Jöƀ~]</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>[&amp;Sýñç~]</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>[&amp;Héĺp~]</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>[Màîñ ţööĺƀàŕ~~~~]</translation>
    </message>
</context>
<context>
    <name>AddressTab</name>
    <message>
        <source>This installation is mobile equipment, so the job needs its own address. Street, postal code and city are required (*).</source>
        <translation>[Ţĥîŝ îñŝţàĺĺàţîöñ îŝ möƀîĺé éqûîpméñţ, ŝö ţĥé ĵöƀ ñééđŝ îţŝ öŵñ àđđŕéŝŝ. Ŝţŕééţ, pöŝţàĺ çöđé àñđ çîţý àŕé ŕéqûîŕéđ (*). ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Choose an installation first. The job uses the installation&apos;s address; an address is entered here only for mobile equipment.</source>
        <translation>[Çĥööŝé àñ îñŝţàĺĺàţîöñ fîŕŝţ. Ţĥé ĵöƀ ûŝéŝ ţĥé îñŝţàĺĺàţîöñ&apos;ŝ àđđŕéŝŝ; àñ àđđŕéŝŝ îŝ éñţéŕéđ ĥéŕé öñĺý föŕ möƀîĺé éqûîpméñţ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>The job uses the address of the installation, shown here read-only. An address is entered here only for mobile equipment.</source>
        <translation>[Ţĥé ĵöƀ ûŝéŝ ţĥé àđđŕéŝŝ öf ţĥé îñŝţàĺĺàţîöñ, ŝĥöŵñ ĥéŕé ŕéàđ-öñĺý. Àñ àđđŕéŝŝ îŝ éñţéŕéđ ĥéŕé öñĺý föŕ möƀîĺé éqûîpméñţ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Address &amp;name</source>
        <translation>[Àđđŕéŝŝ &amp;nàmé~~~~~]</translation>
    </message>
    <message>
        <source>Address name</source>
        <translation>[Àđđŕéŝŝ ñàmé~~~~]</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>[Ŝ&amp;tŕééţ~~]</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>[Ŝţŕééţ~~]</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>[Ñ&amp;umƀéŕ~~]</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>[Ñûmƀéŕ~~]</translation>
    </message>
    <message>
        <source>Street, second &amp;line</source>
        <translation>[Ŝţŕééţ, ŝéçöñđ &amp;lîñé ~~~~~~]</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>[Ŝţŕééţ, ŝéçöñđ ĺîñé ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>[&amp;Pöŝţàĺ çöđé~~~~]</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>[Pöŝţàĺ çöđé~~~~]</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>[&amp;Cîţý~]</translation>
    </message>
    <message>
        <source>City</source>
        <translation>[Çîţý~]</translation>
    </message>
    <message>
        <source>Count&amp;ry</source>
        <translation>[Çöûñţ&amp;rý~~~]</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>[Çöûñţŕý~~]</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>[Pĥ&amp;oñé~~]</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>[Pĥöñé~]</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>[É&amp;màîĺ~~]</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>[ñàmé@éxàmpĺé.çöm~~~~~~]</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>[Émàîĺ~]</translation>
    </message>
    <message>
        <source>L&amp;atitude</source>
        <translation>[Ĺ&amp;aţîţûđé~~~]</translation>
    </message>
    <message>
        <source>50.8503</source>
        <translation>[50.8503~~]</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>[Ĺàţîţûđé~~~]</translation>
    </message>
    <message>
        <source>Longitu&amp;de</source>
        <translation>[Ĺöñĝîţû&amp;dé~~~]</translation>
    </message>
    <message>
        <source>4.3517</source>
        <translation>[4.3517~~]</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>[Ĺöñĝîţûđé~~~]</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>serial %1</source>
        <translation>[ŝéŕîàĺ %1~~~]</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Not set</source>
        <translation>[Ñöţ ŝéţ~~]</translation>
    </message>
    <message>
        <source>Clear (Ctrl+Del)</source>
        <translation>[Çĺéàŕ (Çţŕĺ+Ðéĺ)~~~~~~]</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>[Çĺéàŕ~]</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>[Çĺéàŕ %1~~~]</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <source>Name</source>
        <translation>[Ñàmé~]</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>[Îñŝţàĺĺàţîöñ~~~~]</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>[Ĵöƀ ţýpé~~~]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Ŝţàţûŝ~~]</translation>
    </message>
    <message>
        <source>State</source>
        <translation>[Ŝţàţé~]</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>[Ĺàŝţ çĥàñĝé~~~~]</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>[(ñö ñàmé)~~~]</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>[Fî&amp;nđ:~~]</translation>
    </message>
    <message>
        <source>Name, installation, reference… (Ctrl+F)</source>
        <translation>[Ñàmé, îñŝţàĺĺàţîöñ, ŕéféŕéñçé… (Çţŕĺ+F) ~~~~~ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Find jobs</source>
        <translation>[Fîñđ ĵöƀŝ~~~]</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>[Ŝĥö&amp;w:~~]</translation>
    </message>
    <message>
        <source>Show jobs in state</source>
        <translation>[Ŝĥöŵ ĵöƀŝ îñ ŝţàţé ~~~~~~]</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>[Ĵöƀŝ~]</translation>
    </message>
    <message>
        <source>Opening the jobs on this computer…</source>
        <translation>[Öpéñîñĝ ţĥé ĵöƀŝ öñ ţĥîŝ çömpûţéŕ… ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>All jobs (%1)</source>
        <translation>[Àĺĺ ĵöƀŝ (%1)~~~~~]</translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <translation>[Ţŕàŝĥ (%1)~~~]</translation>
    </message>
    <message>
        <source>No job matches “%1”.</source>
        <translation>[Ñö ĵöƀ màţçĥéŝ “%1”. ~~~~~~]</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>[Ţĥé ţŕàŝĥ îŝ émpţý. ~~~~~~]</translation>
    </message>
    <message>
        <source>No jobs in this state.</source>
        <translation>[Ñö ĵöƀŝ îñ ţĥîŝ ŝţàţé. ~~~~~ ~]</translation>
    </message>
    <message>
        <source>No jobs yet.
Press Ctrl+N to enter one: it is saved on this computer as you type, and sent when you are online.</source>
        <translation>[Ñö ĵöƀŝ ýéţ.~~~~]
[Pŕéŝŝ Çţŕĺ+Ñ ţö éñţéŕ öñé: îţ îŝ ŝàvéđ öñ ţĥîŝ çömpûţéŕ àŝ ýöû ţýpé, àñđ ŝéñţ ŵĥéñ ýöû àŕé öñĺîñé. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>h:mm</source>
        <translation>[ĥ:mm~]</translation>
    </message>
</context>
<context>
    <name>EquipmentPicker</name>
    <message>
        <source>Choose the equipment</source>
        <translation>[Çĥööŝé ţĥé éqûîpméñţ ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Search or scan:</source>
        <translation>[&amp;Séàŕçĥ öŕ ŝçàñ:~~~~~~]</translation>
    </message>
    <message>
        <source>Serial number, barcode, model or brand</source>
        <translation>[Ŝéŕîàĺ ñûmƀéŕ, ƀàŕçöđé, möđéĺ öŕ ƀŕàñđ ~~~~~ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>[Ŝéŕîàĺ ñûmƀéŕ~~~~~]</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>[ßàŕçöđé~~]</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>[Möđéĺ~]</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>[ßŕàñđ~]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>[Ñàmé~]</translation>
    </message>
    <message>
        <source>City</source>
        <translation>[Çîţý~]</translation>
    </message>
    <message>
        <source>No equipment here. Search everywhere, or sync to load the catalog.</source>
        <translation>[Ñö éqûîpméñţ ĥéŕé. Ŝéàŕçĥ évéŕýŵĥéŕé, öŕ ŝýñç ţö ĺöàđ ţĥé çàţàĺöĝ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~]</translation>
    </message>
    <message>
        <source>No equipment matches “%1”.</source>
        <translation>[Ñö éqûîpméñţ màţçĥéŝ “%1”. ~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>&amp;Only under %1</source>
        <translation>[&amp;Oñĺý ûñđéŕ %1~~~~~]</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>[Ñàmé~]</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>[Îñŝţàĺĺàţîöñ~~~~]</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>[Ĵöƀ ţýpé~~~]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Ŝţàţûŝ~~]</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>[Pŕîöŕîţý~~~]</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>[Ŝķîĺĺ~]</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>[Ðéŝçŕîpţîöñ~~~~]</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>[Çûŝţöméŕ ŕéféŕéñçé ~~~~~~]</translation>
    </message>
    <message>
        <source>Back-office reference</source>
        <translation>[ßàçķ-öffîçé ŕéféŕéñçé ~~~~~ ~]</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>[Éàŕĺîéŝţ đàţé~~~~~]</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>[Ðûé đàţé~~~]</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>[Éŝţîmàţéđ ţîmé~~~~~]</translation>
    </message>
    <message>
        <source>Suggested user</source>
        <translation>[Ŝûĝĝéŝţéđ ûŝéŕ~~~~~]</translation>
    </message>
    <message>
        <source>Suggested start</source>
        <translation>[Ŝûĝĝéŝţéđ ŝţàŕţ~~~~~]</translation>
    </message>
    <message>
        <source>WO leader</source>
        <translation>[ŴÖ ĺéàđéŕ~~~]</translation>
    </message>
    <message>
        <source>Requesting company</source>
        <translation>[Ŕéqûéŝţîñĝ çömpàñý ~~~~~~]</translation>
    </message>
    <message>
        <source>Requesting contact</source>
        <translation>[Ŕéqûéŝţîñĝ çöñţàçţ ~~~~~~]</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>[Çöñţàçţ~~]</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>[Ðàţé ŕépöŕţéđ~~~~~]</translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation>[Îñţéŕñàĺ mémö~~~~~]</translation>
    </message>
    <message>
        <source>Information before the job</source>
        <translation>[Îñföŕmàţîöñ ƀéföŕé ţĥé ĵöƀ ~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Parts remark</source>
        <translation>[Pàŕţŝ ŕémàŕķ~~~~]</translation>
    </message>
    <message>
        <source>Address name</source>
        <translation>[Àđđŕéŝŝ ñàmé~~~~]</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>[Ŝţŕééţ~~]</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>[Ñûmƀéŕ~~]</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>[Ŝţŕééţ, ŝéçöñđ ĺîñé ~~~~~~]</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>[Pöŝţàĺ çöđé~~~~]</translation>
    </message>
    <message>
        <source>City</source>
        <translation>[Çîţý~]</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>[Çöûñţŕý~~]</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>[Pĥöñé~]</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>[Émàîĺ~]</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>[Ĺàţîţûđé~~~]</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>[Ĺöñĝîţûđé~~~]</translation>
    </message>
    <message>
        <source>Working sequence</source>
        <translation>[Ŵöŕķîñĝ ŝéqûéñçé~~~~~~]</translation>
    </message>
    <message>
        <source>Parent job</source>
        <translation>[Pàŕéñţ ĵöƀ~~~]</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>[Ĵöƀ~]</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>&amp;Name</source>
        <translation>[&amp;Nàmé~]</translation>
    </message>
    <message>
        <source>What is to be done, in a few words</source>
        <translation>[Ŵĥàţ îŝ ţö ƀé đöñé, îñ à féŵ ŵöŕđŝ ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>[Ñàmé~]</translation>
    </message>
    <message>
        <source>&amp;Installation</source>
        <translation>[&amp;Iñŝţàĺĺàţîöñ~~~~~]</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>[Îñŝţàĺĺàţîöñ~~~~]</translation>
    </message>
    <message>
        <source>Job &amp;type</source>
        <translation>[Ĵöƀ &amp;týpé~~~]</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>[Ĵöƀ ţýpé~~~]</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>[Ŝţàţ&amp;uŝ~~]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Ŝţàţûŝ~~]</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>[&amp;Pŕîöŕîţý~~~]</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>[Pŕîöŕîţý~~~]</translation>
    </message>
    <message>
        <source>S&amp;kill</source>
        <translation>[Ŝ&amp;kîĺĺ~~]</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>[Ŝķîĺĺ~]</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>[&amp;Déŝçŕîpţîöñ~~~~]</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>[Ðéŝçŕîpţîöñ~~~~]</translation>
    </message>
    <message>
        <source>Customer &amp;reference</source>
        <translation>[Çûŝţöméŕ &amp;réféŕéñçé ~~~~~~]</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>[Çûŝţöméŕ ŕéféŕéñçé ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Back-office reference</source>
        <translation>[&amp;Bàçķ-öffîçé ŕéféŕéñçé ~~~~~ ~]</translation>
    </message>
    <message>
        <source>Back-office reference</source>
        <translation>[ßàçķ-öffîçé ŕéféŕéñçé ~~~~~ ~]</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of the job</source>
        <translation>[Ĥîŝţöŕý öf ţĥé ĵöƀ ~~~~~~]</translation>
    </message>
    <message>
        <source>When</source>
        <translation>[Ŵĥéñ~]</translation>
    </message>
    <message>
        <source>What</source>
        <translation>[Ŵĥàţ~]</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>[Ðéţàîĺŝ~~]</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>[Ŝàvéđ~]</translation>
    </message>
    <message>
        <source>Made ready to send</source>
        <translation>[Màđé ŕéàđý ţö ŝéñđ ~~~~~~]</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>[Ŝéñţ~]</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>[Ŕéĵéçţéđ ƀý ţĥé ŝéŕvéŕ ~~~~~ ~]</translation>
    </message>
    <message>
        <source>Attempt to send</source>
        <translation>[Àţţémpţ ţö ŝéñđ~~~~~]</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>[Mövéđ ţö ţĥé ţŕàŝĥ ~~~~~~]</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>[Ŕéŝţöŕéđ fŕöm ţĥé ţŕàŝĥ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>[Împöŕţéđ~~~]</translation>
    </message>
    <message>
        <source>HTTP %1, server id %2</source>
        <translation>[ĤŢŢP %1, ŝéŕvéŕ îđ %2 ~~~~~ ~]</translation>
    </message>
    <message>
        <source>No answer: it will be checked before sending again</source>
        <translation>[Ñö àñŝŵéŕ: îţ ŵîĺĺ ƀé çĥéçķéđ ƀéföŕé ŝéñđîñĝ àĝàîñ ~~~~~ ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Not delivered: tried again later</source>
        <translation>[Ñöţ đéĺîvéŕéđ: ţŕîéđ àĝàîñ ĺàţéŕ ~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Changed while being sent</source>
        <translation>[Çĥàñĝéđ ŵĥîĺé ƀéîñĝ ŝéñţ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>A new job has no history until it is saved.</source>
        <translation>[À ñéŵ ĵöƀ ĥàŝ ñö ĥîŝţöŕý ûñţîĺ îţ îŝ ŝàvéđ. ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Received by the server on %1 (HTTP %2). Server id: %3</source>
        <translation>[Ŕéçéîvéđ ƀý ţĥé ŝéŕvéŕ öñ %1 (ĤŢŢP %2). Ŝéŕvéŕ îđ: %3 ~~~~~ ~~~~~ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>The server refused this job; see the banner above.</source>
        <translation>[Ţĥé ŝéŕvéŕ ŕéfûŝéđ ţĥîŝ ĵöƀ; ŝéé ţĥé ƀàññéŕ àƀövé. ~~~~~ ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Not sent yet: there is no receipt.</source>
        <translation>[Ñöţ ŝéñţ ýéţ: ţĥéŕé îŝ ñö ŕéçéîpţ. ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>[Ŕévîŝîöñŝ~~~]</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>[%1 (ŕévîŝîöñ %2)~~~~~~]</translation>
    </message>
    <message>
        <source>Attempts to send</source>
        <translation>[Àţţémpţŝ ţö ŝéñđ~~~~~~]</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>[Ñöñé ýéţ~~~]</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) so far; it is tried again later.</source>
        <translation>
            <numerusform>[%n àţţémpţ(ŝ) ŝö fàŕ; îţ îŝ ţŕîéđ àĝàîñ ĺàţéŕ. ~~~~~ ~~~~~ ~~~~~]</numerusform>
            <numerusform>[%n àţţémpţ(ŝ) ŝö fàŕ; îţ îŝ ţŕîéđ àĝàîñ ĺàţéŕ. ~~~~~ ~~~~~ ~~~~~]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobEditor</name>
    <message>
        <source>New job</source>
        <translation>[Ñéŵ ĵöƀ~~]</translation>
    </message>
    <message>
        <source>General</source>
        <translation>[Ĝéñéŕàĺ~~]</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>[Pĺàññîñĝ~~~]</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>[Àđđŕéŝŝ~~]</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>[Ŕéqûéŝţ~~]</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>[Ñöţéŝ~]</translation>
    </message>
    <message>
        <source>Sub-jobs</source>
        <translation>[Ŝûƀ-ĵöƀŝ~~~]</translation>
    </message>
    <message>
        <source>History</source>
        <translation>[Ĥîŝţöŕý~~]</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>[Àĺţ+%1~~]</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>[(ñö ñàmé)~~~]</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>[Ñöţ ŝàvéđ ýéţ~~~~~]</translation>
    </message>
    <message>
        <source>The server refused this job: %1 Correct it; it becomes a draft again, then make it ready to send.</source>
        <translation>[Ţĥé ŝéŕvéŕ ŕéfûŝéđ ţĥîŝ ĵöƀ: %1 Çöŕŕéçţ îţ; îţ ƀéçöméŝ à đŕàfţ àĝàîñ, ţĥéñ màķé îţ ŕéàđý ţö ŝéñđ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~]</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>[(ñö ŕéàŝöñ ĝîvéñ)~~~~~~]</translation>
    </message>
    <message>
        <source>Sent: the server has this job. It can no longer be changed here.</source>
        <translation>[Ŝéñţ: ţĥé ŝéŕvéŕ ĥàŝ ţĥîŝ ĵöƀ. Îţ çàñ ñö ĺöñĝéŕ ƀé çĥàñĝéđ ĥéŕé. ~~~~~ ~~~~~ ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Being sent now. It cannot be changed until the server answers.</source>
        <translation>[ßéîñĝ ŝéñţ ñöŵ. Îţ çàññöţ ƀé çĥàñĝéđ ûñţîĺ ţĥé ŝéŕvéŕ àñŝŵéŕŝ. ~~~~~ ~~~~~ ~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Ready to send. Any change returns it to draft.</source>
        <translation>[Ŕéàđý ţö ŝéñđ. Àñý çĥàñĝé ŕéţûŕñŝ îţ ţö đŕàfţ. ~~~~~ ~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>[Ŝéŕvéŕ: %1~~~]</translation>
    </message>
    <message>
        <source>A job that was sent cannot be sent again.</source>
        <translation>[À ĵöƀ ţĥàţ ŵàŝ ŝéñţ çàññöţ ƀé ŝéñţ àĝàîñ. ~~~~~ ~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>The job is already ready to send.</source>
        <translation>[Ţĥé ĵöƀ îŝ àĺŕéàđý ŕéàđý ţö ŝéñđ. ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>[Ñöţ ŕéàđý: %1~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>[(àñđ %n möŕé)~~~~~]</numerusform>
            <numerusform>[(àñđ %n möŕé)~~~~~]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Your company gives you the server URL and the domain (the tenant name). The password is kept in the system keyring, never in a file.</source>
        <translation>[Ýöûŕ çömpàñý ĝîvéŝ ýöû ţĥé ŝéŕvéŕ ÛŔĹ àñđ ţĥé đömàîñ (ţĥé ţéñàñţ ñàmé). Ţĥé pàŝŝŵöŕđ îŝ ķépţ îñ ţĥé ŝýŝţém ķéýŕîñĝ, ñévéŕ îñ à fîĺé. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy</source>
        <translation>[Ŝéţ ƀý ýöûŕ öŕĝàñîŝàţîöñ&apos;ŝ pöĺîçý ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>[&amp;Löĝ îñ~~]</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>[Çöññéçţîñĝ ţö ţĥé ŝéŕvéŕ… ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>The server accepted the user name and password.</source>
        <translation>[Ţĥé ŝéŕvéŕ àççépţéđ ţĥé ûŝéŕ ñàmé àñđ pàŝŝŵöŕđ. ~~~~~ ~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Could not log in: %1</source>
        <translation>[Çöûĺđ ñöţ ĺöĝ îñ: %1 ~~~~~~]</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>[Ŝîĝñ îñ~~]</translation>
    </message>
    <message>
        <source>&amp;Server URL</source>
        <translation>[&amp;Séŕvéŕ ÛŔĹ~~~~]</translation>
    </message>
    <message>
        <source>https://tenant.example.com/api</source>
        <translation>[ĥţţpŝ://ţéñàñţ.éxàmpĺé.çöm/àpî ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>[Ŝéŕvéŕ ÛŔĹ~~~]</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>[&amp;Dömàîñ~~]</translation>
    </message>
    <message>
        <source>Your company&apos;s tenant name</source>
        <translation>[Ýöûŕ çömpàñý&apos;ŝ ţéñàñţ ñàmé ~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>[Ðömàîñ~~]</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>[&amp;Uŝéŕ~]</translation>
    </message>
    <message>
        <source>User</source>
        <translation>[Ûŝéŕ~]</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>[&amp;Pàŝŝŵöŕđ~~~]</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>[Pàŝŝŵöŕđ~~~]</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>[&amp;Téŝţ çöññéçţîöñ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>wo-desktop — work orders</source>
        <translation>[ŵö-đéŝķţöp — ŵöŕķ öŕđéŕŝ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>[Ñöţ ŝàvéđ: %1~~~~~]</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>[ûñķñöŵñ ŕéàŝöñ~~~~~]</translation>
    </message>
    <message>
        <source>Ready to send: it goes out with the next sync.</source>
        <translation>[Ŕéàđý ţö ŝéñđ: îţ ĝöéŝ öûţ ŵîţĥ ţĥé ñéxţ ŝýñç. ~~~~~ ~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>A job that was sent stays: it is the receipt.</source>
        <translation>[À ĵöƀ ţĥàţ ŵàŝ ŝéñţ ŝţàýŝ: îţ îŝ ţĥé ŕéçéîpţ. ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Moved to the trash.</source>
        <translation>[Mövéđ ţö ţĥé ţŕàŝĥ. ~~~~~~]</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>[Émpţý ţĥé ţŕàŝĥ~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n job(s) in the trash for good?</source>
        <translation>
            <numerusform>[Ðéĺéţé ţĥé %n ĵöƀ(ŝ) îñ ţĥé ţŕàŝĥ föŕ ĝööđ? ~~~~~ ~~~~~ ~~~~]</numerusform>
            <numerusform>[Ðéĺéţé ţĥé %n ĵöƀ(ŝ) îñ ţĥé ţŕàŝĥ föŕ ĝööđ? ~~~~~ ~~~~~ ~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is not set up: log in first.</source>
        <translation>[Ŝýñç îŝ ñöţ ŝéţ ûp: ĺöĝ îñ fîŕŝţ. ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Loading the catalog: %1, %2 rows</source>
        <translation>[Ĺöàđîñĝ ţĥé çàţàĺöĝ: %1, %2 ŕöŵŝ ~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Sending jobs: %1 done</source>
        <translation>[Ŝéñđîñĝ ĵöƀŝ: %1 đöñé ~~~~~ ~]</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>[Ñöţ ĺöĝĝéđ îñ~~~~~]</translation>
    </message>
    <message>
        <source>Ready to send (%1)</source>
        <translation>[Ŕéàđý ţö ŝéñđ (%1) ~~~~~~]</translation>
    </message>
    <message>
        <source>Check the job and queue it for the next sync</source>
        <translation>[Çĥéçķ ţĥé ĵöƀ àñđ qûéûé îţ föŕ ţĥé ñéxţ ŝýñç ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>NewInstallationDialog</name>
    <message>
        <source>The installation is not in the catalog yet. Describe it: it is sent with the job, and the server adds it to the catalog.</source>
        <translation>[Ţĥé îñŝţàĺĺàţîöñ îŝ ñöţ îñ ţĥé çàţàĺöĝ ýéţ. Ðéŝçŕîƀé îţ: îţ îŝ ŝéñţ ŵîţĥ ţĥé ĵöƀ, àñđ ţĥé ŝéŕvéŕ àđđŝ îţ ţö ţĥé çàţàĺöĝ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Use this installation</source>
        <translation>[&amp;Uŝé ţĥîŝ îñŝţàĺĺàţîöñ ~~~~~ ~]</translation>
    </message>
    <message>
        <source>New installation</source>
        <translation>[Ñéŵ îñŝţàĺĺàţîöñ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>[&amp;Nàmé~]</translation>
    </message>
    <message>
        <source>As the caller names it</source>
        <translation>[Àŝ ţĥé çàĺĺéŕ ñàméŝ îţ ~~~~~ ~]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>[Ñàmé~]</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>[&amp;Réféŕéñçé~~~]</translation>
    </message>
    <message>
        <source>The back office&apos;s reference, if known</source>
        <translation>[Ţĥé ƀàçķ öffîçé&apos;ŝ ŕéféŕéñçé, îf ķñöŵñ ~~~~~ ~~~~~ ~]</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>[Ŕéféŕéñçé~~~]</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>[&amp;Cömpàñý~~~]</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>[Çömpàñý~~]</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>[&amp;Möđéĺ~~]</translation>
    </message>
    <message>
        <source>Model code</source>
        <translation>[Möđéĺ çöđé~~~]</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>[Möđéĺ~]</translation>
    </message>
    <message>
        <source>Se&amp;rial number</source>
        <translation>[Ŝé&amp;rîàĺ ñûmƀéŕ~~~~~]</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>[Ŝéŕîàĺ ñûmƀéŕ~~~~~]</translation>
    </message>
    <message>
        <source>M&amp;obile equipment (the job then needs its own address)</source>
        <translation>[M&amp;oƀîĺé éqûîpméñţ (ţĥé ĵöƀ ţĥéñ ñééđŝ îţŝ öŵñ àđđŕéŝŝ) ~~~~~ ~~~~~ ~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>&amp;Internal memo</source>
        <translation>[&amp;Iñţéŕñàĺ mémö~~~~~]</translation>
    </message>
    <message>
        <source>For the back office, planners and technicians</source>
        <translation>[Föŕ ţĥé ƀàçķ öffîçé, pĺàññéŕŝ àñđ ţéçĥñîçîàñŝ ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation>[Îñţéŕñàĺ mémö~~~~~]</translation>
    </message>
    <message>
        <source>Information &amp;before the job</source>
        <translation>[Îñföŕmàţîöñ &amp;béföŕé ţĥé ĵöƀ ~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>For example: call the customer first</source>
        <translation>[Föŕ éxàmpĺé: çàĺĺ ţĥé çûŝţöméŕ fîŕŝţ ~~~~~ ~~~~~ ~]</translation>
    </message>
    <message>
        <source>Information before the job</source>
        <translation>[Îñföŕmàţîöñ ƀéföŕé ţĥé ĵöƀ ~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>&amp;Parts remark</source>
        <translation>[&amp;Pàŕţŝ ŕémàŕķ~~~~~]</translation>
    </message>
    <message>
        <source>Parts the technician should use or pick up</source>
        <translation>[Pàŕţŝ ţĥé ţéçĥñîçîàñ ŝĥöûĺđ ûŝé öŕ pîçķ ûp ~~~~~ ~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Parts remark</source>
        <translation>[Pàŕţŝ ŕémàŕķ~~~~]</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Results</source>
        <translation>[Ŕéŝûĺţŝ~~]</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>[&amp;Cĥööŝé~~]</translation>
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <source>The status is Suggested: when the job is sent, a planning entry will be made for %1 starting %2.</source>
        <translation>[Ţĥé ŝţàţûŝ îŝ Ŝûĝĝéŝţéđ: ŵĥéñ ţĥé ĵöƀ îŝ ŝéñţ, à pĺàññîñĝ éñţŕý ŵîĺĺ ƀé màđé föŕ %1 ŝţàŕţîñĝ %2. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~]</translation>
    </message>
    <message>
        <source>Ear&amp;liest date</source>
        <translation>[Éàŕ&amp;lîéŝţ đàţé~~~~~]</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>[Éàŕĺîéŝţ đàţé~~~~~]</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>[Ð&amp;ué đàţé~~~]</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>[Ðûé đàţé~~~]</translation>
    </message>
    <message>
        <source>Est&amp;imated time</source>
        <translation>[Éŝţ&amp;imàţéđ ţîmé~~~~~]</translation>
    </message>
    <message>
        <source>Hours and minutes, such as 1:30</source>
        <translation>[Ĥöûŕŝ àñđ mîñûţéŝ, ŝûçĥ àŝ 1:30 ~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>[Éŝţîmàţéđ ţîmé~~~~~]</translation>
    </message>
    <message>
        <source>Su&amp;ggested user</source>
        <translation>[Ŝû&amp;gĝéŝţéđ ûŝéŕ~~~~~]</translation>
    </message>
    <message>
        <source>Suggested user</source>
        <translation>[Ŝûĝĝéŝţéđ ûŝéŕ~~~~~]</translation>
    </message>
    <message>
        <source>Suggested s&amp;tart</source>
        <translation>[Ŝûĝĝéŝţéđ ŝ&amp;tàŕţ~~~~~~]</translation>
    </message>
    <message>
        <source>Suggested start</source>
        <translation>[Ŝûĝĝéŝţéđ ŝţàŕţ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;WO leader</source>
        <translation>[&amp;WÖ ĺéàđéŕ~~~]</translation>
    </message>
    <message>
        <source>The user who leads a job done by several users</source>
        <translation>[Ţĥé ûŝéŕ ŵĥö ĺéàđŝ à ĵöƀ đöñé ƀý ŝévéŕàĺ ûŝéŕŝ ~~~~~ ~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>WO leader</source>
        <translation>[ŴÖ ĺéàđéŕ~~~]</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>%1 is required: the installation is mobile equipment.</source>
        <translation>[%1 îŝ ŕéqûîŕéđ: ţĥé îñŝţàĺĺàţîöñ îŝ möƀîĺé éqûîpméñţ. ~~~~~ ~~~~~ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>[%1 îŝ ŕéqûîŕéđ.~~~~~]</translation>
    </message>
    <message>
        <source>The due date is before the earliest date.</source>
        <translation>[Ţĥé đûé đàţé îŝ ƀéföŕé ţĥé éàŕĺîéŝţ đàţé. ~~~~~ ~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>[%1 çàññöţ ƀé ñéĝàţîvé. ~~~~~ ~]</translation>
    </message>
    <message>
        <source>%1 is not an email address (name@example.com).</source>
        <translation>[%1 îŝ ñöţ àñ émàîĺ àđđŕéŝŝ (ñàmé@éxàmpĺé.çöm). ~~~~~ ~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong kind.</source>
        <translation>[%1 ĥàŝ à vàĺûé öf ţĥé ŵŕöñĝ ķîñđ. ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>%1 is not one of the known choices.</source>
        <translation>[%1 îŝ ñöţ öñé öf ţĥé ķñöŵñ çĥöîçéŝ. ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>A planning entry will be made for the suggested user.</source>
        <translation>[À pĺàññîñĝ éñţŕý ŵîĺĺ ƀé màđé föŕ ţĥé ŝûĝĝéŝţéđ ûŝéŕ. ~~~~~ ~~~~~ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>%1 must be hours:minutes, such as 1:30.</source>
        <translation>[%1 mûŝţ ƀé ĥöûŕŝ:mîñûţéŝ, ŝûçĥ àŝ 1:30. ~~~~~ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>%1 must be a number, such as 50.8503.</source>
        <translation>[%1 mûŝţ ƀé à ñûmƀéŕ, ŝûçĥ àŝ 50.8503. ~~~~~ ~~~~~ ~]</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>[%1 mûŝţ ƀé ƀéţŵééñ %2 àñđ %3. ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>[%1 îŝ ţöö ĺöñĝ: àţ möŝţ %2 çĥàŕàçţéŕŝ. ~~~~~ ~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems to fix before sending</source>
        <translation>[Pŕöƀĺémŝ ţö fîx ƀéföŕé ŝéñđîñĝ ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>[Ĝö ţö ţĥé fîéĺđ~~~~~]</translation>
    </message>
    <message>
        <source>This job can no longer be changed.</source>
        <translation>[Ţĥîŝ ĵöƀ çàñ ñö ĺöñĝéŕ ƀé çĥàñĝéđ. ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Ready to send: it goes out with the next sync. A change makes it a draft.</source>
        <translation>[Ŕéàđý ţö ŝéñđ: îţ ĝöéŝ öûţ ŵîţĥ ţĥé ñéxţ ŝýñç. À çĥàñĝé màķéŝ îţ à đŕàfţ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>Not ready to send yet: %n problem(s) to fix (click one to go there).</source>
        <translation>
            <numerusform>[Ñöţ ŕéàđý ţö ŝéñđ ýéţ: %n pŕöƀĺém(ŝ) ţö fîx (çĺîçķ öñé ţö ĝö ţĥéŕé). ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~]</numerusform>
            <numerusform>[Ñöţ ŕéàđý ţö ŝéñđ ýéţ: %n pŕöƀĺém(ŝ) ţö fîx (çĺîçķ öñé ţö ĝö ţĥéŕé). ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing: the job can be made ready to send.</source>
        <translation>[Ñöţĥîñĝ îŝ mîŝŝîñĝ: ţĥé ĵöƀ çàñ ƀé màđé ŕéàđý ţö ŝéñđ. ~~~~~ ~~~~~ ~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>ProjectChoice</name>
    <message>
        <source>In the tree: %1</source>
        <translation>[Îñ ţĥé ţŕéé: %1~~~~~]</translation>
    </message>
    <message>
        <source>A new installation, sent with the job: the server adds it.</source>
        <translation>[À ñéŵ îñŝţàĺĺàţîöñ, ŝéñţ ŵîţĥ ţĥé ĵöƀ: ţĥé ŝéŕvéŕ àđđŝ îţ. ~~~~~ ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Mobile equipment.</source>
        <translation>[Möƀîĺé éqûîpméñţ.~~~~~~]</translation>
    </message>
    <message>
        <source>Given by its back-office reference; not in the local catalog.</source>
        <translation>[Ĝîvéñ ƀý îţŝ ƀàçķ-öffîçé ŕéféŕéñçé; ñöţ îñ ţĥé ĺöçàĺ çàţàĺöĝ. ~~~~~ ~~~~~ ~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Not in the local catalog. Sync to load it, or choose again.</source>
        <translation>[Ñöţ îñ ţĥé ĺöçàĺ çàţàĺöĝ. Ŝýñç ţö ĺöàđ îţ, öŕ çĥööŝé àĝàîñ. ~~~~~ ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>ProjectField</name>
    <message>
        <source>Type a name, reference, city or serial number</source>
        <translation>[Ţýpé à ñàmé, ŕéféŕéñçé, çîţý öŕ ŝéŕîàĺ ñûmƀéŕ ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>[Fîñđ…~]</translation>
    </message>
    <message>
        <source>Find an installation (F4)</source>
        <translation>[Fîñđ àñ îñŝţàĺĺàţîöñ (F4) ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Equipment…</source>
        <translation>[Éqûîpméñţ…~~~]</translation>
    </message>
    <message>
        <source>Find equipment by serial number, barcode, model or brand (F6)</source>
        <translation>[Fîñđ éqûîpméñţ ƀý ŝéŕîàĺ ñûmƀéŕ, ƀàŕçöđé, möđéĺ öŕ ƀŕàñđ (F6) ~~~~~ ~~~~~ ~~~~~ ~~~~~]</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <source>Choose the installation</source>
        <translation>[Çĥööŝé ţĥé îñŝţàĺĺàţîöñ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>[&amp;Séàŕçĥ:~~~]</translation>
    </message>
    <message>
        <source>Name, reference, company, city or serial number</source>
        <translation>[Ñàmé, ŕéféŕéñçé, çömpàñý, çîţý öŕ ŝéŕîàĺ ñûmƀéŕ ~~~~~ ~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>[Ñàmé~]</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>[Ŕéféŕéñçé~~~]</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>[Çömpàñý~~]</translation>
    </message>
    <message>
        <source>City</source>
        <translation>[Çîţý~]</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>[Ŝéŕîàĺ ñûmƀéŕ~~~~~]</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>[Möƀîĺé~~]</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>[möƀîĺé~~]</translation>
    </message>
    <message>
        <source>The catalog has no installations yet. Sync to load it.</source>
        <translation>[Ţĥé çàţàĺöĝ ĥàŝ ñö îñŝţàĺĺàţîöñŝ ýéţ. Ŝýñç ţö ĺöàđ îţ. ~~~~~ ~~~~~ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>No installation matches “%1”. Check the spelling, or describe a new installation.</source>
        <translation>[Ñö îñŝţàĺĺàţîöñ màţçĥéŝ “%1”. Çĥéçķ ţĥé ŝpéĺĺîñĝ, öŕ đéŝçŕîƀé à ñéŵ îñŝţàĺĺàţîöñ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~]</translation>
    </message>
    <message>
        <source>&amp;New installation…</source>
        <translation>[&amp;Néŵ îñŝţàĺĺàţîöñ… ~~~~~~]</translation>
    </message>
    <message>
        <source>In the tree: %1</source>
        <translation>[Îñ ţĥé ţŕéé: %1~~~~~]</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>[Àđđŕéŝŝ: %1~~~~]</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>[Möđéĺ: %1~~~]</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Offline readiness</source>
        <translation>[Öffĺîñé ŕéàđîñéŝŝ~~~~~~]</translation>
    </message>
    <message>
        <source>Catalog tables</source>
        <translation>[Çàţàĺöĝ ţàƀĺéŝ~~~~~]</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>[Çàţàĺöĝ~~]</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>[Ŕöŵŝ~]</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>[Ûpđàţéđ~~]</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>[Çĥéçķ~]</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>[Ŝ&amp;yñç ñöŵ~~~]</translation>
    </message>
    <message>
        <source>Installations and equipment</source>
        <translation>[Îñŝţàĺĺàţîöñŝ àñđ éqûîpméñţ ~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>[Çömpàñîéŝ~~~]</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>[Çöñţàçţŝ~~~]</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>[Ûŝéŕŝ~]</translation>
    </message>
    <message>
        <source>Job types</source>
        <translation>[Ĵöƀ ţýpéŝ~~~]</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>[Pŕîöŕîţîéŝ~~~]</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>[Ŝţàţûŝéŝ~~~]</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>[Ŝķîĺĺŝ~~]</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>[Çöûñţŕîéŝ~~~]</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>[ÖĶ~]</translation>
    </message>
    <message>
        <source>Empty: sync before going offline</source>
        <translation>[Émpţý: ŝýñç ƀéföŕé ĝöîñĝ öffĺîñé ~~~~~ ~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s)</source>
        <translation>
            <numerusform>[Öĺđéŕ ţĥàñ %n đàý(ŝ) ~~~~~~]</numerusform>
            <numerusform>[Öĺđéŕ ţĥàñ %n đàý(ŝ) ~~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still waiting to be sent.</source>
        <translation>
            <numerusform>[%n ĵöƀ(ŝ) àŕé ŝţîĺĺ ŵàîţîñĝ ţö ƀé ŝéñţ. ~~~~~ ~~~~~ ~~]</numerusform>
            <numerusform>[%n ĵöƀ(ŝ) àŕé ŝţîĺĺ ŵàîţîñĝ ţö ƀé ŝéñţ. ~~~~~ ~~~~~ ~~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Every job that was made ready has been sent.</source>
        <translation>[Évéŕý ĵöƀ ţĥàţ ŵàŝ màđé ŕéàđý ĥàŝ ƀééñ ŝéñţ. ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>Not ready to go offline: %n thing(s) to fix.</source>
        <translation>
            <numerusform>[Ñöţ ŕéàđý ţö ĝö öffĺîñé: %n ţĥîñĝ(ŝ) ţö fîx. ~~~~~ ~~~~~ ~~~~]</numerusform>
            <numerusform>[Ñöţ ŕéàđý ţö ĝö öffĺîñé: %n ţĥîñĝ(ŝ) ţö fîx. ~~~~~ ~~~~~ ~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to go offline: the catalog is complete and recent.</source>
        <translation>[Ŕéàđý ţö ĝö öffĺîñé: ţĥé çàţàĺöĝ îŝ çömpĺéţé àñđ ŕéçéñţ. ~~~~~ ~~~~~ ~~~~~ ~~~]</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>[Ţĥé đàţàƀàŝé îŝ đàmàĝéđ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>[ñö đéţàîĺŝ~~~]</translation>
    </message>
    <message>
        <source>What SQLite found: %1</source>
        <translation>[Ŵĥàţ ŜQĹîţé föûñđ: %1 ~~~~~ ~]</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup (from %1)</source>
        <translation>[&amp;Réŝţöŕé ţĥé ñéŵéŝţ ƀàçķûp (fŕöm %1) ~~~~~ ~~~~~ ~]</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>[&amp;Qûîţ~]</translation>
    </message>
    <message>
        <source>The file that holds your jobs is damaged, so wo-desktop stopped before changing it. This can happen after a power cut or a disk fault.

The file: %1</source>
        <translation>[Ţĥé fîĺé ţĥàţ ĥöĺđŝ ýöûŕ ĵöƀŝ îŝ đàmàĝéđ, ŝö ŵö-đéŝķţöp ŝţöppéđ ƀéföŕé çĥàñĝîñĝ îţ. Ţĥîŝ çàñ ĥàppéñ àfţéŕ à pöŵéŕ çûţ öŕ à đîŝķ fàûĺţ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~]

[Ţĥé fîĺé: %1~~~~]</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore. The file was not changed. Run &apos;wo-desktop doctor --bundle&apos; and send the file it writes to support.</source>
        <translation>[Ţĥéŕé îŝ ñö àûţömàţîç ƀàçķûp ţö ŕéŝţöŕé. Ţĥé fîĺé ŵàŝ ñöţ çĥàñĝéđ. Ŕûñ &apos;ŵö-đéŝķţöp đöçţöŕ --ƀûñđĺé&apos; àñđ ŝéñđ ţĥé fîĺé îţ ŵŕîţéŝ ţö ŝûppöŕţ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>The newest automatic backup is from %1. Restoring it brings back the jobs as they were then; what was entered later is not in it. The damaged file is kept aside, unchanged, so that support can try to recover the rest.</source>
        <translation>[Ţĥé ñéŵéŝţ àûţömàţîç ƀàçķûp îŝ fŕöm %1. Ŕéŝţöŕîñĝ îţ ƀŕîñĝŝ ƀàçķ ţĥé ĵöƀŝ àŝ ţĥéý ŵéŕé ţĥéñ; ŵĥàţ ŵàŝ éñţéŕéđ ĺàţéŕ îŝ ñöţ îñ îţ. Ţĥé đàmàĝéđ fîĺé îŝ ķépţ àŝîđé, ûñçĥàñĝéđ, ŝö ţĥàţ ŝûppöŕţ çàñ ţŕý ţö ŕéçövéŕ ţĥé ŕéŝţ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~]</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>[Ŕéŝţöŕîñĝ ţĥé ƀàçķûp… ~~~~~ ~]</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file was kept as %1.</source>
        <translation>[Ţĥé ƀàçķûp îŝ îñ pĺàçé. Ţĥé đàmàĝéđ fîĺé ŵàŝ ķépţ àŝ %1. ~~~~~ ~~~~~ ~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1
Nothing was deleted.</source>
        <translation>[Ţĥé ƀàçķûp çöûĺđ ñöţ ƀé ŕéŝţöŕéđ: %1 ~~~~~ ~~~~~ ~]
[Ñöţĥîñĝ ŵàŝ đéĺéţéđ. ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>RequestTab</name>
    <message>
        <source>Requesting &amp;company</source>
        <translation>[Ŕéqûéŝţîñĝ &amp;cömpàñý ~~~~~~]</translation>
    </message>
    <message>
        <source>Requesting company</source>
        <translation>[Ŕéqûéŝţîñĝ çömpàñý ~~~~~~]</translation>
    </message>
    <message>
        <source>Requesting c&amp;ontact</source>
        <translation>[Ŕéqûéŝţîñĝ ç&amp;oñţàçţ ~~~~~~]</translation>
    </message>
    <message>
        <source>Requesting contact</source>
        <translation>[Ŕéqûéŝţîñĝ çöñţàçţ ~~~~~~]</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>[Çöñ&amp;tàçţ~~~]</translation>
    </message>
    <message>
        <source>Only when the main contact of the job is not the installation&apos;s</source>
        <translation>[Öñĺý ŵĥéñ ţĥé màîñ çöñţàçţ öf ţĥé ĵöƀ îŝ ñöţ ţĥé îñŝţàĺĺàţîöñ&apos;ŝ ~~~~~ ~~~~~ ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>[Çöñţàçţ~~]</translation>
    </message>
    <message>
        <source>&amp;Date reported</source>
        <translation>[&amp;Dàţé ŕépöŕţéđ~~~~~]</translation>
    </message>
    <message>
        <source>When the company reported the problem</source>
        <translation>[Ŵĥéñ ţĥé çömpàñý ŕépöŕţéđ ţĥé pŕöƀĺém ~~~~~ ~~~~~ ~]</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>[Ðàţé ŕépöŕţéđ~~~~~]</translation>
    </message>
</context>
<context>
    <name>SettingsBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>[Ĥîđé ţĥîŝ méŝŝàĝé~~~~~~]</translation>
    </message>
    <message>
        <source>Some settings could not be applied:</source>
        <translation>[Ŝömé ŝéţţîñĝŝ çöûĺđ ñöţ ƀé àppĺîéđ: ~~~~~ ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>As the system</source>
        <translation>[Àŝ ţĥé ŝýŝţém~~~~~]</translation>
    </message>
    <message>
        <source>Company codes, separated by commas. Empty: every company.</source>
        <translation>[Çömpàñý çöđéŝ, ŝépàŕàţéđ ƀý çömmàŝ. Émpţý: évéŕý çömpàñý. ~~~~~ ~~~~~ ~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy</source>
        <translation>[Ŝéţ ƀý ýöûŕ öŕĝàñîŝàţîöñ&apos;ŝ pöĺîçý ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Greyed-out settings are set by your organisation&apos;s policy.</source>
        <translation>[Ĝŕéýéđ-öûţ ŝéţţîñĝŝ àŕé ŝéţ ƀý ýöûŕ öŕĝàñîŝàţîöñ&apos;ŝ pöĺîçý. ~~~~~ ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>[Ŝéţţîñĝŝ~~~]</translation>
    </message>
    <message>
        <source>&amp;Sync every</source>
        <translation>[&amp;Sýñç évéŕý~~~~]</translation>
    </message>
    <message>
        <source> min</source>
        <translation> [mîñ~]</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>[Öñĺý ŵĥéñ àŝķéđ~~~~~]</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>[Ŝýñç évéŕý~~~]</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>[&amp;Làñĝûàĝé~~~]</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>[Ĺàñĝûàĝé~~~]</translation>
    </message>
    <message>
        <source>&amp;Catalog scope</source>
        <translation>[&amp;Càţàĺöĝ ŝçöpé~~~~~]</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>[Àĺĺ çömpàñîéŝ~~~~~]</translation>
    </message>
    <message>
        <source>Catalog scope</source>
        <translation>[Çàţàĺöĝ ŝçöpé~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Warn when the catalog is older than</source>
        <translation>[&amp;Wàŕñ ŵĥéñ ţĥé çàţàĺöĝ îŝ öĺđéŕ ţĥàñ ~~~~~ ~~~~~ ~]</translation>
    </message>
    <message>
        <source> days</source>
        <translation> [đàýŝ~]</translation>
    </message>
    <message>
        <source>Warn when the catalog is older than</source>
        <translation>[Ŵàŕñ ŵĥéñ ţĥé çàţàĺöĝ îŝ öĺđéŕ ţĥàñ ~~~~~ ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database…</source>
        <translation>[Öpéñîñĝ ţĥé đàţàƀàŝé… ~~~~~ ~]</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>[Ţĥé đàţàƀàŝé çàññöţ ƀé öpéñéđ ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>%1

It was not changed. Restore a backup from the backups folder, or run &apos;wo-desktop doctor --bundle&apos; and send the file to support.</source>
        <translation>[%1~]

[Îţ ŵàŝ ñöţ çĥàñĝéđ. Ŕéŝţöŕé à ƀàçķûp fŕöm ţĥé ƀàçķûpŝ föĺđéŕ, öŕ ŕûñ &apos;ŵö-đéŝķţöp đöçţöŕ --ƀûñđĺé&apos; àñđ ŝéñđ ţĥé fîĺé ţö ŝûppöŕţ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~]</translation>
    </message>
    <message numerus="yes">
        <source>Starting the demo server with %n installation(s)…</source>
        <translation>
            <numerusform>[Ŝţàŕţîñĝ ţĥé đémö ŝéŕvéŕ ŵîţĥ %n îñŝţàĺĺàţîöñ(ŝ)… ~~~~~ ~~~~~ ~~~~~~]</numerusform>
            <numerusform>[Ŝţàŕţîñĝ ţĥé đémö ŝéŕvéŕ ŵîţĥ %n îñŝţàĺĺàţîöñ(ŝ)… ~~~~~ ~~~~~ ~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server did not start</source>
        <translation>[Ţĥé đémö ŝéŕvéŕ đîđ ñöţ ŝţàŕţ ~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Draft</source>
        <translation>[Ðŕàfţ~]</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>[Ŕéàđý ţö ŝéñđ~~~~~]</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>[Ŝéñđîñĝ~~]</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>[Ŝéñţ~]</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>[Ŕéĵéçţéđ~~~]</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>never loaded</source>
        <translation>[ñévéŕ ĺöàđéđ~~~~]</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>[àĝé ûñķñöŵñ~~~~]</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>[ûpđàţéđ ĵûŝţ ñöŵ~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>[ûpđàţéđ %n mîñûţé(ŝ) àĝö ~~~~~ ~~]</numerusform>
            <numerusform>[ûpđàţéđ %n mîñûţé(ŝ) àĝö ~~~~~ ~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>[ûpđàţéđ %n ĥöûŕ(ŝ) àĝö ~~~~~ ~]</numerusform>
            <numerusform>[ûpđàţéđ %n ĥöûŕ(ŝ) àĝö ~~~~~ ~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n day(s) ago</source>
        <translation>
            <numerusform>[ûpđàţéđ %n đàý(ŝ) àĝö ~~~~~ ~]</numerusform>
            <numerusform>[ûpđàţéđ %n đàý(ŝ) àĝö ~~~~~ ~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>[Ŝýñç pŕöĝŕéŝŝ~~~~~]</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>[Ŝţàŕţîñĝ…~~~]</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>[Öñĺîñé~~]</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>[Öffĺîñé~~]</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>[Ŝýñçîñĝ…~~~]</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>[Ŝýñç pàûŝéđ~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting to be sent</source>
        <translation>
            <numerusform>[%n ĵöƀ(ŝ) ŵàîţîñĝ ţö ƀé ŝéñţ ~~~~~ ~~~~]</numerusform>
            <numerusform>[%n ĵöƀ(ŝ) ŵàîţîñĝ ţö ƀé ŝéñţ ~~~~~ ~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <source>All jobs sent, safe to close</source>
        <translation>[Àĺĺ ĵöƀŝ ŝéñţ, ŝàfé ţö çĺöŝé ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>[Çàţàĺöĝ: %1~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>The catalog is older than %n day(s): sync before going offline.</source>
        <translation>
            <numerusform>[Ţĥé çàţàĺöĝ îŝ öĺđéŕ ţĥàñ %n đàý(ŝ): ŝýñç ƀéföŕé ĝöîñĝ öffĺîñé. ~~~~~ ~~~~~ ~~~~~ ~~~~~~]</numerusform>
            <numerusform>[Ţĥé çàţàĺöĝ îŝ öĺđéŕ ţĥàñ %n đàý(ŝ): ŝýñç ƀéföŕé ĝöîñĝ öffĺîñé. ~~~~~ ~~~~~ ~~~~~ ~~~~~~]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Open</source>
        <translation>[Öpéñ~]</translation>
    </message>
    <message>
        <source>To be planned</source>
        <translation>[Ţö ƀé pĺàññéđ~~~~~]</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>[Ŵàîţîñĝ~~]</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>[Pööĺîñĝ~~]</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>[Ŝûĝĝéŝţéđ~~~]</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>[Àçţîvàţéđ~~~]</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>[Çàñçéĺéđ~~~]</translation>
    </message>
</context>
<context>
    <name>SubJobsTab</name>
    <message>
        <source>Open the &amp;parent job</source>
        <translation>[Öpéñ ţĥé &amp;pàŕéñţ ĵöƀ ~~~~~~]</translation>
    </message>
    <message>
        <source>Sub-jobs, in working order</source>
        <translation>[Ŝûƀ-ĵöƀŝ, îñ ŵöŕķîñĝ öŕđéŕ ~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>&amp;Sub-jobs, in working order:</source>
        <translation>[&amp;Sûƀ-ĵöƀŝ, îñ ŵöŕķîñĝ öŕđéŕ: ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Add sub-job</source>
        <translation>[&amp;Ađđ ŝûƀ-ĵöƀ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>[&amp;Opéñ~]</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>[Mövé &amp;up~~~]</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>[Mövé &amp;döŵñ~~~]</translation>
    </message>
    <message>
        <source>Move the sub-job up (Alt+Up)</source>
        <translation>[Mövé ţĥé ŝûƀ-ĵöƀ ûp (Àĺţ+Ûp) ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Move the sub-job down (Alt+Down)</source>
        <translation>[Mövé ţĥé ŝûƀ-ĵöƀ đöŵñ (Àĺţ+Ðöŵñ) ~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>[(ñö ñàmé)~~~]</translation>
    </message>
    <message>
        <source>This job is a sub-job of “%1”.</source>
        <translation>[Ţĥîŝ ĵöƀ îŝ à ŝûƀ-ĵöƀ öf “%1”. ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>This is a multi-job. Its sub-jobs are worked in this order; drag them or use Move up and Move down to change it.</source>
        <translation>[Ţĥîŝ îŝ à mûĺţî-ĵöƀ. Îţŝ ŝûƀ-ĵöƀŝ àŕé ŵöŕķéđ îñ ţĥîŝ öŕđéŕ; đŕàĝ ţĥém öŕ ûŝé Mövé ûp àñđ Mövé đöŵñ ţö çĥàñĝé îţ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~]</translation>
    </message>
    <message>
        <source>This job has no sub-jobs. Add one to make it a multi-job: each sub-job is a job of its own, worked in the order of this list.</source>
        <translation>[Ţĥîŝ ĵöƀ ĥàŝ ñö ŝûƀ-ĵöƀŝ. Àđđ öñé ţö màķé îţ à mûĺţî-ĵöƀ: éàçĥ ŝûƀ-ĵöƀ îŝ à ĵöƀ öf îţŝ öŵñ, ŵöŕķéđ îñ ţĥé öŕđéŕ öf ţĥîŝ ĺîŝţ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>[Ŝýñç ĺöĝ~~~]</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>[Ŝýñç ŕûñŝ~~~]</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>[Ŝţàŕţéđ~~]</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>[Ŵĥý~]</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>[Ŝéñţ~]</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>[Ŕéfûŝéđ~~]</translation>
    </message>
    <message>
        <source>Catalog rows</source>
        <translation>[Çàţàĺöĝ ŕöŵŝ~~~~]</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>[Ŕéŝûĺţ~~]</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>[Éŕŕöŕŝ~~]</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>[Ŝ&amp;yñç ñöŵ~~~]</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>[Àŝķéđ föŕ~~~]</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>[Öñ ŝçĥéđûĺé~~~~]</translation>
    </message>
    <message>
        <source>Job made ready</source>
        <translation>[Ĵöƀ màđé ŕéàđý~~~~~]</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>[ßàçķ öñĺîñé~~~~]</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>[Ŝţàŕţ-ûp~~~]</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>[Çömmàñđ ĺîñé~~~~]</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>[Ñö ŝýñç ĥàŝ ŕûñ ýéţ. ~~~~~~]</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>[Pàûŝéđ~~]</translation>
    </message>
    <message>
        <source>Finished without errors</source>
        <translation>[Fîñîŝĥéđ ŵîţĥöûţ éŕŕöŕŝ ~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Sync is not set up: log in first.</source>
        <translation>[Ŝýñç îŝ ñöţ ŝéţ ûp: ĺöĝ îñ fîŕŝţ. ~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>A sync is running now.</source>
        <translation>[À ŝýñç îŝ ŕûññîñĝ ñöŵ. ~~~~~ ~]</translation>
    </message>
    <message>
        <source>The newest run is at the top.</source>
        <translation>[Ţĥé ñéŵéŝţ ŕûñ îŝ àţ ţĥé ţöp. ~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>installations and equipment</source>
        <translation>[îñŝţàĺĺàţîöñŝ àñđ éqûîpméñţ ~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>[çömpàñîéŝ~~~]</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>[çöñţàçţŝ~~~]</translation>
    </message>
    <message>
        <source>users</source>
        <translation>[ûŝéŕŝ~]</translation>
    </message>
    <message>
        <source>job types</source>
        <translation>[ĵöƀ ţýpéŝ~~~]</translation>
    </message>
    <message>
        <source>priorities</source>
        <translation>[pŕîöŕîţîéŝ~~~]</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>[ŝţàţûŝéŝ~~~]</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>[ŝķîĺĺŝ~~]</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>[çöûñţŕîéŝ~~~]</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>About wo-desktop</source>
        <translation>[Àƀöûţ ŵö-đéŝķţöp~~~~~~]</translation>
    </message>
    <message>
        <source>wo-desktop %1
Enter field-service work orders without a network; they are kept on this computer and delivered exactly once when the network is back.</source>
        <translation>[ŵö-đéŝķţöp %1~~~~~]
[Éñţéŕ fîéĺđ-ŝéŕvîçé ŵöŕķ öŕđéŕŝ ŵîţĥöûţ à ñéţŵöŕķ; ţĥéý àŕé ķépţ öñ ţĥîŝ çömpûţéŕ àñđ đéĺîvéŕéđ éxàçţĺý öñçé ŵĥéñ ţĥé ñéţŵöŕķ îŝ ƀàçķ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Jobs not sent yet</source>
        <translation>[Ĵöƀŝ ñöţ ŝéñţ ýéţ~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) have not reached the server yet.</source>
        <translation>
            <numerusform>[%n ĵöƀ(ŝ) ĥàvé ñöţ ŕéàçĥéđ ţĥé ŝéŕvéŕ ýéţ. ~~~~~ ~~~~~ ~~~]</numerusform>
            <numerusform>[%n ĵöƀ(ŝ) ĥàvé ñöţ ŕéàçĥéđ ţĥé ŝéŕvéŕ ýéţ. ~~~~~ ~~~~~ ~~~]</numerusform>
        </translation>
    </message>
    <message>
        <source>They are saved on this computer and nothing is lost by closing. They will be sent at the next sync, the next time wo-desktop is open with a network.</source>
        <translation>[Ţĥéý àŕé ŝàvéđ öñ ţĥîŝ çömpûţéŕ àñđ ñöţĥîñĝ îŝ ĺöŝţ ƀý çĺöŝîñĝ. Ţĥéý ŵîĺĺ ƀé ŝéñţ àţ ţĥé ñéxţ ŝýñç, ţĥé ñéxţ ţîmé ŵö-đéŝķţöp îŝ öpéñ ŵîţĥ à ñéţŵöŕķ. ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>[&amp;Cĺöŝé àñýŵàý~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>[&amp;Sýñç ñöŵ~~~]</translation>
    </message>
</context>
</TS>
