<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>Neutropenia self-monitoring during chemotherapy</source>
        <translation>Autocontrol de la neutropenia durante la quimioterapia</translation>
    </message>
    <message>
        <source>Use the database file &lt;path&gt;.</source>
        <translation>Usar el archivo de base de datos &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Start minimised (used at login).</source>
        <translation>Iniciar minimizado (se usa al iniciar sesión).</translation>
    </message>
    <message>
        <source>NeutroCare cannot open its data</source>
        <translation>NeutroCare no puede abrir sus datos</translation>
    </message>
</context>
<context>
    <name>nc::AcknowledgeDialog</name>
    <message>
        <source>I contacted my care team</source>
        <translation>He llamado a mi equipo médico</translation>
    </message>
    <message>
        <source>They told me to go to hospital</source>
        <translation>Me dijeron que fuera al hospital</translation>
    </message>
    <message>
        <source>They told me to stay at home and keep checking</source>
        <translation>Me dijeron que me quedara en casa y siguiera vigilándome</translation>
    </message>
    <message>
        <source>I could not reach them</source>
        <translation>No pude hablar con ellos</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <source>If you cannot reach your care team, go to the nearest emergency department and say you are on chemotherapy. The warning stays on until you reach them.</source>
        <translation>Si no consigue hablar con su equipo médico, vaya al servicio de urgencias más cercano y diga que está en tratamiento con quimioterapia. El aviso seguirá activo hasta que hable con ellos.</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>Please choose what happened.</source>
        <translation>Elija qué pasó, por favor.</translation>
    </message>
    <message>
        <source>Contacted care team</source>
        <translation>Llamada al equipo médico</translation>
    </message>
</context>
<context>
    <name>nc::AdherenceStrip</name>
    <message>
        <source>a predicted low-count day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Hoy</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 precautions ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 after treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A predicted low-count day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::AntipyreticDialog</name>
    <message>
        <source>Log a painkiller dose</source>
        <translation>Registrar una dosis de analgésico</translation>
    </message>
    <message>
        <source>Take your temperature before a painkiller: if it is high, call your care team first. For 6 hours after a dose a reading may look lower than it really is.</source>
        <translation>Tómese la temperatura antes de tomar un analgésico: si está alta, llame primero a su equipo médico. Durante las 6 horas siguientes a una dosis, la temperatura puede parecer más baja de lo que es.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>&amp;Medicamento</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>Log painkiller</source>
        <translation>Registrar analgésico</translation>
    </message>
    <message>
        <source>Edit painkiller dose</source>
        <translation>Editar dosis de analgésico</translation>
    </message>
