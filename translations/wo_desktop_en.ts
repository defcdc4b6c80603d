<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HistoryTab</name>
    <message numerus="yes">
        <source>%n attempt(s) so far; it is tried again later.</source>
        <translation>
            <numerusform>%n attempt so far; it is tried again later.</numerusform>
            <numerusform>%n attempts so far; it is tried again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobEditor</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Delete the %n job(s) in the trash for good?</source>
        <translation>
            <numerusform>Delete the %n job in the trash for good?</numerusform>
            <numerusform>Delete the %n jobs in the trash for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>Not ready to send yet: %n problem(s) to fix (click one to go there).</source>
        <translation>
            <numerusform>Not ready to send yet: %n problem to fix (click it to go there).</numerusform>
            <numerusform>Not ready to send yet: %n problems to fix (click one to go there).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message numerus="yes">
        <source>Older than %n day(s)</source>
        <translation>
            <numerusform>Older than %n day</numerusform>
            <numerusform>Older than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still waiting to be sent.</source>
        <translation>
            <numerusform>%n job is still waiting to be sent.</numerusform>
            <numerusform>%n jobs are still waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready to go offline: %n thing(s) to fix.</source>
        <translation>
            <numerusform>Not ready to go offline: %n thing to fix.</numerusform>
            <numerusform>Not ready to go offline: %n things to fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message numerus="yes">
        <source>Starting the demo server with %n installation(s)…</source>
        <translation>
            <numerusform>Starting the demo server with %n installation…</numerusform>
            <numerusform>Starting the demo server with %n installations…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>updated %n minute ago</numerusform>
            <numerusform>updated %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>updated %n hour ago</numerusform>
            <numerusform>updated %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n day(s) ago</source>
        <translation>
            <numerusform>updated %n day ago</numerusform>
            <numerusform>updated %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting to be sent</source>
        <translation>
            <numerusform>%n job waiting to be sent</numerusform>
            <numerusform>%n jobs waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalog is older than %n day(s): sync before going offline.</source>
        <translation>
            <numerusform>The catalog is older than %n day: sync before going offline.</numerusform>
            <numerusform>The catalog is older than %n days: sync before going offline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message numerus="yes">
        <source>%n job(s) have not reached the server yet.</source>
        <translation>
            <numerusform>%n job has not reached the server yet.</numerusform>
            <numerusform>%n jobs have not reached the server yet.</numerusform>
        </translation>
    </message>
</context>
</TS>
