<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>nc::Assessment</name>
    <message numerus="yes">
        <source>Your pegfilgrastim injection is dated on a day of chemotherapy or in the %n days before one. It is usually given at least a day after chemotherapy: please check the dates with your care team.</source>
        <translation>
            <numerusform>Your pegfilgrastim injection is dated on a day of chemotherapy or on the day before one. It is usually given at least a day after chemotherapy: please check the dates with your care team.</numerusform>
            <numerusform>Your pegfilgrastim injection is dated on a day of chemotherapy or in the %n days before one. It is usually given at least a day after chemotherapy: please check the dates with your care team.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::AuditScreen</name>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exported to %1.</source>
        <translation>
            <numerusform>%n change exported to %1.</numerusform>
            <numerusform>%n changes exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::BoardModel</name>
    <message numerus="yes">
        <source>None in the last %n hour(s)</source>
        <translation>
            <numerusform>None in the last %n hour</numerusform>
            <numerusform>None in the last %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::DeskWindow</name>
    <message numerus="yes">
        <source>(%n escalated) NeutroCare triage desk — %1</source>
        <translation>
            <numerusform>(%n escalated) NeutroCare triage desk — %1</numerusform>
            <numerusform>(%n escalated) NeutroCare triage desk — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::ExchangeActions</name>
    <message numerus="yes">
        <source>Imported %n record(s) from %1.</source>
        <translation>
            <numerusform>Imported %n record from %1.</numerusform>
            <numerusform>Imported %n records from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::ImportDialog</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) the lab marked as entered in error or cancelled (not imported).</source>
        <translation>
            <numerusform>%n result the lab marked as entered in error or cancelled (not imported).</numerusform>
            <numerusform>%n results the lab marked as entered in error or cancelled (not imported).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n record(s)</source>
        <translation>
            <numerusform>&amp;Import %n record</numerusform>
            <numerusform>&amp;Import %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the first %1 are listed.</source>
        <translation>
            <numerusform>%n problem found; the first %1 are listed.</numerusform>
            <numerusform>%n problems found; the first %1 are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::LinkStatus</name>
    <message numerus="yes">
        <source>%n entries waiting to be sent — no connection since %1</source>
        <translation>
            <numerusform>%n entry waiting to be sent — no connection since %1</numerusform>
            <numerusform>%n entries waiting to be sent — no connection since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting to be sent — the clinic server did not take them</source>
        <translation>
            <numerusform>%n entry waiting to be sent — the clinic server did not take it</numerusform>
            <numerusform>%n entries waiting to be sent — the clinic server did not take them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n entries to %1…</source>
        <translation>
            <numerusform>Sending %n entry to %1…</numerusform>
            <numerusform>Sending %n entries to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked to %1 — %n entries to send</source>
        <translation>
            <numerusform>Linked to %1 — %n entry to send</numerusform>
            <numerusform>Linked to %1 — %n entries to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::PatientReport</name>
    <message numerus="yes">
        <source>In this period and the %n days before it.</source>
        <translation>
            <numerusform>In this period and the day before it.</numerusform>
            <numerusform>In this period and the %n days before it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A fever medicine can lower a temperature for up to %n hours: readings taken then are flagged.</source>
        <translation>
            <numerusform>A fever medicine can lower a temperature for up to %n hour: readings taken then are flagged.</numerusform>
            <numerusform>A fever medicine can lower a temperature for up to %n hours: readings taken then are flagged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::PrecautionsScreen</name>
    <message numerus="yes">
        <source>The last %n days</source>
        <translation>
            <numerusform>The last day</numerusform>
            <numerusform>The last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::RestoreDialog</name>
    <message numerus="yes">
        <source>NeutroCare keeps a copy of your data every day, for the last %n days. Choose the copy to go back to. Your data as it is now is saved first, so nothing is lost.</source>
        <translation>
            <numerusform>NeutroCare keeps a copy of your data every day, for the last day. Choose the copy to go back to. Your data as it is now is saved first, so nothing is lost.</numerusform>
            <numerusform>NeutroCare keeps a copy of your data every day, for the last %n days. Choose the copy to go back to. Your data as it is now is saved first, so nothing is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every profile (%n in all)</source>
        <translation>
            <numerusform>Every profile (%n in all)</numerusform>
            <numerusform>Every profile (%n in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This replaces all %n profiles with the copy of %1.</source>
        <translation>
            <numerusform>This replaces all %n profiles with the copy of %1.</numerusform>
            <numerusform>This replaces all %n profiles with the copy of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, added since then, will be removed, with its %n record(s).</source>
        <translation>
            <numerusform>%1, added since then, will be removed, with its %n record.</numerusform>
            <numerusform>%1, added since then, will be removed, with its %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, deleted since then, will come back, with its %n record(s).</source>
        <translation>
            <numerusform>%1, deleted since then, will come back, with its %n record.</numerusform>
            <numerusform>%1, deleted since then, will come back, with its %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) made or changed since then, in %1, will be lost.</source>
        <translation>
            <numerusform>%n record made or changed since then, in %1, will be lost.</numerusform>
            <numerusform>%n records made or changed since then, in %1, will be lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted since then, in %1, will come back.</source>
        <translation>
            <numerusform>%n record deleted since then, in %1, will come back.</numerusform>
            <numerusform>%n records deleted since then, in %1, will come back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::RiskScoresForm</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::TemperatureTrigger</name>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::charts::AncChartModel</name>
    <message numerus="yes">
        <source>Latest count is %n days old: out of date</source>
        <translation>
            <numerusform>Latest count is %n day old: out of date</numerusform>
            <numerusform>Latest count is %n days old: out of date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::timetext</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