</context>
<context>
    <name>nc::Article</name>
    <message>
        <source>the file must start with a &quot;---&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter has no closing &quot;---&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list item &quot;%1&quot; follows no list key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;key: value&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished">clave desconocida «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished">debe ser un número entero</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: lower-case letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished">es obligatorio</translation>
    </message>
    <message>
        <source>at least one source is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (lower-case letters, digits and dashes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::Assessment</name>
    <message>
        <source>at or above</source>
        <translation>igual o superior a</translation>
    </message>
    <message>
        <source>above</source>
        <translation>superior a</translation>
    </message>
    <message>
        <source>A temperature was taken within 6 hours of a fever-lowering medicine, so it may read lower than your real temperature. It can never clear an alert.</source>
        <translation>Se tomó una temperatura en las 6 horas siguientes a un medicamento para la fiebre, así que puede marcar menos de lo que realmente tiene. Esa medida nunca anula un aviso.</translation>
    </message>
    <message>
        <source>Your temperature of %1 is %2 your clinic&apos;s fever limit of %3.</source>
        <translation>Su temperatura, %1, es %2 %3, el límite de fiebre de su clínica.</translation>
    </message>
    <message>
        <source>Your temperature of %1 is below %2. A low temperature can also be a sign of a serious infection.</source>
        <translation>Su temperatura, %1, es inferior a %2. Una temperatura baja también puede ser señal de una infección grave.</translation>
    </message>
    <message>
        <source>Ear, forehead and under-the-arm thermometers can read lower than a thermometer in the mouth. If you feel unwell, call even if the number looks normal.</source>
        <translation>Los termómetros de oído, de frente y de axila pueden marcar menos que uno en la boca. Si se encuentra mal, llame aunque la cifra parezca normal.</translation>
    </message>
    <message>
        <source>Please avoid taking your temperature in the bottom (rectally) while your blood count may be low: it can cause infection or bleeding.</source>
        <translation>Mientras sus defensas puedan estar bajas, no se tome la temperatura por el ano (vía rectal): puede causar una infección o un sangrado.</translation>
    </message>
    <message>
        <source>Your temperature has stayed %1 %2 for %3 minutes or more.</source>
        <translation>Su temperatura se ha mantenido %1 %2 durante %3 minutos o más.</translation>
    </message>
    <message>
        <source>You reported &quot;%1&quot;. This needs a call to your care team straight away.</source>
        <translation>Ha indicado «%1». Esto requiere llamar a su equipo médico de inmediato.</translation>
    </message>
    <message>
        <source>Your neutrophil count is at your usual level, as your clinic recorded it.</source>
        <translation>Su recuento de neutrófilos está en su nivel habitual, según el dato que registró su clínica.</translation>
    </message>
    <message>
        <source>You reported a possible sign of infection: %1. Call your care team today.</source>
        <translation>Ha indicado un posible signo de infección: %1. Llame hoy a su equipo médico.</translation>
    </message>
    <message>
        <source>Your temperature is raised but not yet at the fever limit. Take it again soon.</source>
        <translation>Su temperatura está algo alta, pero todavía no llega al límite de fiebre. Vuelva a tomársela pronto.</translation>
    </message>
    <message>
        <source>Your last blood count shows very few neutrophils (%1/µL): you can catch infections easily. Take extra care and check your temperature often.</source>
        <translation>Su último análisis de sangre muestra muy pocos neutrófilos (%1/µL): puede contraer infecciones con facilidad. Tenga especial cuidado y tómese la temperatura a menudo.</translation>
    </message>
    <message>
        <source>Two or more warning signs together need a call to your care team now.</source>
        <translation>Tiene dos o más signos de alarma a la vez: llame ahora a su equipo médico.</translation>
    </message>
    <message>
        <source>You contacted your care team: follow the advice they gave you.</source>
        <translation>Ya ha llamado a su equipo médico: siga las indicaciones que le dieron.</translation>
    </message>
    <message>
        <source>You are in the days after chemotherapy when your blood count is expected to be lowest (day %1). This is a prediction, not a blood count: check your temperature at least twice a day and whenever you feel unwell.</source>
        <translation>Está en los días después de la quimioterapia en los que se espera que sus defensas estén más bajas (día %1). Es una previsión, no un análisis de sangre: tómese la temperatura al menos dos veces al día y siempre que se encuentre mal.</translation>
    </message>
    <message>
        <source>You had a G-CSF injection this cycle: the low-count days may be shorter.</source>
        <translation>En este ciclo le han puesto una inyección de G-CSF: los días de defensas bajas pueden durar menos.</translation>
    </message>
    <message>
        <source>No warning signs right now</source>
        <translation>Ahora mismo no hay signos de alarma</translation>
    </message>
    <message>
        <source>Take extra care</source>
        <translation>Extreme las precauciones</translation>
    </message>
    <message>
        <source>Take your temperature again soon</source>
        <translation>Vuelva a tomarse la temperatura pronto</translation>
    </message>
    <message>
        <source>Call your care team today</source>
        <translation>Llame hoy a su equipo médico</translation>
    </message>
    <message>
        <source>Fever or warning sign — call your care team now</source>
        <translation>Fiebre o signo de alarma: llame ahora a su equipo médico</translation>
    </message>
</context>
<context>
    <name>nc::BloodCount</name>
    <message>
        <source>Please enter the %1 as a number.</source>
        <translation>Escriba el %1 en cifras, por favor.</translation>
    </message>
    <message>
        <source>The %1 cannot be negative.</source>
        <translation>El %1 no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1 %2 is too high for a %3: check the number and its unit (the highest accepted is %4 cells/µL).</source>
        <translation>%1 %2 es demasiado alto para un %3: revise la cifra y la unidad (el máximo admitido es %4 células/µL).</translation>
    </message>
    <message>
        <source>The %1 must be a percentage from 0 to 100.</source>
        <translation>El %1 debe ser un porcentaje entre 0 y 100.</translation>
    </message>
    <message>
        <source>neutrophil count (ANC)</source>
        <translation>recuento de neutrófilos (RAN)</translation>
    </message>
    <message>
        <source>white cell count (WBC)</source>
        <translation>recuento de leucocitos</translation>
    </message>
    <message>
        <source>A white cell count needs its differential (neutrophils %) to give an ANC.</source>
        <translation>Para calcular el RAN, el recuento de leucocitos necesita el porcentaje de neutrófilos (fórmula leucocitaria).</translation>
    </message>
    <message>
        <source>Enter either the total neutrophils % or the segmented and band %, not both.</source>
        <translation>Escriba el % total de neutrófilos o bien el % de segmentados y de cayados, pero no ambos.</translation>
    </message>
    <message>
        <source>Band neutrophils need the segmented neutrophils % as well.</source>
        <translation>Si escribe los cayados, escriba también el % de neutrófilos segmentados.</translation>
    </message>
    <message>
        <source>neutrophils percentage</source>
        <translation>porcentaje de neutrófilos</translation>
    </message>
    <message>
        <source>segmented neutrophils percentage</source>
        <translation>porcentaje de neutrófilos segmentados</translation>
    </message>
    <message>
        <source>bands percentage</source>
        <translation>porcentaje de cayados</translation>
    </message>
    <message>
        <source>Segmented and band neutrophils together cannot be more than 100%.</source>
        <translation>Los neutrófilos segmentados y los cayados juntos no pueden superar el 100 %.</translation>
    </message>
</context>
<context>
    <name>nc::BloodCountDialog</name>
    <message>
        <source>Log a blood count</source>
        <translation>Registrar un análisis de sangre</translation>
    </message>
    <message>
        <source>What the lab report shows</source>
        <translation>Qué muestra el informe del laboratorio</translation>
    </message>
    <message>
        <source>The neutrophil count (ANC)</source>
        <translation>El recuento de neutrófilos (RAN)</translation>
    </message>
    <message>
        <source>White cells (WBC) and total neutrophils %</source>
        <translation>Leucocitos y % total de neutrófilos</translation>
    </message>
    <message>
        <source>White cells (WBC), segmented % and bands %</source>
        <translation>Leucocitos, % de segmentados y % de cayados</translation>
    </message>
    <message>
        <source>The report &amp;shows</source>
        <translation>El informe &amp;muestra</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>Neutrophil count (ANC)</source>
        <translation>Recuento de neutrófilos (RAN)</translation>
    </message>
    <message>
        <source>&amp;ANC</source>
        <translation>&amp;RAN</translation>
    </message>
    <message>
        <source>White cell count (WBC)</source>
        <translation>Recuento de leucocitos</translation>
    </message>
    <message>
        <source>&amp;WBC</source>
        <translation>&amp;Leucocitos</translation>
    </message>
    <message>
        <source>Neutrophils, percent</source>
        <translation>Neutrófilos, porcentaje</translation>
    </message>
    <message>
        <source>&amp;Neutrophils %</source>
        <translation>&amp;Neutrófilos %</translation>
    </message>
    <message>
        <source>Segmented neutrophils, percent</source>
        <translation>Neutrófilos segmentados, porcentaje</translation>
    </message>
    <message>
        <source>S&amp;egmented %</source>
        <translation>&amp;Segmentados %</translation>
    </message>
    <message>
        <source>Band neutrophils, percent (optional)</source>
        <translation>Cayados (neutrófilos en banda), porcentaje (opcional)</translation>
    </message>
    <message>
        <source>&amp;Bands % (optional)</source>
        <translation>&amp;Cayados % (opcional)</translation>
    </message>
    <message>
        <source>Blood &amp;taken</source>
        <translation>&amp;Fecha de la extracción</translation>
    </message>
    <message>
        <source>Laboratory or clinic (optional)</source>
        <translation>Laboratorio o clínica (opcional)</translation>
    </message>
    <message>
        <source>&amp;Lab (optional)</source>
        <translation>La&amp;boratorio (opcional)</translation>
    </message>
    <message>
        <source>Please type the neutrophil count (ANC) as a number.</source>
        <translation>Escriba el recuento de neutrófilos (RAN) en cifras.</translation>
    </message>
    <message>
        <source>Please type the white cell count (WBC) as a number.</source>
        <translation>Escriba el recuento de leucocitos en cifras.</translation>
    </message>
    <message>
        <source>Please type the neutrophils percentage as a number.</source>
        <translation>Escriba el porcentaje de neutrófilos en cifras.</translation>
    </message>
    <message>
        <source>Please type the segmented neutrophils percentage as a number.</source>
        <translation>Escriba el porcentaje de neutrófilos segmentados en cifras.</translation>
    </message>
    <message>
        <source>Log blood count</source>
        <translation>Registrar análisis de sangre</translation>
    </message>
    <message>
        <source>Edit blood count</source>
        <translation>Editar análisis de sangre</translation>
    </message>
</context>
<context>
    <name>nc::ContentCatalogue</name>
    <message>
        <source>Read next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::Database</name>
    <message>
        <source>The file %1 could not be read as a NeutroCare database. It may be damaged or not a database at all; it has not been changed.</source>
        <translation>El archivo %1 no se pudo leer como base de datos de NeutroCare. Puede estar dañado o no ser una base de datos; no se ha modificado.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of NeutroCare (data version %1; this version understands up to %2). Please update NeutroCare. The file has not been changed.</source>
        <translation>Esta base de datos la creó una versión más reciente de NeutroCare (versión de datos %1; esta versión entiende hasta la %2). Actualice NeutroCare, por favor. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation>No se pudo crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <source>Could not create the database %1: %2</source>
        <translation>No se pudo crear la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation>No se pudo abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged (SQLite&apos;s integrity check failed). It has not been changed. Restore it from a backup.</source>
        <translation>La base de datos %1 está dañada (falló la comprobación de integridad de SQLite). No se ha modificado. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it: %1</source>
        <translation>No se pudo hacer una copia de seguridad de la base de datos antes de actualizarla: %1</translation>
    </message>
    <message>
        <source>Could not configure the database: %1</source>
        <translation>No se pudo configurar la base de datos: %1</translation>
    </message>
    <message>
        <source>Could not upgrade the database to data version %1: %2</source>
        <translation>No se pudo actualizar la base de datos a la versión de datos %1: %2</translation>
    </message>
    <message>
        <source>Could not create the database tables: %1</source>
        <translation>No se pudieron crear las tablas de la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>nc::FirstRunDialog</name>
    <message>
        <source>Welcome to NeutroCare</source>
        <translation>Le damos la bienvenida a NeutroCare</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>A new profile</source>
        <translation>Un perfil nuevo</translation>
    </message>
    <message>
        <source>NeutroCare helps you keep an eye on your temperature and blood counts during chemotherapy, and tells you clearly when to call your care team. Ask your nurse which fever protocol and phone numbers to use. You can change all of this later in Settings.</source>
        <translation>NeutroCare le ayuda a vigilar su temperatura y sus análisis de sangre durante la quimioterapia, y le dice con claridad cuándo llamar a su equipo médico. Pregunte a su enfermera o enfermero qué protocolo de fiebre y qué teléfonos debe usar. Puede cambiar todo esto más adelante en Ajustes.</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>C&amp;rear perfil</translation>
    </message>
</context>
<context>
    <name>nc::HistoryScreen</name>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Told to go to hospital</source>
        <translation>Le dijeron que fuera al hospital</translation>
    </message>
    <message>
        <source>Told to stay home and monitor</source>
        <translation>Le dijeron que se quedara en casa y se vigilara</translation>
    </message>
    <message>
        <source>Could not reach the care team</source>
        <translation>No pudo hablar con el equipo médico</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Temperaturas</translation>
    </message>
    <message>
        <source>Blood counts</source>
        <translation>Análisis de sangre</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Painkiller doses</source>
        <translation>Dosis de analgésicos</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Alerts and calls</source>
        <translation>Avisos y llamadas</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Delete the selected entry (can be undone)</source>
        <translation>Borrar el registro seleccionado (se puede deshacer)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Como se anotó</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Painkiller</source>
        <translation>Analgésico</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Yes — may be masked</source>
        <translation>Sí — puede estar enmascarada</translation>
    </message>
    <message>
        <source>Delete temperature</source>
        <translation>Borrar temperatura</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Extracción</translation>
    </message>
    <message>
        <source>ANC (/µL)</source>
        <translation>RAN (/µL)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>From WBC × %</source>
        <translation>Leucocitos × %</translation>
    </message>
    <message>
        <source>Delete blood count</source>
        <translation>Borrar análisis de sangre</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Delete symptom</source>
        <translation>Borrar síntoma</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Delete painkiller dose</source>
        <translation>Borrar dosis de analgésico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Delete treatment</source>
        <translation>Borrar tratamiento</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Delete medicine</source>
        <translation>Borrar medicamento</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Llamó</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Delete alert</source>
        <translation>Borrar aviso</translation>
    </message>
    <message>
        <source>▲ Fever level</source>
        <translation>▲ Nivel de fiebre</translation>
    </message>
    <message>
        <source>△ Raised</source>
        <translation>△ Algo alta</translation>
    </message>
    <message>
        <source>▼ Low</source>
        <translation>▼ Baja</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Valoración</translation>
    </message>
</context>
<context>
    <name>nc::LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short articles in plain words, checked against medical guidelines. They explain; your care team decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: fever, food, G-CSF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to the next article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches “%1”. Try a shorter or different word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 article matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles match “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::LogDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>N&amp;ote (optional)</source>
        <translation>N&amp;ota (opcional)</translation>
    </message>
</context>
<context>
    <name>nc::MainWindow</name>
    <message>
        <source>NeutroCare</source>
        <translation>NeutroCare</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>  Looking after: </source>
        <translation>  Paciente: </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>&amp;Temperature…</source>
        <translation>&amp;Temperatura…</translation>
    </message>
    <message>
        <source>&amp;Blood count…</source>
        <translation>&amp;Análisis de sangre…</translation>
    </message>
    <message>
        <source>S&amp;ymptoms…</source>
        <translation>&amp;Síntomas…</translation>
    </message>
    <message>
        <source>&amp;Painkiller dose…</source>
        <translation>&amp;Dosis de analgésico…</translation>
    </message>
    <message>
        <source>T&amp;reatment…</source>
        <translation>T&amp;ratamiento…</translation>
    </message>
    <message>
        <source>&amp;Medicine…</source>
        <translation>&amp;Medicamento…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>H&amp;istorial</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About NeutroCare</source>
        <translation>&amp;Acerca de NeutroCare</translation>
    </message>
    <message>
        <source>About NeutroCare</source>
        <translation>Acerca de NeutroCare</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;NeutroCare %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Self-monitoring and education for people on chemotherapy at risk of neutropenia. It does not diagnose: when in doubt, call your care team.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;NeutroCare %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Autocontrol e información para personas en tratamiento con quimioterapia con riesgo de neutropenia. No hace diagnósticos: si tiene dudas, llame a su equipo médico.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Call your care team now. When you have, press &quot;I contacted my care team&quot;.</source>
        <translation>Llame ahora a su equipo médico. Cuando lo haya hecho, pulse «He llamado a mi equipo médico».</translation>
    </message>
    <message>
        <source>Temperature check</source>
        <translation>Control de temperatura</translation>
    </message>
    <message>
        <source>It is time to take your temperature again.</source>
        <translation>Es hora de volver a tomarse la temperatura.</translation>
    </message>
    <message>
        <source>You are in your low-count days: please take your temperature now.</source>
        <translation>Está en sus días de defensas bajas: tómese la temperatura ahora, por favor.</translation>
    </message>
    <message>
        <source>G-CSF injection</source>
        <translation>Inyección de G-CSF</translation>
    </message>
    <message>
        <source>Your %1 injection is due today.</source>
        <translation>Hoy le toca la inyección de %1.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Precautions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::MedicineDialog</name>
    <message>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>&amp;Medicamento</translation>
    </message>
    <message>
        <source>ⓘ %1 can sometimes lower the neutrophil count. Keep taking it as prescribed and ask your care team about it.</source>
        <translation>ⓘ %1 a veces puede bajar el recuento de neutrófilos. Siga tomándolo como se lo recetaron y consúltelo con su equipo médico.</translation>
    </message>
    <message>
        <source>Dose (optional)</source>
        <translation>Dosis (opcional)</translation>
    </message>
    <message>
        <source>&amp;Dose (optional)</source>
        <translation>&amp;Dosis (opcional)</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>Fecha de &amp;inicio</translation>
    </message>
    <message>
        <source>Please type the medicine&apos;s name.</source>
        <translation>Escriba el nombre del medicamento.</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <source>Edit medicine</source>
        <translation>Editar medicamento</translation>
    </message>
</context>
<context>
    <name>nc::PrecautionsScreen</name>
    <message>
        <source>Precautions for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each one you have done today. Ticks are kept for each day, so tomorrow starts with a fresh list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most important in your low-count days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most important in your low-count days. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You are in your low-count days: day %1 after treatment.&lt;/b&gt;&lt;br&gt;Your neutrophils are expected to be at their lowest until %2, so infections are more likely. The precautions marked &lt;b&gt;“Most important in your low-count days”&lt;/b&gt; matter most now. This is a prediction, not a blood test: a fever still means a call straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in your low-count days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tick could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cycle, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a profile to keep your ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ticks, and every precaution done on %3 of %4 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your treatment on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::ProfileForm</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For example: Maria</source>
        <translation>Por ejemplo: María</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Year of birth (optional)</source>
        <translation>Año de nacimiento (opcional)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>&amp;Year of birth (optional)</source>
        <translation>Año de nacimien&amp;to (opcional)</translation>
    </message>
    <message>
        <source>Fever protocol</source>
        <translation>Protocolo de fiebre</translation>
    </message>
    <message>
        <source>Clinic&apos;s &amp;file…</source>
        <translation>Archi&amp;vo de la clínica…</translation>
    </message>
    <message>
        <source>Load the clinic&apos;s protocol file</source>
        <translation>Cargar el archivo de protocolo de la clínica</translation>
    </message>
    <message>
        <source>Fever &amp;protocol</source>
        <translation>&amp;Protocolo de fiebre</translation>
    </message>
    <message>
        <source>From your clinic&apos;s protocol file.</source>
        <translation>Del archivo de protocolo de su clínica.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Clinic or care team name</source>
        <translation>Nombre de la clínica o del equipo médico</translation>
    </message>
    <message>
        <source>&amp;Clinic or care team</source>
        <translation>&amp;Clínica o equipo médico</translation>
    </message>
    <message>
        <source>Care team phone number, daytime</source>
        <translation>Teléfono del equipo médico, de día</translation>
    </message>
    <message>
        <source>Phone, &amp;daytime</source>
        <translation>Teléfono de &amp;día</translation>
    </message>
    <message>
        <source>Care team phone number, evenings, nights and weekends</source>
        <translation>Teléfono del equipo médico, tardes, noches y fines de semana</translation>
    </message>
    <message>
        <source>Phone, &amp;evenings and weekends</source>
        <translation>Teléfono noches y fines de &amp;semana</translation>
    </message>
    <message>
        <source>Temperature unit</source>
        <translation>Unidad de temperatura</translation>
    </message>
    <message>
        <source>Celsius (°C)</source>
        <translation>Celsius (°C)</translation>
    </message>
    <message>
        <source>Fahrenheit (°F)</source>
        <translation>Fahrenheit (°F)</translation>
    </message>
    <message>
        <source>Temperature &amp;unit</source>
        <translation>&amp;Unidad de temperatura</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Clinic protocol: %1</source>
        <translation>Protocolo de la clínica: %1</translation>
    </message>
    <message>
        <source>Open the clinic&apos;s protocol file</source>
        <translation>Abrir el archivo de protocolo de la clínica</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>Archivos de protocolo (*.json)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>This protocol file cannot be used: %1</source>
        <translation>No se puede usar este archivo de protocolo: %1</translation>
    </message>
    <message>
        <source>This protocol file cannot be used: &quot;%1&quot; %2</source>
        <translation>No se puede usar este archivo de protocolo: «%1» %2</translation>
    </message>
    <message>
        <source>Please enter a name for this profile.</source>
        <translation>Escriba un nombre para este perfil.</translation>
    </message>
</context>
<context>
    <name>nc::Protocol</name>
    <message>
        <source>IDSA / ASCO (United States)</source>
        <translation>IDSA / ASCO (Estados Unidos)</translation>
    </message>
    <message>
        <source>CDC patient guidance (100.4 °F)</source>
        <translation>Guía de los CDC para pacientes (100,4 °F)</translation>
    </message>
    <message>
        <source>ESMO 2016 (Europe)</source>
        <translation>ESMO 2016 (Europa)</translation>
    </message>
    <message>
        <source>NICE CG151 (United Kingdom)</source>
        <translation>NICE CG151 (Reino Unido)</translation>
    </message>
    <message>
        <source>UK acute oncology alert card (37.5 °C)</source>
        <translation>Tarjeta de alerta de oncología aguda del Reino Unido (37,5 °C)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida «%1»</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>debe ser un objeto o null</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must lie between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>must not be before nadir_start_day</source>
        <translation>no puede ser anterior a nadir_start_day</translation>
    </message>
    <message>
        <source>must not be above the single-reading threshold</source>
        <translation>no puede ser superior al umbral de una sola lectura</translation>
    </message>
    <message>
        <source>must be below the single-reading threshold</source>
        <translation>debe ser inferior al umbral de una sola lectura</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>a protocol file must hold one JSON object</source>
        <translation>un archivo de protocolo debe contener un único objeto JSON</translation>
    </message>
</context>
<context>
    <name>nc::Settings</name>
    <message>
        <source>The profile could not be saved.</source>
        <translation>No se pudo guardar el perfil.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>nc::SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este dispositivo</translation>
    </message>
    <message>
        <source>&amp;Large text everywhere</source>
        <translation>&amp;Letra grande en todas partes</translation>
    </message>
    <message>
        <source>Large text everywhere</source>
        <translation>Letra grande en todas partes</translation>
    </message>
    <message>
        <source>Start NeutroCare &amp;minimised when I log in</source>
        <translation>A&amp;brir NeutroCare minimizado al iniciar sesión</translation>
    </message>
    <message>
        <source>Start minimised when I log in</source>
        <translation>Abrir minimizado al iniciar sesión</translation>
    </message>
    <message>
        <source>Morning temperature reminder</source>
        <translation>Recordatorio de temperatura por la mañana</translation>
    </message>
    <message>
        <source>Morning &amp;reminder (low-count days)</source>
        <translation>Recordatorio de la &amp;mañana (días de defensas bajas)</translation>
    </message>
    <message>
        <source>Evening temperature reminder</source>
        <translation>Recordatorio de temperatura por la noche</translation>
    </message>
    <message>
        <source>E&amp;vening reminder (low-count days)</source>
        <translation>Recordatorio de la noc&amp;he (días de defensas bajas)</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar ajustes</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>nc::StatusCard</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>&quot;I am on chemotherapy.</source>
        <translation>«Estoy en tratamiento con quimioterapia.</translation>
    </message>
    <message>
        <source>My last treatment was on %1.</source>
        <translation>Mi último tratamiento fue el %1.</translation>
    </message>
    <message>
        <source>My last treatment was on %1 (%2).</source>
        <translation>Mi último tratamiento fue el %1 (%2).</translation>
    </message>
    <message>
        <source>I may have neutropenia and an infection.&quot;</source>
        <translation>Puede que tenga neutropenia y una infección».</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Keep taking your temperature as your care team advised, and whenever you feel unwell or shivery. If you are worried, call them.</source>
        <translation>Siga tomándose la temperatura como le indicó su equipo médico, y siempre que se encuentre mal o tenga escalofríos. Si algo le preocupa, llámelos.</translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation>Su equipo médico</translation>
    </message>
    <message>
        <source>Call your care team or your chemotherapy helpline now. If you cannot reach anyone, go to the nearest emergency department. (Add your care team&apos;s numbers in Settings so they show here.)</source>
        <translation>Llame ahora a su equipo médico o a la línea de atención de quimioterapia de su hospital. Si no consigue hablar con nadie, vaya al servicio de urgencias más cercano. (Añada en Ajustes los teléfonos de su equipo médico para que aparezcan aquí.)</translation>
    </message>
    <message>
        <source>%1, daytime: %2</source>
        <translation>%1, de día: %2</translation>
    </message>
    <message>
        <source>Evenings, nights and weekends: %1</source>
        <translation>Tardes, noches y fines de semana: %1</translation>
    </message>
    <message>
        <source>What to say:</source>
        <translation>Qué decir:</translation>
    </message>
    <message>
        <source>Do not wait to see if it goes away, and do not take paracetamol or ibuprofen before you call. People on chemotherapy with a fever usually need antibiotics within an hour of arriving at hospital.</source>
        <translation>No espere a ver si se le pasa, y no tome paracetamol ni ibuprofeno antes de llamar. Las personas en quimioterapia que tienen fiebre suelen necesitar antibióticos en la primera hora después de llegar al hospital.</translation>
    </message>
    <message>
        <source>I contacted my care team…</source>
        <translation>He llamado a mi equipo médico…</translation>
    </message>
    <message>
        <source>I contacted my care team</source>
        <translation>He llamado a mi equipo médico</translation>
    </message>
    <message>
        <source>Record that you contacted your care team and what they told you (Ctrl+K)</source>
        <translation>Registre que ha llamado a su equipo médico y lo que le dijeron (Ctrl+K)</translation>
    </message>
    <message>
        <source>Take your temperature now.</source>
        <translation>Tómese la temperatura ahora.</translation>
    </message>
    <message>
        <source>Take your temperature again in %1 (by %2).</source>
        <translation>Vuelva a tomarse la temperatura dentro de %1 (antes de las %2).</translation>
    </message>
    <message>
        <source>My temperature is %1, taken at %2 on %3.</source>
        <translation>Tengo %1 de temperatura, tomada el %3 a las %2.</translation>
    </message>
    <message>
        <source>Fever rules: %1</source>
        <translation>Criterios de fiebre: %1</translation>
    </message>
</context>
<context>
    <name>nc::Storage</name>
    <message>
        <source>The disk is full, so this could not be saved. Free some space and try again.</source>
        <translation>El disco está lleno y no se pudo guardar. Libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database is read-only, so this could not be saved. Check the file&apos;s permissions.</source>
        <translation>La base de datos es de solo lectura y no se pudo guardar. Revise los permisos del archivo.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>Otro programa está usando la base de datos. Vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>This entry is not valid for the database: %1</source>
        <translation>Este registro no es válido para la base de datos: %1</translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Este registro ya no existe.</translation>
    </message>
    <message>
        <source>This alert no longer exists.</source>
        <translation>Este aviso ya no existe.</translation>
    </message>
</context>
<context>
    <name>nc::SymptomDialog</name>
    <message>
        <source>Log symptoms</source>
        <translation>Registrar síntomas</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>&amp;How do you feel?</source>
        <translation>¿Cómo se &amp;encuentra?</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>Tick at least one symptom (Space ticks the selected one).</source>
        <translation>Marque al menos un síntoma (la barra espaciadora marca el seleccionado).</translation>
    </message>
    <message>
        <source>Log symptom</source>
        <translation>Registrar síntoma</translation>
    </message>
    <message>
        <source>Edit symptom</source>
        <translation>Editar síntoma</translation>
    </message>
    <message>
        <source>&amp;Symptom</source>
        <translation>&amp;Síntoma</translation>
    </message>
</context>
<context>
    <name>nc::Temperature</name>
    <message>
        <source>Please enter the temperature as a number.</source>
        <translation>Escriba la temperatura en cifras, por favor.</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible body temperature. Did you mean %1 %3?</source>
        <translation>%1 %2 no es una temperatura corporal posible. ¿Quería decir %1 %3?</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible body temperature: it must lie between %3 and %4 %2.</source>
        <translation>%1 %2 no es una temperatura corporal posible: debe estar entre %3 y %4 %2.</translation>
    </message>
</context>
<context>
    <name>nc::TemperatureDialog</name>
    <message>
        <source>Edit temperature</source>
        <translation>Editar temperatura</translation>
    </message>
    <message>
        <source>Log a temperature</source>
        <translation>Registrar una temperatura</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>for example 37.2</source>
        <translation>por ejemplo 37,2</translation>
    </message>
    <message>
        <source>for example 99.0</source>
        <translation>por ejemplo 99,0</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatura</translation>
    </message>
    <message>
        <source>Where you measured</source>
        <translation>Dónde se la tomó</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>I took &amp;paracetamol, ibuprofen or another fever-lowering painkiller in the last 6 hours</source>
        <translation>He tomado &amp;paracetamol, ibuprofeno u otro antitérmico en las últimas 6 horas</translation>
    </message>
    <message>
        <source>I took a fever-lowering painkiller in the last 6 hours</source>
        <translation>He tomado un antitérmico en las últimas 6 horas</translation>
    </message>
    <message>
        <source>Please type the temperature as a number, for example 37.8.</source>
        <translation>Escriba la temperatura en cifras, por ejemplo 37,8.</translation>
    </message>
    <message>
        <source>This time is in the future. Please check the date and time.</source>
        <translation>Esa hora todavía no ha llegado. Revise la fecha y la hora, por favor.</translation>
    </message>
    <message>
        <source>Log temperature</source>
        <translation>Registrar temperatura</translation>
    </message>
</context>
<context>
    <name>nc::TodayScreen</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest temperature</source>
        <translation>Última temperatura</translation>
    </message>
    <message>
        <source>Latest neutrophil count (ANC)</source>
        <translation>Último recuento de neutrófilos (RAN)</translation>
    </message>
    <message>
        <source>Treatment cycle</source>
        <translation>Ciclo de tratamiento</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Blood count</source>
        <translation>Análisis de sangre</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Painkiller dose</source>
        <translation>Dosis de analgésico</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Otro medicamento</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>Registrar: %1</translation>
    </message>
    <message>
        <source>Today — %1</source>
        <translation>Hoy — %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%2, %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Todavía ninguna</translation>
    </message>
    <message>
        <source>Log a temperature with Ctrl+T.</source>
        <translation>Registre una temperatura con Ctrl+T.</translation>
    </message>
    <message>
        <source>%1/µL</source>
        <translation>%1/µL</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> — at your usual level</source>
        <translation> — en su nivel habitual</translation>
    </message>
    <message>
        <source> — old result: ask when your next blood test is</source>
        <translation> — resultado antiguo: pregunte cuándo le toca el próximo análisis</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Aún sin resultados</translation>
    </message>
    <message>
        <source>Log a blood count with Ctrl+B.</source>
        <translation>Registre un análisis de sangre con Ctrl+B.</translation>
    </message>
    <message>
        <source>Day %1 after chemotherapy</source>
        <translation>Día %1 tras la quimioterapia</translation>
    </message>
    <message>
        <source>In the expected low-count days (%1 – %2)</source>
        <translation>En los días de defensas bajas previstos (%1 – %2)</translation>
    </message>
    <message>
        <source>Expected low-count days: %1 – %2</source>
        <translation>Días de defensas bajas previstos: %1 – %2</translation>
    </message>
    <message>
        <source>. A prediction, not a blood count.</source>
        <translation>. Es una previsión, no un análisis de sangre.</translation>
    </message>
    <message>
        <source> May be shorter with G-CSF.</source>
        <translation> Con G-CSF pueden durar menos.</translation>
    </message>
    <message>
        <source>No recent chemotherapy</source>
        <translation>Sin quimioterapia reciente</translation>
    </message>
    <message>
        <source>Log a treatment with Ctrl+R.</source>
        <translation>Registre un tratamiento con Ctrl+R.</translation>
    </message>
</context>
<context>
    <name>nc::TreatmentDialog</name>
    <message>
        <source>Log a treatment</source>
        <translation>Registrar un tratamiento</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>&amp;Treatment</source>
        <translation>&amp;Tratamiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Regimen (optional)</source>
        <translation>Esquema (opcional)</translation>
    </message>
    <message>
        <source>for example FEC-T, cycle 2</source>
        <translation>por ejemplo FEC-T, ciclo 2</translation>
    </message>
    <message>
        <source>&amp;Regimen (optional)</source>
        <translation>&amp;Esquema (opcional)</translation>
    </message>
    <message>
        <source>My team gave me different low-count days for this regimen</source>
        <translation>Mi equipo me indicó otros días de defensas bajas</translation>
    </message>
    <message>
        <source>Use different low-count days</source>
        <translation>Usar otros días de defensas bajas</translation>
    </message>
    <message>
        <source>Low-count days start, days after the dose</source>
        <translation>Primer día de defensas bajas, en días después de la dosis</translation>
    </message>
    <message>
        <source>Low-count days end, days after the dose</source>
        <translation>Último día de defensas bajas, en días después de la dosis</translation>
    </message>
    <message>
        <source>from day</source>
        <translation>del día</translation>
    </message>
    <message>
        <source>to day</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>Low-count days</source>
        <translation>Días de defensas bajas</translation>
    </message>
    <message>
        <source>The last low-count day cannot be before the first.</source>
        <translation>El último día de defensas bajas no puede ser anterior al primero.</translation>
    </message>
    <message>
        <source>Log treatment</source>
        <translation>Registrar tratamiento</translation>
    </message>
    <message>
        <source>Edit treatment</source>
        <translation>Editar tratamiento</translation>
    </message>
</context>
<context>
    <name>nc::antipyretics</name>
    <message>
        <source>Paracetamol</source>
        <translation>Paracetamol</translation>
    </message>
    <message>
        <source>Acetaminophen (Tylenol)</source>
        <translation>Acetaminofén (Tylenol)</translation>
    </message>
    <message>
        <source>Ibuprofen</source>
        <translation>Ibuprofeno</translation>
    </message>
    <message>
        <source>Naproxen</source>
        <translation>Naproxeno</translation>
    </message>
    <message>
        <source>Aspirin</source>
        <translation>Aspirina (ácido acetilsalicílico)</translation>
    </message>
    <message>
        <source>Another anti-inflammatory painkiller (NSAID)</source>
        <translation>Otro analgésico antiinflamatorio (AINE)</translation>
    </message>
</context>
<context>
    <name>nc::assessjson</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>the document must be one JSON object</source>
        <translation>el documento debe ser un único objeto JSON</translation>
    </message>
    <message>
        <source>unknown protocol preset &quot;%1&quot;</source>
        <translation>protocolo predefinido desconocido «%1»</translation>
    </message>
    <message>
        <source>must be a preset id or a protocol object</source>
        <translation>debe ser el id de un protocolo predefinido o un objeto de protocolo</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>site</source>
        <translation>lugar de medición</translation>
    </message>
    <message>
        <source>a WBC needs its differential (neutrophils_pct, or segs_pct with optional bands_pct)</source>
        <translation>un recuento de leucocitos (wbc) necesita su fórmula (neutrophils_pct, o segs_pct con bands_pct opcional)</translation>
    </message>
    <message>
        <source>must be exactly one of: anc; wbc with neutrophils_pct; wbc with segs_pct and optional bands_pct</source>
        <translation>debe ser exactamente una de estas opciones: anc; wbc con neutrophils_pct; wbc con segs_pct y bands_pct opcional</translation>
    </message>
    <message>
        <source>symptom code</source>
        <translation>código de síntoma</translation>
    </message>
    <message>
        <source>treatment kind</source>
        <translation>tipo de tratamiento</translation>
    </message>
    <message>
        <source>is not a date like 2026-03-01</source>
        <translation>no es una fecha como 2026-03-01</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 365</source>
        <translation>debe ser un número entero de días entre 0 y 365</translation>
    </message>
    <message>
        <source>antipyretic</source>
        <translation>antitérmico</translation>
    </message>
    <message>
        <source>must be at least 1000 cells/µL</source>
        <translation>debe ser al menos 1000 células/µL</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time with an offset, like 2026-03-10T08:00:00+01:00</source>
        <translation>no es una hora ISO 8601 con desfase horario, como 2026-03-10T08:00:00+01:00</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>valor de %1 desconocido: «%2»</translation>
    </message>
</context>
<context>
    <name>nc::content::Fill</name>
    <message>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished">Nivel</translation>
    </message>
    <message>
        <source>Neutrophils per µL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 minutes or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nc::grading</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Mild neutropenia</source>
        <translation>Neutropenia leve</translation>
    </message>
    <message>
        <source>Moderate neutropenia</source>
        <translation>Neutropenia moderada</translation>
    </message>
    <message>
        <source>Severe neutropenia</source>
        <translation>Neutropenia grave</translation>
    </message>
    <message>
        <source>Profound neutropenia</source>
        <translation>Neutropenia profunda</translation>
    </message>
</context>
<context>
    <name>nc::sites</name>
    <message>
        <source>By mouth (oral)</source>
        <translation>En la boca (oral)</translation>
    </message>
    <message>
        <source>In the ear (tympanic)</source>
        <translation>En el oído (timpánica)</translation>
    </message>
    <message>
        <source>Forehead (temporal)</source>
        <translation>En la frente (temporal)</translation>
    </message>
    <message>
        <source>Under the arm (axillary)</source>
        <translation>En la axila (axilar)</translation>
    </message>
    <message>
        <source>Rectal (not advised)</source>
        <translation>Rectal (no se recomienda)</translation>
    </message>
</context>
<context>
    <name>nc::symptoms</name>
    <message>
        <source>Shaking chills (rigors)</source>
        <translation>Escalofríos fuertes con temblores</translation>
    </message>
    <message>
        <source>Hard to breathe or short of breath</source>
        <translation>Dificultad para respirar o falta de aire</translation>
    </message>
    <message>
        <source>Chest pain</source>
        <translation>Dolor en el pecho</translation>
    </message>
    <message>
        <source>Confused or very drowsy</source>
        <translation>Confusión o mucha somnolencia</translation>
    </message>
    <message>
        <source>Fainting or nearly fainting</source>
        <translation>Desmayo o casi desmayo</translation>
    </message>
    <message>
        <source>Feeling very unwell, even without a fever</source>
        <translation>Encontrarse muy mal, aun sin fiebre</translation>
    </message>
    <message>
        <source>Bleeding that will not stop</source>
        <translation>Sangrado que no se detiene</translation>
    </message>
    <message>
        <source>No urine for 12 hours</source>
        <translation>No orinar en 12 horas</translation>
    </message>
    <message>
        <source>Cannot keep fluids down</source>
        <translation>No poder retener los líquidos</translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation>Dolor de garganta</translation>
    </message>
    <message>
        <source>Mouth sores or ulcers</source>
        <translation>Llagas o úlceras en la boca</translation>
    </message>
    <message>
        <source>New cough</source>
        <translation>Tos nueva</translation>
    </message>
    <message>
        <source>Burning or stinging when passing urine</source>
        <translation>Escozor o ardor al orinar</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Diarrea</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>Vómitos</translation>
    </message>
    <message>
        <source>A new rash</source>
        <translation>Erupción nueva en la piel</translation>
    </message>
    <message>
        <source>Redness, swelling or pus at a wound or line site</source>
        <translation>Herida o catéter rojo, hinchado o con pus</translation>
    </message>
    <message>
        <source>Swollen glands (lymph nodes)</source>
        <translation>Ganglios inflamados</translation>
    </message>
    <message>
        <source>Chills or feeling cold</source>
        <translation>Escalofríos o sensación de frío</translation>
    </message>
</context>
<context>
    <name>nc::treatments</name>
    <message>
        <source>Chemotherapy</source>
        <translation>Quimioterapia</translation>
    </message>
    <message>
        <source>Filgrastim (daily G-CSF)</source>
        <translation>Filgrastim (G-CSF diario)</translation>
    </message>
    <message>
        <source>Pegfilgrastim (G-CSF once a cycle)</source>
        <translation>Pegfilgrastim (G-CSF una vez por ciclo)</translation>
    </message>
</context>
</TS>
