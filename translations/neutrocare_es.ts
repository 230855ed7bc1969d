<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>Neutropenia self-monitoring during chemotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database file &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start minimised (used at login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NeutroCare cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc</name>
    <message>
        <source>at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temperature was taken within 6 hours of a fever-lowering medicine, so it may read lower than your real temperature. It can never clear an alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your temperature of %1 is %2 your clinic&apos;s fever limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your temperature of %1 is below %2. A low temperature can also be a sign of a serious infection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ear, forehead and under-the-arm thermometers can read lower than a thermometer in the mouth. If you feel unwell, call even if the number looks normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please avoid taking your temperature in the bottom (rectally) while your blood count may be low: it can cause infection or bleeding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your temperature has stayed %1 %2 for %3 minutes or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reported &quot;%1&quot;. This needs a call to your care team straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your neutrophil count is at your usual level, as your clinic recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reported a possible sign of infection: %1. Call your care team today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your temperature is raised but not yet at the fever limit. Take it again soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last blood count shows very few neutrophils (%1/µL): you can catch infections easily. Take extra care and check your temperature often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more warning signs together need a call to your care team now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You contacted your care team: follow the advice they gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in the days after chemotherapy when your blood count is expected to be lowest (day %1). This is a prediction, not a blood count: check your temperature at least twice a day and whenever you feel unwell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You had a G-CSF injection this cycle: the low-count days may be shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only, so this could not be saved. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is not valid for the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alert no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::AcknowledgeDialog</name>
    <message>
        <source>I contacted my care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They told me to go to hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They told me to stay at home and keep checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I could not reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot reach your care team, go to the nearest emergency department and say you are on chemotherapy. The warning stays on until you reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted care team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::AntipyreticDialog</name>
    <message>
        <source>Log a painkiller dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your temperature before a painkiller: if it is high, call your care team first. For 6 hours after a dose a reading may look lower than it really is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log painkiller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::BloodCount</name>
    <message>
        <source>Please enter the %1 as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is too high for a %3: check the number and its unit (the highest accepted is %4 cells/µL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutrophil count (ANC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>white cell count (WBC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A white cell count needs its differential (neutrophils %) to give an ANC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter either the total neutrophils % or the segmented and band %, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band neutrophils need the segmented neutrophils % as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutrophils percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segmented neutrophils percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bands percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmented and band neutrophils together cannot be more than 100%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::BloodCountDialog</name>
    <message>
        <source>Log a blood count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lab report shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neutrophil count (ANC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White cells (WBC) and total neutrophils %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White cells (WBC), segmented % and bands %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report &amp;shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutrophil count (ANC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ANC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White cell count (WBC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WBC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutrophils, percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neutrophils %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmented neutrophils, percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;egmented %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band neutrophils, percent (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bands % (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood &amp;taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laboratory or clinic (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lab (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the neutrophil count (ANC) as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the white cell count (WBC) as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the neutrophils percentage as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the segmented neutrophils percentage as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log blood count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::Database</name>
    <message>
        <source>The file %1 could not be read as a NeutroCare database. It may be damaged or not a database at all; it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of NeutroCare (data version %1; this version understands up to %2). Please update NeutroCare. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (SQLite&apos;s integrity check failed). It has not been changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not configure the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database to data version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the database tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::FirstRunDialog</name>
    <message>
        <source>Welcome to NeutroCare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NeutroCare helps you keep an eye on your temperature and blood counts during chemotherapy, and tells you clearly when to call your care team. Ask your nurse which fever protocol and phone numbers to use. You can change all of this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::HistoryScreen</name>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told to go to hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told to stay home and monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painkiller doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painkiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — may be masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANC (/µL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From WBC × %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete blood count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete painkiller dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::LogDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::MainWindow</name>
    <message>
        <source>NeutroCare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Looking after: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blood count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymptoms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Painkiller dose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;reatment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medicine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About NeutroCare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About NeutroCare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;NeutroCare %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Self-monitoring and education for people on chemotherapy at risk of neutropenia. It does not diagnose: when in doubt, call your care team.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your care team now. When you have, press &quot;I contacted my care team&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is time to take your temperature again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in your low-count days: please take your temperature now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G-CSF injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 injection is due today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::MedicineDialog</name>
    <message>
        <source>Add a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ⓘ %1 can sometimes lower the neutrophil count. Keep taking it as prescribed and ask your care team about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the medicine&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::ProfileForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Maria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year of birth (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic&apos;s &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the clinic&apos;s protocol file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever &amp;protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your clinic&apos;s protocol file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic or care team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic or care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team phone number, daytime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, &amp;daytime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team phone number, evenings, nights and weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, &amp;evenings and weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celsius (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fahrenheit (°F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the clinic&apos;s protocol file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This protocol file cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This protocol file cannot be used: &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a name for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::Protocol</name>
    <message>
        <source>IDSA / ASCO (United States)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDC patient guidance (100.4 °F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESMO 2016 (Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NICE CG151 (United Kingdom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK acute oncology alert card (37.5 °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before nadir_start_day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be above the single-reading threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be below the single-reading threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a protocol file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::Record</name>
    <message>
        <source>This entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::Settings</name>
    <message>
        <source>The profile could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large text everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start NeutroCare &amp;minimised when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start minimised when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning temperature reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning &amp;reminder (low-count days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening temperature reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vening reminder (low-count days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::StatusCard</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;I am on chemotherapy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My temperature is %1, taken at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My last treatment was on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My last treatment was on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I may have neutropenia and an infection.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep taking your temperature as your care team advised, and whenever you feel unwell or shivery. If you are worried, call them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your care team or your chemotherapy helpline now. If you cannot reach anyone, go to the nearest emergency department. (Add your care team&apos;s numbers in Settings so they show here.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, daytime: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evenings, nights and weekends: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to say:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not wait to see if it goes away, and do not take paracetamol or ibuprofen before you call. People on chemotherapy with a fever usually need antibiotics within an hour of arriving at hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I contacted my care team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I contacted my care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you contacted your care team and what they told you (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your temperature now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your temperature again in %1 (by %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::SymptomDialog</name>
    <message>
        <source>Log symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How do you feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one symptom (Space ticks the selected one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log symptom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::Temperature</name>
    <message>
        <source>Please enter the temperature as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible body temperature. Did you mean %1 %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible body temperature: it must lie between %3 and %4 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::TemperatureDialog</name>
    <message>
        <source>Edit temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 37.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 99.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I took &amp;paracetamol, ibuprofen or another fever-lowering painkiller in the last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I took a fever-lowering painkiller in the last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the temperature as a number, for example 37.8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time is in the future. Please check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log temperature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::TodayScreen</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Latest temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest neutrophil count (ANC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painkiller dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a temperature with Ctrl+T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/µL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — at your usual level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — old result: ask when your next blood test is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a blood count with Ctrl+B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 after chemotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the expected low-count days (%1 – %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected low-count days: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. A prediction, not a blood count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> May be shorter with G-CSF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent chemotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a treatment with Ctrl+R.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::TreatmentDialog</name>
    <message>
        <source>Log a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regimen (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example FEC-T, cycle 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regimen (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team gave me different low-count days for this regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use different low-count days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-count days start, days after the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-count days end, days after the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-count days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last low-count day cannot be before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log treatment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::antipyretics</name>
    <message>
        <source>Paracetamol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acetaminophen (Tylenol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ibuprofen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naproxen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspirin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another anti-inflammatory painkiller (NSAID)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::assessjson</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol preset &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a preset id or a protocol object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WBC needs its differential (neutrophils_pct, or segs_pct with optional bands_pct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be exactly one of: anc; wbc with neutrophils_pct; wbc with segs_pct and optional bands_pct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symptom code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treatment kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date like 2026-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>antipyretic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1000 cells/µL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::assessjson::Reader</name>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an ISO 8601 time with an offset, like 2026-03-10T08:00:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::assessjson::Reader::F</name>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::assessjson::T</name>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::grading</name>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild neutropenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate neutropenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe neutropenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profound neutropenia</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::levels</name>
    <message>
        <source>No warning signs right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take extra care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your temperature again soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your care team today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever or warning sign — call your care team now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::sites</name>
    <message>
        <source>By mouth (oral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the ear (tympanic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forehead (temporal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the arm (axillary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectal (not advised)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::symptoms</name>
    <message>
        <source>Shaking chills (rigors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard to breathe or short of breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confused or very drowsy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fainting or nearly fainting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling very unwell, even without a fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bleeding that will not stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No urine for 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep fluids down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouth sores or ulcers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burning or stinging when passing urine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redness, swelling or pus at a wound or line site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swollen glands (lymph nodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chills or feeling cold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::treatments</name>
    <message>
        <source>Chemotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filgrastim (daily G-CSF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegfilgrastim (G-CSF once a cycle)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
