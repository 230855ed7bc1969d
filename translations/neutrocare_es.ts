<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>The NeutroCare triage desk for clinic staff</source>
        <translation>Puesto de triaje de NeutroCare para el personal de la clínica</translation>
    </message>
    <message>
        <source>The clinic server: a host name, or a postgresql:// address.</source>
        <translation>El servidor de la clínica: un nombre de host o una dirección postgresql://.</translation>
    </message>
    <message>
        <source>The clinic&apos;s database on that server.</source>
        <translation>La base de datos de la clínica en ese servidor.</translation>
    </message>
    <message>
        <source>Your login.</source>
        <translation>Su usuario.</translation>
    </message>
    <message>
        <source>neutrocare-desk: unexpected argument %1
</source>
        <translation>neutrocare-desk: argumento inesperado %1
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Neutropenia self-monitoring during chemotherapy</source>
        <translation>Autocontrol de la neutropenia durante la quimioterapia</translation>
    </message>
    <message>
        <source>Start with the window minimised.</source>
        <translation>Empezar con la ventana minimizada.</translation>
    </message>
    <message>
        <source>Start with no window, the reminders running (used at login).</source>
        <translation>Empezar sin ventana, con los recordatorios activos (se usa al iniciar la sesión).</translation>
    </message>
    <message>
        <source>NeutroCare opens no file named on its command line (%1); to use another database, give --database &lt;path&gt;.</source>
        <translation>NeutroCare no abre archivos indicados en la línea de órdenes (%1); para usar otra base de datos, indique --database &lt;ruta&gt;.</translation>
    </message>
    <message>
        <source>NeutroCare is already running with %1, and did not take this command line: %2</source>
        <translation>NeutroCare ya está abierto con %1 y no aceptó esta línea de órdenes: %2</translation>
    </message>
    <message>
        <source>Use the database &lt;path&gt;: a file, or a clinic&apos;s PostgreSQL server (postgresql://host/dbname or host=… dbname=…).</source>
        <translation>Usar la base de datos &lt;ruta&gt;: un archivo, o el servidor PostgreSQL de una clínica (postgresql://servidor/basededatos o host=… dbname=…).</translation>
    </message>
</context>
<context>
    <name>nc</name>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>No existe ningún perfil con el id %1.</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>No se pudieron guardar los datos importados: %1</translation>
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
        <translation>un día de defensas bajas previsto</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 precautions ticked</source>
        <translation>%1 de %2 precauciones marcadas</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <source>day %1 after treatment</source>
        <translation>día %1 tras el tratamiento</translation>
    </message>
    <message>
        <source>A predicted low-count day</source>
        <translation>Un día de defensas bajas previsto</translation>
    </message>
</context>
<context>
    <name>nc::AlertEpisodes</name>
    <message>
        <source>Not acknowledged</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Told to go to hospital</source>
        <translation>Le indicaron ir al hospital</translation>
    </message>
    <message>
        <source>Told to stay at home and keep checking</source>
        <translation>Le indicaron quedarse en casa y seguir vigilando</translation>
    </message>
    <message>
        <source>Could not reach the care team</source>
        <translation>No se pudo contactar con el equipo médico</translation>
    </message>
</context>
<context>
    <name>nc::AntipyreticDialog</name>
    <message>
        <source>Log a painkiller dose</source>
        <translation>Registrar una dosis de analgésico</translation>
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
    <message>
        <source>Take your temperature before a painkiller: if it is high, call your care team first. For %1 after a dose a reading may look lower than it really is: if you feel hot, shivery or unwell, call even if the thermometer reads normal.</source>
        <translation>Tómese la temperatura antes de tomar un analgésico: si está alta, llame primero a su equipo médico. Durante las %1 siguientes a una dosis, la temperatura puede parecer más baja de lo que es: si tiene calor o escalofríos, o se encuentra mal, llame aunque el termómetro marque normal.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>nc::Article</name>
    <message>
        <source>the file must start with a &quot;---&quot; line</source>
        <translation>el archivo debe empezar con una línea &quot;---&quot;</translation>
    </message>
    <message>
        <source>the front matter has no closing &quot;---&quot; line</source>
        <translation>a la cabecera le falta la línea &quot;---&quot; de cierre</translation>
    </message>
    <message>
        <source>a list item &quot;%1&quot; follows no list key</source>
        <translation>el elemento de lista &quot;%1&quot; no sigue a ninguna clave de lista</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;key: value&quot; line</source>
        <translation>&quot;%1&quot; no es una línea &quot;clave: valor&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>&quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>debe ser una fecha escrita como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>is required: lower-case letters, digits and dashes</source>
        <translation>es obligatorio: letras minúsculas, cifras y guiones</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>at least one source is required</source>
        <translation>se necesita al menos una fuente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (lower-case letters, digits and dashes)</source>
        <translation>&quot;%1&quot; no es un identificador (letras minúsculas, cifras y guiones)</translation>
    </message>
</context>
<context>
    <name>nc::Assessment</name>
    <message>
        <source>Ear, forehead and under-the-arm thermometers can read lower than a thermometer in the mouth. If you feel unwell, call even if the number looks normal.</source>
        <translation>Los termómetros de oído, de frente y de axila pueden marcar menos que uno en la boca. Si se encuentra mal, llame aunque la cifra parezca normal.</translation>
    </message>
    <message>
        <source>Please avoid taking your temperature in the bottom (rectally) while your blood count may be low: it can cause infection or bleeding.</source>
        <translation>Mientras sus defensas puedan estar bajas, no se tome la temperatura por el ano (vía rectal): puede causar una infección o un sangrado.</translation>
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
    <message>
        <source>%1 (typed as %2)</source>
        <translation>%1 (escrita como %2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>A temperature was taken within %1 after a fever medicine (paracetamol or ibuprofen), so it may read lower than your real temperature and can never clear an alert. If you feel hot, shivery or unwell, call even if the thermometer reads normal: the medicine can hide a fever.</source>
        <translation>Se tomó una temperatura en las %1 siguientes a un medicamento para la fiebre (paracetamol o ibuprofeno), así que puede marcar menos de lo que realmente tiene y nunca anula un aviso. Si tiene calor o escalofríos, o se encuentra mal, llame aunque el termómetro marque normal: el medicamento puede ocultar la fiebre.</translation>
    </message>
    <message>
        <source>Your temperature of %1 at %2 reached your clinic&apos;s fever limit (%3).</source>
        <translation>Su temperatura, %1 a las %2, ha llegado al límite de fiebre de su clínica (%3).</translation>
    </message>
    <message>
        <source>Your temperature of %1 at %2 is at your clinic&apos;s low limit (%3). A low temperature can also be a sign of a serious infection.</source>
        <translation>Su temperatura, %1 a las %2, ha llegado al límite de temperatura baja de su clínica (%3). Una temperatura baja también puede ser señal de una infección grave.</translation>
    </message>
    <message>
        <source>Your temperature has stayed at %1 for %2 or longer (highest %3 at %4).</source>
        <translation>Su temperatura se ha mantenido en %1 durante al menos %2 (la más alta, %3 a las %4).</translation>
    </message>
    <message>
        <source>Your temperature of %1 at %2 is raised but not at the fever limit (%3). Take it again soon.</source>
        <translation>Su temperatura, %1 a las %2, está algo alta, pero no llega al límite de fiebre (%3). Vuelva a tomársela pronto.</translation>
    </message>
    <message>
        <source>No temperature logged in the last %1. Take your temperature now, and whenever you feel unwell.</source>
        <translation>No ha registrado ninguna temperatura desde hace %1. Tómese la temperatura ahora, y siempre que se encuentre mal.</translation>
    </message>
    <message>
        <source>Take your temperature — none logged in the last %1</source>
        <translation>Tómese la temperatura: no hay ninguna registrada desde hace %1</translation>
    </message>
    <message>
        <source>Take your temperature now</source>
        <translation>Tómese la temperatura ahora</translation>
    </message>
    <message numerus="yes">
        <source>Your pegfilgrastim injection is dated on a day of chemotherapy or in the %n days before one. It is usually given at least a day after chemotherapy: please check the dates with your care team.</source>
        <translation>
            <numerusform>La fecha de su inyección de pegfilgrastim cae en un día de quimioterapia o en el %n día anterior a una sesión. Normalmente se pone al menos un día después de la quimioterapia: compruebe las fechas con su equipo médico, por favor.</numerusform>
            <numerusform>La fecha de su inyección de pegfilgrastim cae en un día de quimioterapia o en los %n días anteriores a una sesión. Normalmente se pone al menos un día después de la quimioterapia: compruebe las fechas con su equipo médico, por favor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::AuditModel</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Settings and clinic values</source>
        <translation>Ajustes y valores de la clínica</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferencia</translation>
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
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Painkiller dose</source>
        <translation>Dosis de analgésico</translation>
    </message>
    <message>
        <source>Checklist tick</source>
        <translation>Marca en la lista de precauciones</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Removal note</source>
        <translation>Registro de borrado</translation>
    </message>
    <message>
        <source>Telephone triage call</source>
        <translation>Llamada de triaje telefónico</translation>
    </message>
    <message>
        <source>Clinic acknowledgement</source>
        <translation>Confirmación de la clínica</translation>
    </message>
    <message>
        <source>added</source>
        <translation>creación</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificación</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <source>Patient %1 (removed)</source>
        <translation>Paciente %1 (registro eliminado)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A record kind and what was done to it: &quot;Temperature added&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Server login</source>
        <translation>Usuario del servidor</translation>
    </message>
    <message>
        <source>Who may see a patient</source>
        <translation>Quién puede ver a un paciente</translation>
    </message>
</context>
<context>
    <name>nc::AuditScreen</name>
    <message>
        <source>(none)</source>
        <translation>(no consta)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <extracomment>The first line of a change&apos;s details: &quot;Temperature changed by nurse.kim on …&quot;.</extracomment>
        <translation>%1, por %2, el %3</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Paciente: %1</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>No value changed but the time of the change.</source>
        <translation>No cambió ningún valor, salvo la hora del cambio.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Added with these values:</source>
        <translation>Añadido con estos valores:</translation>
    </message>
    <message>
        <source>Removed; it held:</source>
        <translation>Eliminado; contenía:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>The audit trail cannot be changed by anyone.</source>
        <translation>Nadie puede modificar el registro de auditoría.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>Who (login)</source>
        <translation>Quién (usuario)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Only from a day on</source>
        <translation>Solo a partir de un día</translation>
    </message>
    <message>
        <source>The first day shown</source>
        <translation>Primer día que se muestra</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Only up to a day</source>
        <translation>Solo hasta un día</translation>
    </message>
    <message>
        <source>The last day shown</source>
        <translation>Último día que se muestra</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the audit trail again</source>
        <translation>Volver a leer el registro de auditoría</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Export the entries shown as a CSV file</source>
        <translation>Exportar a un archivo CSV las entradas que se muestran</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Cambios (el más reciente primero)</translation>
    </message>
    <message>
        <source>&amp;Values of the selected change</source>
        <translation>&amp;Valores del cambio seleccionado</translation>
    </message>
    <message>
        <source>Values of the selected change</source>
        <translation>Valores del cambio seleccionado</translation>
    </message>
    <message>
        <source>Select a change to see its old and new values.</source>
        <translation>Seleccione un cambio para ver sus valores anteriores y los nuevos.</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Todos los pacientes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A patient in the list: the name, then the patient&apos;s number on the server.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>The newest %1 changes are shown; choose a patient, a login or days to see older ones.</source>
        <translation>Se muestran los %1 cambios más recientes; elija un paciente, un usuario o unas fechas para ver los anteriores.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n cambio.</numerusform>
            <numerusform>%n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>neutrocare-audit-%1.csv</source>
        <extracomment>The file name suggested for an export of the audit trail, dated.</extracomment>
        <translation>neutrocare-auditoria-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit trail was not exported</source>
        <translation>No se exportó el registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exported to %1.</source>
        <translation>
            <numerusform>Se exportó %n cambio a %1.</numerusform>
            <numerusform>Se exportaron %n cambios a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::AuditTrail</name>
    <message>
        <source>The audit trail is kept on a clinic server; this database is a file on this computer.</source>
        <translation>El registro de auditoría se guarda en el servidor de una clínica; esta base de datos es un archivo de este ordenador.</translation>
    </message>
    <message>
        <source>Your login may not read the audit trail: only clinic staff and admin logins may.</source>
        <translation>Su usuario no puede leer el registro de auditoría: solo pueden hacerlo los usuarios del personal de la clínica y los de administración.</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost, so the audit trail could not be read. Try again in a moment.</source>
        <translation>Se perdió la conexión con el servidor de la clínica, así que no se pudo leer el registro de auditoría. Vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>The audit trail could not be saved as %1: %2</source>
        <translation>No se pudo guardar el registro de auditoría como %1: %2</translation>
    </message>
</context>
<context>
    <name>nc::BackupManager</name>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>No se pudo crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>The database is not open, so it cannot be backed up.</source>
        <translation>La base de datos no está abierta, así que no se puede hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>No se pudo guardar la copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>No se pudo guardar la copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>The file %1 is empty: the data it held has been lost.</source>
        <translation>El archivo %1 está vacío: los datos que contenía se han perdido.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>No se pudo abrir el archivo %1.</translation>
    </message>
    <message>
        <source>The file %1 is not a NeutroCare database, or it is damaged beyond reading.</source>
        <translation>El archivo %1 no es una base de datos de NeutroCare, o está tan dañado que no se puede leer.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: SQLite&apos;s integrity check found errors.</source>
        <translation>El archivo %1 está dañado: la comprobación de integridad de SQLite encontró errores.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>No se pudo leer el archivo %1.</translation>
    </message>
    <message>
        <source>The file %1 was written by a newer version of NeutroCare (data version %2; this version understands up to %3). Please update NeutroCare.</source>
        <translation>El archivo %1 se creó con una versión más reciente de NeutroCare (versión de datos %2; esta versión entiende hasta la %3). Actualice NeutroCare, por favor.</translation>
    </message>
    <message>
        <source>The file %1 is not a NeutroCare database.</source>
        <translation>El archivo %1 no es una base de datos de NeutroCare.</translation>
    </message>
    <message>
        <source>The current database could not be copied to %1 before restoring.</source>
        <translation>No se pudo copiar la base de datos actual en %1 antes de restaurar.</translation>
    </message>
    <message>
        <source>This backup cannot be used. %1 Nothing was changed.</source>
        <translation>No se puede usar esta copia de seguridad. %1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This is the database itself, not a backup. Nothing was changed.</source>
        <translation>Este archivo es la propia base de datos, no una copia de seguridad. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database is open in another program (NeutroCare itself?). Close it first. Nothing was changed.</source>
        <translation>La base de datos está abierta en otro programa (¿quizá en el propio NeutroCare?). Cierre ese programa primero. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The current data could not be backed up first, so nothing was restored. %1</source>
        <translation>No se pudo hacer antes una copia de seguridad de los datos actuales, así que no se ha restaurado nada. %1</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database. Nothing was changed.</source>
        <translation>No se pudo copiar el archivo de la copia de seguridad a la carpeta de la base de datos. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database (is the disk full?). Nothing was changed.</source>
        <translation>No se pudo copiar el archivo de la copia de seguridad a la carpeta de la base de datos (¿está lleno el disco?). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database&apos;s journal file could not be removed, so nothing was restored.</source>
        <translation>No se pudo borrar el archivo de diario (journal) de la base de datos, así que no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>The restored file could not replace the database: %1. Nothing was changed.</source>
        <translation>El archivo restaurado no pudo sustituir a la base de datos: %1. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup was restored but could not be opened: %1</source>
        <translation>La copia de seguridad se restauró, pero no se pudo abrir: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be found. Is the drive still connected?</source>
        <translation>No se encuentra la carpeta %1. ¿Sigue conectada la unidad?</translation>
    </message>
    <message>
        <source>The file %1 could not be compared with your data.</source>
        <translation>No se pudo comparar el archivo %1 con sus datos.</translation>
    </message>
    <message>
        <source>This backup was made by another version of NeutroCare, so one profile cannot be taken from it. Restore all of it instead. Nothing was changed.</source>
        <translation>Esta copia de seguridad se hizo con otra versión de NeutroCare, así que no se puede recuperar un solo perfil de ella. Restáurela completa. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database is not open. Nothing was changed.</source>
        <translation>La base de datos no está abierta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup could not be opened. Nothing was changed.</source>
        <translation>No se pudo abrir la copia de seguridad. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This backup holds no data for this profile. Nothing was changed.</source>
        <translation>Esta copia de seguridad no contiene datos de este perfil. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The profile could not be restored (%1). Nothing was changed.</source>
        <translation>No se pudo restaurar el perfil (%1). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The profile could not be restored: the database refused the change. Nothing was changed.</source>
        <translation>No se pudo restaurar el perfil: la base de datos rechazó el cambio. No se ha cambiado nada.</translation>
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
    <message>
        <source>A white cell count (WBC) of %1 %2 with %3% neutrophils gives a neutrophil count (ANC) of %4 cells/µL, above the highest accepted %5 cells/µL: check the numbers and their unit.</source>
        <translation>Un recuento de leucocitos de %1 %2 con un %3 % de neutrófilos da un recuento de neutrófilos (RAN) de %4 células/µL, por encima del máximo admitido de %5 células/µL: revise las cifras y la unidad.</translation>
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
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Blood taken</source>
        <translation>Extracción de sangre</translation>
    </message>
</context>
<context>
    <name>nc::BoardModel</name>
    <message>
        <source>1 · Call now — not acknowledged</source>
        <translation>1 · Llamar ahora — sin confirmar</translation>
    </message>
    <message>
        <source>2 · Follow-up call overdue</source>
        <translation>2 · Llamada de seguimiento atrasada</translation>
    </message>
    <message>
        <source>3 · Call now already acknowledged, or call today</source>
        <translation>3 · Llamar ahora ya confirmado, o llamar hoy</translation>
    </message>
    <message>
        <source>4 · Recheck overdue</source>
        <translation>4 · Nueva medición atrasada</translation>
    </message>
    <message>
        <source>5 · No recent temperature in the low-count days</source>
        <translation>5 · Sin temperatura reciente en los días de defensas bajas</translation>
    </message>
    <message>
        <source>6 · Recheck</source>
        <translation>6 · Nueva medición</translation>
    </message>
    <message>
        <source>7 · Caution</source>
        <translation>7 · Precaución</translation>
    </message>
    <message>
        <source>8 · No warning signs</source>
        <translation>8 · Sin signos de alarma</translation>
    </message>
    <message numerus="yes">
        <source>None in the last %n hour(s)</source>
        <translation>
            <numerusform>Ninguna desde hace %n hora</numerusform>
            <numerusform>Ninguna desde hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Sin resultado</translation>
    </message>
    <message>
        <source>%1/µL, %2%3</source>
        <translation>%1/µL, %2%3</translation>
    </message>
    <message>
        <source> (old)</source>
        <translation> (antiguo)</translation>
    </message>
    <message>
        <source>No recent chemotherapy</source>
        <translation>Sin quimioterapia reciente</translation>
    </message>
    <message>
        <source>Day %1 — low-count days</source>
        <translation>Día %1 — días de defensas bajas</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <source>ESCALATED — not acknowledged for %1</source>
        <translation>ESCALADO — sin confirmar desde hace %1</translation>
    </message>
    <message>
        <source>Not acknowledged — waiting %1</source>
        <translation>Sin confirmar — en espera desde hace %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>Confirmado por %1 a las %2</translation>
    </message>
    <message>
        <source>Overdue since %1 (%2)</source>
        <translation>Atrasada desde el %1 (%2)</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>Prevista para el %1 (%2)</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Latest temperature</source>
        <translation>Última temperatura</translation>
    </message>
    <message>
        <source>Latest ANC</source>
        <translation>Último RAN</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Llamada de seguimiento</translation>
    </message>
</context>
<context>
    <name>nc::CallDialog</name>
    <message>
        <source>New telephone call</source>
        <translation>Nueva llamada telefónica</translation>
    </message>
    <message>
        <source>Who is calling</source>
        <translation>Quién llama</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Quién llama:</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Nombre de quien llama</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Relationship to the patient</source>
        <translation>Relación con el paciente</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relación:</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>Call-&amp;back number:</source>
        <translation>Te&amp;léfono de contacto:</translation>
    </message>
    <message>
        <source>What they report</source>
        <translation>Lo que refiere quien llama</translation>
    </message>
    <message>
        <source>Reported temperature</source>
        <translation>Temperatura referida</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Where it was taken</source>
        <translation>Dónde se tomó</translation>
    </message>
    <message>
        <source>Minutes ago</source>
        <translation>Minutos antes de la llamada</translation>
    </message>
    <message>
        <source> min ago</source>
        <translation> min antes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add the reported temperature</source>
        <translation>Añadir la temperatura referida</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>Temperatures reported</source>
        <translation>Temperaturas referidas</translation>
    </message>
    <message>
        <source>&amp;Symptoms (tick what they describe):</source>
        <translation>&amp;Síntomas (marque los que describa):</translation>
    </message>
    <message>
        <source>Symptoms reported</source>
        <translation>Síntomas referidos</translation>
    </message>
    <message>
        <source>&amp;Fever medicines taken:</source>
        <translation>Medicamentos para la &amp;fiebre tomados:</translation>
    </message>
    <message>
        <source>Fever medicines taken</source>
        <translation>Medicamentos para la fiebre tomados</translation>
    </message>
    <message>
        <source>Hours since the fever medicine</source>
        <translation>Horas desde el medicamento para la fiebre</translation>
    </message>
    <message>
        <source> h ago</source>
        <translation> h antes</translation>
    </message>
    <message>
        <source>Assessment on the stored history plus this report</source>
        <translation>Valoración según el historial guardado y lo referido en esta llamada</translation>
    </message>
    <message>
        <source>Disposition and advice</source>
        <translation>Disposición e indicaciones</translation>
    </message>
    <message>
        <source>Disposition chosen</source>
        <translation>Disposición elegida</translation>
    </message>
    <message>
        <source>&amp;Disposition:</source>
        <translation>&amp;Disposición:</translation>
    </message>
    <message>
        <source>Reason for a less urgent disposition</source>
        <translation>Motivo de una disposición menos urgente</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>M&amp;otivo:</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Indicaciones dadas</translation>
    </message>
    <message>
        <source>Ad&amp;vice given:</source>
        <translation>&amp;Indicaciones dadas:</translation>
    </message>
    <message>
        <source>&amp;Save call</source>
        <translation>&amp;Guardar llamada</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>No warning signs in the history or the report.</source>
        <translation>No hay signos de alarma en el historial ni en lo referido.</translation>
    </message>
    <message>
        <source>Suggested: %1 (protocol %2)</source>
        <translation>Sugerida: %1 (protocolo %2)</translation>
    </message>
    <message>
        <source>R&amp;eason (required: less urgent than suggested):</source>
        <translation>M&amp;otivo (obligatorio: menos urgente que la sugerida):</translation>
    </message>
    <message>
        <source>A follow-up call will be due by %1.</source>
        <translation>Habrá que hacer una llamada de seguimiento antes del %1.</translation>
    </message>
    <message>
        <source>No follow-up call is set.</source>
        <translation>No hay ninguna llamada de seguimiento prevista.</translation>
    </message>
</context>
<context>
    <name>nc::CallRecord</name>
    <message>
        <source>Triage call record</source>
        <translation>Registro de llamada de triaje</translation>
    </message>
    <message>
        <source>MASCC %1 of %2</source>
        <translation>MASCC %1 de %2</translation>
    </message>
    <message>
        <source>Low risk (≥ %1)</source>
        <translation>Riesgo bajo (≥ %1)</translation>
    </message>
    <message>
        <source>Not low risk</source>
        <translation>No es de riesgo bajo</translation>
    </message>
    <message>
        <source>CISNE %1 of %2</source>
        <translation>CISNE %1 de %2</translation>
    </message>
    <message>
        <source>Class I — low risk</source>
        <translation>Clase I — riesgo bajo</translation>
    </message>
    <message>
        <source>Class II — intermediate</source>
        <translation>Clase II — riesgo intermedio</translation>
    </message>
    <message>
        <source>Class III — high</source>
        <translation>Clase III — riesgo alto</translation>
    </message>
    <message>
        <source>Times in %1 · temperatures in %2</source>
        <translation>Horas en la zona horaria %1 · temperaturas en %2</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, año de nacimiento: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>La llamada</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Quién llama</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source> (reported as %1)</source>
        <translation> (referida como %1)</translation>
    </message>
    <message>
        <source> · %1 · %2</source>
        <translation> · %1 · %2</translation>
    </message>
    <message>
        <source> · after a fever medicine</source>
        <translation> · después de un medicamento para la fiebre</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>No refiere</translation>
    </message>
    <message>
        <source>What the caller reported</source>
        <translation>Lo que refirió quien llamó</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Temperaturas</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Fever medicines</source>
        <translation>Medicamentos para la fiebre</translation>
    </message>
    <message>
        <source>Assessment during the call</source>
        <translation>Valoración durante la llamada</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Elegida</translation>
    </message>
    <message>
        <source>Reason for the choice</source>
        <translation>Motivo de la elección</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Indicaciones dadas</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Prevista para el %1</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>No prevista</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Hecha el %1</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>Hecha el %1 por %2</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Llamada de seguimiento</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>MASCC</source>
        <translation>MASCC</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>CISNE</source>
        <translation>CISNE</translation>
    </message>
    <message>
        <source>Decision support for clinicians</source>
        <translation>Ayuda a la decisión para profesionales sanitarios</translation>
    </message>
    <message>
        <source>MASCC and CISNE risk scores, kept with the call; never shown to the patient.</source>
        <translation>Índices de riesgo MASCC y CISNE, guardados con la llamada; nunca se muestran al paciente.</translation>
    </message>
    <message>
        <source>Call taken on %1.</source>
        <translation>Llamada atendida el %1.</translation>
    </message>
    <message>
        <source>Call taken by %1 on %2.</source>
        <translation>Llamada atendida por %1 el %2.</translation>
    </message>
    <message>
        <source>For the clinic&apos;s records. The assessment, the disposition and the risk scores support clinical judgement; they do not replace it.</source>
        <translation>Para los registros de la clínica. La valoración, la disposición y los índices de riesgo ayudan al juicio clínico; no lo sustituyen.</translation>
    </message>
</context>
<context>
    <name>nc::CardDialog</name>
    <message>
        <source>Print a wallet alert card for %1</source>
        <translation>Imprimir una tarjeta de alerta de bolsillo para %1</translation>
    </message>
    <message>
        <source>&amp;Name on the card:</source>
        <translation>&amp;Nombre en la tarjeta:</translation>
    </message>
    <message>
        <source>As on their ID or hospital records. Kept for the next card.</source>
        <translation>Tal como figura en su documento de identidad o en la historia clínica. Se guardará para la próxima tarjeta.</translation>
    </message>
    <message>
        <source>&amp;Patient&apos;s side in:</source>
        <translation>Cara del &amp;paciente en:</translation>
    </message>
    <message>
        <source>&amp;Emergency staff&apos;s side in:</source>
        <translation>Cara del personal de &amp;urgencias en:</translation>
    </message>
    <message>
        <source>The language of the clinic or hospital. When it differs from the patient&apos;s side, this side is printed in both.</source>
        <translation>El idioma de la clínica o del hospital. Si es distinto del de la cara del paciente, esta cara se imprime en los dos idiomas.</translation>
    </message>
    <message>
        <source>Name on the card: %1</source>
        <translation>Nombre en la tarjeta: %1</translation>
    </message>
</context>
<context>
    <name>nc::CaregiverBanner</name>
    <message>
        <source>%1 needs a call to the care team now</source>
        <translation>%1: hay que llamar ahora al equipo médico</translation>
    </message>
    <message>
        <source>%1 needs a call to the care team today</source>
        <translation>%1: hay que llamar hoy al equipo médico</translation>
    </message>
    <message>
        <source>%1 needs a temperature check now: the recheck is overdue</source>
        <translation>%1: hay que tomar la temperatura ahora; ya pasó la hora de volver a tomarla</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar a %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Cambiar a %1</translation>
    </message>
</context>
<context>
    <name>nc::ClinicUpdateCard</name>
    <message>
        <source>What &amp;changed</source>
        <translation>Qué &amp;cambió</translation>
    </message>
    <message>
        <source>What your clinic changed</source>
        <translation>Qué cambió su clínica</translation>
    </message>
    <message>
        <source>your fever protocol</source>
        <translation>su protocolo de fiebre</translation>
    </message>
    <message>
        <source>your clinic&apos;s name</source>
        <translation>el nombre de su clínica</translation>
    </message>
    <message>
        <source>the daytime phone number</source>
        <translation>el teléfono de día</translation>
    </message>
    <message>
        <source>the evenings and weekends number</source>
        <translation>el teléfono de noches y fines de semana</translation>
    </message>
    <message>
        <source>the lower limit of normal (LLN)</source>
        <translation>el límite inferior de la normalidad (LIN)</translation>
    </message>
    <message>
        <source>your usual level (baseline ANC)</source>
        <translation>su nivel habitual (RAN basal)</translation>
    </message>
    <message>
        <source>advice from your nurse</source>
        <translation>el consejo de su enfermera o enfermero</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day, then a time of day</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Updated by your clinic on %1.</source>
        <translation>Su clínica hizo cambios el %1.</translation>
    </message>
    <message>
        <source>Updated by your clinic on %1: %2.</source>
        <translation>Su clínica hizo cambios el %1: %2.</translation>
    </message>
    <message>
        <source>Advice from your nurse: “%1”</source>
        <translation>Consejo de su enfermera o enfermero: «%1»</translation>
    </message>
</context>
<context>
    <name>nc::ClinicValuesForm</name>
    <message>
        <source>Set by your clinic</source>
        <translation>Valores que fija su clínica</translation>
    </message>
    <message>
        <source>Set these only as your clinic tells you. Leave them empty if you were not given them.</source>
        <translation>Rellénelos solo como le indique su clínica. Si no le han dado estos valores, déjelos vacíos.</translation>
    </message>
    <message>
        <source>Usual neutrophil level, cells per microlitre</source>
        <translation>Nivel habitual de neutrófilos, en células por microlitro</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Usual level (&amp;baseline ANC)</source>
        <translation>Nivel habitual (RAN &amp;basal)</translation>
    </message>
    <message>
        <source>/µL</source>
        <translation>/µL</translation>
    </message>
    <message>
        <source>For people whose healthy neutrophil count is usually low. A count from this level up to %1/µL then reads “at your usual level”. At least %2/µL.</source>
        <translation>Para personas que, estando sanas, suelen tener pocos neutrófilos. Así, un recuento desde este nivel hasta %1/µL aparecerá como «en su nivel habitual». Como mínimo, %2/µL.</translation>
    </message>
    <message>
        <source>Lower limit of normal, cells per microlitre</source>
        <translation>Límite inferior de la normalidad, en células por microlitro</translation>
    </message>
    <message>
        <source>Lower limi&amp;t of normal (LLN)</source>
        <translation>Límite in&amp;ferior de la normalidad (LIN)</translation>
    </message>
    <message>
        <source>The lab&apos;s lower limit for neutrophils, used to grade blood counts in the report (CTCAE v5.0). At least %1/µL.</source>
        <translation>El límite inferior de neutrófilos de su laboratorio. Se usa para dar el grado de cada análisis en el informe (CTCAE v5.0). Como mínimo, %1/µL.</translation>
    </message>
    <message>
        <source>%1/µL, set by your clinic&apos;s protocol file.</source>
        <translation>%1/µL, fijado por el archivo de protocolo de su clínica.</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>Sin indicar: %1</translation>
    </message>
    <message>
        <source>The usual level must be a number of neutrophils per µL, such as %1.</source>
        <translation>El nivel habitual debe ser un número de neutrófilos por µL, por ejemplo %1.</translation>
    </message>
    <message>
        <source>The usual level must be at least %1/µL. Leave it empty if your clinic has not given you one.</source>
        <translation>El nivel habitual debe ser de al menos %1/µL. Déjelo vacío si su clínica no le ha dado ninguno.</translation>
    </message>
    <message>
        <source>The usual level must be at most %1/µL.</source>
        <translation>El nivel habitual no puede ser superior a %1/µL.</translation>
    </message>
    <message>
        <source>The lower limit of normal must be a number of neutrophils per µL, such as %1.</source>
        <translation>El límite inferior de la normalidad debe ser un número de neutrófilos por µL, por ejemplo %1.</translation>
    </message>
    <message>
        <source>The lower limit of normal %1. Leave it empty if your clinic has not given you one.</source>
        <translation>El límite inferior de la normalidad %1. Déjelo vacío si su clínica no le ha dado ninguno.</translation>
    </message>
</context>
<context>
    <name>nc::ClinicValuesPage</name>
    <message>
        <source>These values are the clinic&apos;s. Changes are recorded in the audit trail with your login, and reach the patient&apos;s app through the home link.</source>
        <translation>Estos valores los fija la clínica. Los cambios quedan anotados en el registro de auditoría con su usuario y llegan a la aplicación del paciente a través del enlace con su domicilio.</translation>
    </message>
    <message>
        <source>Fever protocol</source>
        <translation>Protocolo de fiebre</translation>
    </message>
    <message>
        <source>Clinic&apos;s &amp;file…</source>
        <translation>&amp;Archivo de la clínica…</translation>
    </message>
    <message>
        <source>Use the clinic&apos;s own protocol file</source>
        <translation>Usar el archivo de protocolo propio de la clínica</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>Pr&amp;otocolo:</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>Nombre de la &amp;clínica:</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>&amp;In hours:</source>
        <translation>&amp;En horario de consulta:</translation>
    </message>
    <message>
        <source>Clinic number in hours</source>
        <translation>Teléfono de la clínica en horario de consulta</translation>
    </message>
    <message>
        <source>&amp;Out of hours:</source>
        <translation>F&amp;uera de horario:</translation>
    </message>
    <message>
        <source>Clinic number out of hours</source>
        <translation>Teléfono de la clínica fuera de horario</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>&amp;Save clinic values</source>
        <translation>Gua&amp;rdar valores de la clínica</translation>
    </message>
    <message>
        <source>Save the clinic values</source>
        <translation>Guardar los valores de la clínica</translation>
    </message>
    <message>
        <source>The clinic&apos;s protocol file</source>
        <translation>Archivo de protocolo de la clínica</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>Archivos de protocolo (*.json)</translation>
    </message>
    <message>
        <source>%1 (clinic&apos;s file)</source>
        <translation>%1 (archivo de la clínica)</translation>
    </message>
    <message>
        <source>This protocol file was not used: %1</source>
        <translation>No se ha usado este archivo de protocolo: %1</translation>
    </message>
    <message>
        <source>Read %1. Save to apply it.</source>
        <translation>Se ha leído %1. Guarde para aplicarlo.</translation>
    </message>
    <message>
        <source>In hours</source>
        <translation>En horario de consulta</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>Fuera de horario</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <source>Saved. The audit trail records the change with your login.</source>
        <translation>Guardado. El registro de auditoría anota el cambio con su usuario.</translation>
    </message>
</context>
<context>
    <name>nc::ConnectionSpec</name>
    <message>
        <source>The server&apos;s port &quot;%1&quot; is not a port number.</source>
        <translation>El puerto del servidor «%1» no es un número de puerto.</translation>
    </message>
    <message>
        <source>The connection setting %1 cannot contain &quot;;&quot;.</source>
        <translation>El ajuste de conexión %1 no puede contener «;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connection settings has no value (write key=value).</source>
        <translation>«%1» no tiene valor en los ajustes de conexión (escriba clave=valor).</translation>
    </message>
    <message>
        <source>A quoted value in the connection settings is not closed.</source>
        <translation>Falta cerrar las comillas de un valor en los ajustes de conexión.</translation>
    </message>
    <message>
        <source>The server address is not a valid postgresql:// address: %1</source>
        <translation>La dirección del servidor no es una dirección postgresql:// válida: %1</translation>
    </message>
    <message>
        <source>this computer&apos;s PostgreSQL</source>
        <translation>el PostgreSQL de este ordenador</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>nc::ContentCatalogue</name>
    <message>
        <source>Read next</source>
        <translation>Para seguir leyendo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Reviewed on %1.</source>
        <translation>Revisado el %1.</translation>
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
    <message>
        <source>The database file %1 is empty: the data it held has been lost, perhaps by a disk or copy problem. It has not been changed.</source>
        <translation>El archivo de base de datos %1 está vacío: los datos que contenía se han perdido, quizá por un problema del disco o al copiarlo. No se ha modificado.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file or its folder is read-only. NeutroCare needs to write there to keep your entries; check the permissions. It has not been changed.</source>
        <translation>No se puede escribir en la base de datos %1: el archivo o su carpeta son de solo lectura. NeutroCare necesita escribir ahí para guardar sus registros; revise los permisos. No se ha modificado.</translation>
    </message>
    <message>
        <source>This NeutroCare cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Este NeutroCare no puede conectarse a un servidor PostgreSQL: no está instalado el controlador PostgreSQL de Qt (paquete de Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to the clinic server (%1): %2 Check that the server is running and reachable from this computer, and that the login and password are right.</source>
        <translation>No se pudo conectar con el servidor de la clínica (%1): %2 Compruebe que el servidor está en marcha y se puede alcanzar desde este ordenador, y que el usuario y la contraseña son correctos.</translation>
    </message>
    <message>
        <source>Could not read the data version on the clinic server (%1).</source>
        <translation>No se pudo leer la versión de datos del servidor de la clínica (%1).</translation>
    </message>
    <message>
        <source>The clinic server holds data version %1; this NeutroCare understands up to %2. Please update NeutroCare.</source>
        <translation>El servidor de la clínica tiene la versión de datos %1; este NeutroCare entiende hasta la %2. Actualice NeutroCare, por favor.</translation>
    </message>
    <message>
        <source>a record refers to a profile that is not there</source>
        <translation>un registro remite a un perfil que no existe</translation>
    </message>
    <message>
        <source>NeutroCare backs up only its own database files. Back up the clinic server with pg_dump (docs/clinic-server.md).</source>
        <translation>NeutroCare solo hace copias de seguridad de sus propios archivos de base de datos. Haga la copia del servidor de la clínica con pg_dump (docs/clinic-server.md).</translation>
    </message>
    <message>
        <source>The clinic server (%1) has no NeutroCare data yet. The clinic&apos;s administrator sets it up with: neutrocare-cli server init</source>
        <translation>El servidor de la clínica (%1) todavía no tiene datos de NeutroCare. El administrador de la clínica lo prepara con: neutrocare-cli server init</translation>
    </message>
    <message>
        <source>The clinic server (%1) holds data version %2; this NeutroCare needs version %3. The clinic&apos;s administrator upgrades it with: neutrocare-cli server init</source>
        <translation>El servidor de la clínica (%1) tiene datos de la versión %2; este NeutroCare necesita la versión %3. El administrador de la clínica lo actualiza con: neutrocare-cli server init</translation>
    </message>
    <message>
        <source>Could not read the data version of the database.</source>
        <translation>No se pudo leer la versión de los datos de la base de datos.</translation>
    </message>
    <message>
        <source>%1 is not a clinic server (a postgresql:// address, or host= and dbname=).</source>
        <translation>%1 no es un servidor de clínica (una dirección postgresql://, o host= y dbname=).</translation>
    </message>
</context>
<context>
    <name>nc::DatabaseRecovery</name>
    <message>
        <source>Your NeutroCare data is damaged</source>
        <translation>Sus datos de NeutroCare están dañados</translation>
    </message>
    <message>
        <source>Your data needs a newer NeutroCare</source>
        <translation>Sus datos necesitan una versión más reciente de NeutroCare</translation>
    </message>
    <message>
        <source>NeutroCare cannot open your data</source>
        <translation>NeutroCare no puede abrir sus datos</translation>
    </message>
    <message>
        <source>The file with your data cannot be read safely. This can happen after a power cut or a disk problem. Nothing has been changed or deleted.

A backup from %1 has been checked and is good. Restoring it brings back your data as it was then; anything entered later will be missing. The damaged file is kept.</source>
        <translation>El archivo con sus datos no se puede leer de forma segura. Esto puede pasar después de un corte de luz o de un problema del disco. No se ha cambiado ni borrado nada.

Se ha comprobado una copia de seguridad del %1 y está en buen estado. Al restaurarla, sus datos volverán a estar como en ese momento; faltará lo que haya anotado después. El archivo dañado se conserva.</translation>
    </message>
    <message>
        <source>The file with your data cannot be read safely. This can happen after a power cut or a disk problem. Nothing has been changed or deleted.

No good backup was found next to it. If you have a copy elsewhere (for example on a USB stick), restore from that file.</source>
        <translation>El archivo con sus datos no se puede leer de forma segura. Esto puede pasar después de un corte de luz o de un problema del disco. No se ha cambiado ni borrado nada.

No se ha encontrado junto a él ninguna copia de seguridad en buen estado. Si tiene una copia en otro sitio (por ejemplo, en una memoria USB), restaure desde ese archivo.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of NeutroCare than this one. Please install the newer version. Nothing has been changed.</source>
        <translation>Sus datos se guardaron con una versión de NeutroCare más reciente que esta. Instale la versión más reciente, por favor. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The file with your data could not be opened. Check that the disk is connected and that the file may be read and written. Nothing has been changed.</source>
        <translation>No se pudo abrir el archivo con sus datos. Compruebe que el disco esté conectado y que el archivo se pueda leer y escribir. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>No hay ninguna copia de seguridad en buen estado que restaurar.</translation>
    </message>
    <message>
        <source>This data cannot be replaced from here.</source>
        <translation>Estos datos no se pueden sustituir desde aquí.</translation>
    </message>
    <message>
        <source>NeutroCare cannot reach the clinic server</source>
        <translation>NeutroCare no puede conectar con el servidor de la clínica</translation>
    </message>
    <message>
        <source>The details below say what the server answered. Check that this computer is connected to the network, then try again; if the login was refused, ask the clinic for a new one. Nothing has been changed.

You can also open the NeutroCare data kept on this computer instead.</source>
        <translation>Los detalles de abajo dicen qué respondió el servidor. Compruebe que este ordenador está conectado a la red y vuelva a intentarlo; si se rechazó el usuario, pida uno nuevo a la clínica. No se ha cambiado nada.

También puede abrir en su lugar los datos de NeutroCare guardados en este ordenador.</translation>
    </message>
</context>
<context>
    <name>nc::DeskWindow</name>
    <message>
        <source>NeutroCare triage desk — %1</source>
        <translation>Puesto de triaje de NeutroCare — %1</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>Buscar por nombre (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;My follow-ups only</source>
        <translation>Solo &amp;mis seguimientos</translation>
    </message>
    <message>
        <source>Show only the follow-up calls I owe</source>
        <translation>Mostrar solo las llamadas de seguimiento que me tocan</translation>
    </message>
    <message>
        <source>Patients, most urgent first</source>
        <translation>Pacientes (el más urgente primero)</translation>
    </message>
    <message>
        <source>Signed in as %1 to %2</source>
        <translation>Sesión iniciada como %1 en %2</translation>
    </message>
    <message>
        <source>%1 Reconnecting… The board may be out of date until then.</source>
        <translation>%1 Reconectando… Hasta entonces, el panel puede no estar actualizado.</translation>
    </message>
    <message>
        <source>Reconnected at %1 after a lost connection; the board is up to date.</source>
        <translation>Reconectado a las %1 tras perderse la conexión; el panel está actualizado.</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Triaje</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Triaje</translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>&amp;Abrir paciente</translation>
    </message>
    <message>
        <source>&amp;Acknowledge alert</source>
        <translation>&amp;Confirmar aviso</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Nueva llamada…</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Find a patient</source>
        <translation>Buscar un &amp;paciente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>%1: call now, not acknowledged for %2</source>
        <translation>%1: llamar ahora, sin confirmar desde hace %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message numerus="yes">
        <source>(%n escalated) NeutroCare triage desk — %1</source>
        <translation>
            <numerusform>(%n escalado) Puesto de triaje de NeutroCare — %1</numerusform>
            <numerusform>(%n escalados) Puesto de triaje de NeutroCare — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no alert waiting to be acknowledged.</source>
        <translation>%1 no tiene ningún aviso pendiente de confirmar.</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Aviso sin confirmar</translation>
    </message>
    <message>
        <source>Acknowledged %1&apos;s alert as %2.</source>
        <translation>Aviso de %1 confirmado como %2.</translation>
    </message>
    <message>
        <source>Call saved.</source>
        <translation>Llamada guardada.</translation>
    </message>
    <message>
        <source>Audit trail — %1</source>
        <translation>Registro de auditoría — %1</translation>
    </message>
</context>
<context>
    <name>nc::DesktopNotifier</name>
    <message>
        <source>I contacted my care team</source>
        <translation>He llamado a mi equipo médico</translation>
    </message>
    <message>
        <source>Log a temperature</source>
        <translation>Registrar una temperatura</translation>
    </message>
    <message>
        <source>Open NeutroCare</source>
        <translation>Abrir NeutroCare</translation>
    </message>
    <message>
        <source>Quit NeutroCare</source>
        <translation>Salir de NeutroCare</translation>
    </message>
</context>
<context>
    <name>nc::ExchangeActions</name>
    <message>
        <source>Spreadsheet (CSV) (*.csv)</source>
        <translation>Hoja de cálculo (CSV) (*.csv)</translation>
    </message>
    <message>
        <source>FHIR lab results (JSON) (*.json)</source>
        <translation>Resultados de laboratorio FHIR (JSON) (*.json)</translation>
    </message>
    <message>
        <source>CSV or FHIR files (*.csv *.json);;All files (*)</source>
        <translation>Archivos CSV o FHIR (*.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n registro desde %1.</numerusform>
            <numerusform>Se importaron %n registros desde %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Datos exportados a %1.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Elija primero un perfil.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Se canceló la exportación. No se ha guardado ningún archivo.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message>
        <source>Import records for %1</source>
        <translation>Importar registros para %1</translation>
    </message>
    <message>
        <source>Export records of %1</source>
        <translation>Exportar registros de %1</translation>
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
    <message>
        <source>Quit NeutroCare?</source>
        <translation>¿Salir de NeutroCare?</translation>
    </message>
    <message>
        <source>Quit NeutroCare without creating a profile?</source>
        <translation>¿Salir de NeutroCare sin crear un perfil?</translation>
    </message>
    <message>
        <source>NeutroCare needs a profile to keep your readings in. Nothing has been saved yet.</source>
        <translation>NeutroCare necesita un perfil donde guardar sus mediciones. Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <source>&amp;Quit NeutroCare</source>
        <translation>&amp;Salir de NeutroCare</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Volver</translation>
    </message>
</context>
<context>
    <name>nc::FollowService</name>
    <message>
        <source>No news of %1</source>
        <translation>Sin noticias de %1</translation>
    </message>
    <message>
        <source>NeutroCare has not reached the clinic server for %1, so it cannot say how %2 is now. If you are worried, call %2.</source>
        <translation>NeutroCare lleva %1 sin poder conectar con el servidor de la clínica, así que no puede saber cómo está %2 ahora. Si le preocupa, llame a %2.</translation>
    </message>
    <message>
        <source>%1: fever or warning sign — call now</source>
        <translation>%1: fiebre o signo de alarma — llame ahora</translation>
    </message>
    <message>
        <source>%1&apos;s NeutroCare says to call the care team now. Make sure %1 has called, or call for them.</source>
        <translation>El NeutroCare de %1 indica que hay que llamar ahora al equipo médico. Asegúrese de que %1 ya ha llamado, o llame usted en su nombre.</translation>
    </message>
    <message>
        <source>From the clinic server, last update %1.</source>
        <translation>Datos del servidor de la clínica, última actualización: %1.</translation>
    </message>
    <message>
        <source>No connection to the clinic server for %1: what you see may be out of date. If you are worried, call %2.</source>
        <translation>Sin conexión con el servidor de la clínica desde hace %1: puede que lo que ve no esté al día. Si le preocupa, llame a %2.</translation>
    </message>
    <message>
        <source>Connecting to the clinic server…</source>
        <translation>Conectando con el servidor de la clínica…</translation>
    </message>
    <message>
        <source>Cannot reach the clinic server yet: %1</source>
        <translation>Todavía no se puede conectar con el servidor de la clínica: %1</translation>
    </message>
    <message>
        <source>From the clinic server — last update %1; trying to reconnect.</source>
        <translation>Datos del servidor de la clínica — última actualización: %1; intentando volver a conectar.</translation>
    </message>
    <message>
        <source>From the clinic server — last update %1.</source>
        <translation>Datos del servidor de la clínica — última actualización: %1.</translation>
    </message>
</context>
<context>
    <name>nc::FollowedWindow</name>
    <message>
        <source>%1 — followed, read-only</source>
        <translation>%1 — en seguimiento, solo lectura</translation>
    </message>
    <message>
        <source>%1&apos;s screens</source>
        <translation>Pantallas de %1</translation>
    </message>
</context>
<context>
    <name>nc::Handout</name>
    <message>
        <source>Sources: %1.</source>
        <translation>Fuentes: %1.</translation>
    </message>
    <message>
        <source>Content reviewed %1. Your care team&apos;s advice comes first.</source>
        <translation>Contenido revisado el %1. Lo que le indique su equipo médico tiene prioridad.</translation>
    </message>
</context>
<context>
    <name>nc::HistoryScreen</name>
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
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Outcome logged</source>
        <translation>Resultado registrado</translation>
    </message>
    <message>
        <source>Deleted — Ctrl+Z to undo</source>
        <translation>Eliminado — Ctrl+Z para deshacer</translation>
    </message>
</context>
<context>
    <name>nc::HomeLink</name>
    <message>
        <source>The clinic&apos;s server has no patient for this login: ask your nurse to check the login they gave you.</source>
        <translation>El servidor de la clínica no tiene ningún paciente para este usuario: pida a su enfermera que revise el usuario que le dio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file; a link goes to the clinic&apos;s PostgreSQL server (postgresql://… or host=… dbname=…).</source>
        <translation>«%1» es un archivo; para vincularse hace falta el servidor PostgreSQL de la clínica (postgresql://… o host=… dbname=…).</translation>
    </message>
    <message>
        <source>The server&apos;s address holds a password; give the password on its own instead.</source>
        <translation>La dirección del servidor lleva una contraseña dentro; quítela de ahí y escriba la contraseña por separado.</translation>
    </message>
    <message>
        <source>Give the login the clinic gave you.</source>
        <translation>Indique el usuario que le dio la clínica.</translation>
    </message>
    <message>
        <source>A link starts from a patient&apos;s own file, not a server.</source>
        <translation>El vínculo se hace desde el archivo propio del paciente, no desde un servidor.</translation>
    </message>
    <message>
        <source>The link&apos;s server address cannot be read.</source>
        <translation>No se puede leer la dirección del servidor de este vínculo.</translation>
    </message>
    <message>
        <source>This profile is not linked to a clinic.</source>
        <translation>Este perfil no está vinculado con ninguna clínica.</translation>
    </message>
    <message>
        <source>The fever protocol from your clinic could not be used (%1), so nothing the clinic changed was applied and your app keeps what it had. Please tell your clinic.</source>
        <translation>No se pudo usar el protocolo de fiebre que envió su clínica (%1), así que no se ha aplicado ninguno de sus cambios y la aplicación sigue con lo que tenía. Avise a su clínica.</translation>
    </message>
    <message>
        <source>This login follows nobody on the clinic&apos;s server: ask the clinic to link it to the person you look after.</source>
        <translation>Este usuario no sigue a nadie en el servidor de la clínica: pida a la clínica que lo vincule con la persona a la que cuida.</translation>
    </message>
    <message>
        <source>The clinic&apos;s values could not be read: %1</source>
        <translation>No se pudieron leer los valores de la clínica: %1</translation>
    </message>
</context>
<context>
    <name>nc::HomeLinkService</name>
    <message>
        <source>A link starts from a patient&apos;s own file, not from the clinic&apos;s server.</source>
        <translation>El vínculo se hace desde el archivo propio del paciente, no desde el servidor de la clínica.</translation>
    </message>
</context>
<context>
    <name>nc::ImportDialog</name>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>No se pudo abrir el archivo: %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was imported.</source>
        <translation>Se canceló la lectura. No se ha importado nada.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 cannot be imported. Nothing was stored. Fix these problems in the file and try again:</source>
        <translation>No se puede importar %1. No se ha guardado nada. Corrija estos problemas en el archivo y vuelva a intentarlo:</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemas en el archivo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Se ha encontrado %n problema.</numerusform>
            <numerusform>Se han encontrado %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>What importing %1 will do:</source>
        <translation>Qué pasará al importar %1:</translation>
    </message>
    <message>
        <source>Records in the file</source>
        <translation>Registros del archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Already stored (skipped)</source>
        <translation>Ya guardados (se omiten)</translation>
    </message>
    <message>
        <source>Results NeutroCare does not track (not imported):</source>
        <translation>Resultados que NeutroCare no registra (no se importan):</translation>
    </message>
    <message>
        <source>Results not imported</source>
        <translation>Resultados no importados</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cantidad</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) the lab marked as entered in error or cancelled (not imported).</source>
        <translation>
            <numerusform>%n resultado que el laboratorio marcó como introducido por error o cancelado (no se importa).</numerusform>
            <numerusform>%n resultados que el laboratorio marcó como introducidos por error o cancelados (no se importan).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is stored until you press Import.</source>
        <translation>No se guarda nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>Everything in this file is already stored: there is nothing to import.</source>
        <translation>Todo lo que contiene este archivo ya está guardado: no hay nada que importar.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n record(s)</source>
        <translation>
            <numerusform>&amp;Importar %n registro</numerusform>
            <numerusform>&amp;Importar %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>Se canceló la importación. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>No se ha guardado nada: %1</translation>
    </message>
    <message>
        <source>Import records for %1</source>
        <translation>Importar registros para %1</translation>
    </message>
    <message>
        <source>Into the records of: %1</source>
        <translation>En los registros de: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the first %1 are listed.</source>
        <translation>
            <numerusform>Se encontró %n problema; se muestran los primeros %1.</numerusform>
            <numerusform>Se encontraron %n problemas; se muestran los primeros %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::ImportError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1, campo %2: %3</translation>
    </message>
</context>
<context>
    <name>nc::JsonReader</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida «%1»</translation>
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
        <source>must be a text</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time with an offset, like 2026-03-10T08:00:00+01:00</source>
        <translation>no es una hora ISO 8601 con desfase horario, como 2026-03-10T08:00:00+01:00</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>valor de %1 desconocido: «%2»</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
</context>
<context>
    <name>nc::LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Short articles in plain words, checked against medical guidelines. They explain; your care team decides.</source>
        <translation>Artículos breves y en palabras sencillas, contrastados con las guías médicas. Le explican; quien decide es su equipo médico.</translation>
    </message>
    <message>
        <source>&amp;Search the articles</source>
        <translation>&amp;Buscar en los artículos</translation>
    </message>
    <message>
        <source>Search the articles</source>
        <translation>Buscar en los artículos</translation>
    </message>
    <message>
        <source>For example: fever, food, G-CSF</source>
        <translation>Por ejemplo: fiebre, alimentos, G-CSF</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the previous article</source>
        <translation>Volver al artículo anterior</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Forward to the next article</source>
        <translation>Ir al artículo siguiente</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Right)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 artículo</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 artículos</translation>
    </message>
    <message>
        <source>No article matches “%1”. Try a shorter or different word.</source>
        <translation>Ningún artículo coincide con «%1». Pruebe con una palabra más corta o diferente.</translation>
    </message>
    <message>
        <source>1 article matches “%1”</source>
        <translation>1 artículo coincide con «%1»</translation>
    </message>
    <message>
        <source>%1 articles match “%2”</source>
        <translation>%1 artículos coinciden con «%2»</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print this article as a handout</source>
        <translation>Imprimir este artículo como hoja informativa</translation>
    </message>
</context>
<context>
    <name>nc::LinkDialog</name>
    <message>
        <source>Link %1 to the clinic</source>
        <translation>Vincular a %1 con la clínica</translation>
    </message>
    <message>
        <source>Your clinic gives you the server&apos;s address, a login and a password. Once linked, what you log here is also sent to the clinic, so your nurses see it. Everything stays on this computer too, and your alerts keep working without the internet.</source>
        <translation>Su clínica le facilita la dirección del servidor, un usuario y una contraseña. Una vez hecho el vínculo, lo que registre aquí se envía también a la clínica, para que su equipo de enfermería lo vea. Todo se sigue guardando en este ordenador, y sus avisos funcionan igual aunque no haya internet.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Dirección del servidor</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>How the server is checked</source>
        <translation>Cómo se comprueba el servidor</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate (safest)</source>
        <translation>Comprobar el certificado del servidor (lo más seguro)</translation>
    </message>
    <message>
        <source>Encrypt, but do not check the certificate (less safe)</source>
        <translation>Cifrar, pero sin comprobar el certificado (menos seguro)</translation>
    </message>
    <message>
        <source>Do not encrypt (least safe: only inside the clinic&apos;s own network)</source>
        <translation>Sin cifrar (lo menos seguro: solo dentro de la propia red de la clínica)</translation>
    </message>
    <message>
        <source>&amp;Checking</source>
        <translation>Co&amp;mprobación</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Dónde se guarda la contraseña</translation>
    </message>
    <message>
        <source>In this computer&apos;s &amp;keyring (recommended)</source>
        <translation>En el &amp;llavero de este ordenador (recomendado)</translation>
    </message>
    <message>
        <source>In a password &amp;file that only you can read, for computers without a keyring</source>
        <translation>En un &amp;archivo de contraseñas que solo usted puede leer, para ordenadores sin llavero</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>Less safe: the connection is encrypted, but someone who pretends to be the clinic&apos;s server would not be noticed.</source>
        <translation>Menos seguro: la conexión va cifrada, pero si alguien se hiciera pasar por el servidor de la clínica, no se notaría.</translation>
    </message>
    <message>
        <source>Least safe: anyone on the network between this computer and the clinic could read or change what is sent. Choose this only if the clinic asks you to.</source>
        <translation>Lo menos seguro: cualquiera que esté en la red entre este ordenador y la clínica podría leer o cambiar lo que se envía. Elija esta opción solo si se lo pide la clínica.</translation>
    </message>
    <message>
        <source>Type the password the clinic gave you.</source>
        <translation>Escriba la contraseña que le dio la clínica.</translation>
    </message>
    <message>
        <source>Trying the login with the clinic&apos;s server…</source>
        <translation>Comprobando su usuario con el servidor de la clínica…</translation>
    </message>
    <message>
        <source>The clinic refused the login. Check the login and password, or ask your nurse for a new one.</source>
        <translation>La clínica no ha aceptado el usuario. Revise el usuario y la contraseña, o pida uno nuevo a su enfermera o enfermero.</translation>
    </message>
    <message>
        <source>You can keep the password in a file that only you can read instead: choose it above and press Link again.</source>
        <translation>También puede guardar la contraseña en un archivo que solo usted puede leer: elija esa opción arriba y vuelva a pulsar Vincular.</translation>
    </message>
    <message>
        <source>Follow someone you look after</source>
        <translation>Seguir a una persona a la que cuida</translation>
    </message>
    <message>
        <source>The clinic gives a caregiver the server&apos;s address, a login and a password. You then see the person&apos;s Today, charts and history as the clinic&apos;s server has them, and get their alerts here. You can look, not change anything.</source>
        <translation>La clínica facilita a quien cuida la dirección del servidor, un usuario y una contraseña. Así podrá ver las pestañas Hoy, Gráficas e Historial de esa persona tal como las tiene el servidor de la clínica, y recibir aquí sus avisos. Puede consultarlo todo, pero no cambiar nada.</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Seguir</translation>
    </message>
</context>
<context>
    <name>nc::LinkSection</name>
    <message>
        <source>Link to my clinic</source>
        <translation>Vínculo con mi clínica</translation>
    </message>
    <message>
        <source>Link to my &amp;clinic…</source>
        <translation>Vincular con mi &amp;clínica…</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>&amp;Desvincular…</translation>
    </message>
    <message>
        <source>%1 is linked to the clinic: what is logged is sent there from now on, and what was logged before goes first.</source>
        <translation>El perfil de %1 ya está vinculado con la clínica: lo que se registre a partir de ahora se enviará allí, y antes se enviará lo que ya estaba registrado.</translation>
    </message>
    <message>
        <source>Unlink from the clinic</source>
        <translation>Desvincular de la clínica</translation>
    </message>
    <message>
        <source>Stop sending %1&apos;s entries to the clinic?</source>
        <translation>¿Dejar de enviar a la clínica los registros de %1?</translation>
    </message>
    <message>
        <source>Everything stays on this computer. The clinic keeps the copy it already has: to have it removed, ask the clinic.</source>
        <translation>Todo sigue guardado en este ordenador. La clínica conserva la copia que ya tiene: si quiere que la borren, pídaselo a la clínica.</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Desvincular</translation>
    </message>
    <message>
        <source>Unlinked. Everything stays on this computer; the clinic keeps its copy until you ask them to remove it.</source>
        <translation>Se ha quitado el vínculo. Todo sigue guardado en este ordenador; la clínica conserva su copia hasta que usted le pida que la borre.</translation>
    </message>
    <message>
        <source>Link &amp;again with a new login…</source>
        <translation>Vincular de &amp;nuevo con un usuario nuevo…</translation>
    </message>
</context>
<context>
    <name>nc::LinkStatus</name>
    <message>
        <source>Not linked to a clinic: everything stays on this computer.</source>
        <translation>Sin vínculo con ninguna clínica: todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>The clinic refused the login: ask your nurse for a new one.</source>
        <translation>La clínica no ha aceptado el usuario: pida uno nuevo a su enfermera o enfermero.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting to be sent — no connection since %1</source>
        <translation>
            <numerusform>%n registro pendiente de enviar — última conexión: %1</numerusform>
            <numerusform>%n registros pendientes de enviar — última conexión: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to %1 — no connection since %2</source>
        <translation>Vinculado con %1 — última conexión: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting to be sent — the clinic server did not take them</source>
        <translation>
            <numerusform>%n registro pendiente de enviar — el servidor de la clínica no lo aceptó</numerusform>
            <numerusform>%n registros pendientes de enviar — el servidor de la clínica no los aceptó</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n entries to %1…</source>
        <translation>
            <numerusform>Enviando %n registro a %1…</numerusform>
            <numerusform>Enviando %n registros a %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked to %1 — %n entries to send</source>
        <translation>
            <numerusform>Vinculado con %1 — %n registro por enviar</numerusform>
            <numerusform>Vinculado con %1 — %n registros por enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to %1 — nothing sent yet</source>
        <translation>Vinculado con %1 — todavía no se ha enviado nada</translation>
    </message>
    <message>
        <source>Linked to %1 — last sent %2</source>
        <translation>Vinculado con %1 — último envío: %2</translation>
    </message>
</context>
<context>
    <name>nc::LinkStatusLine</name>
    <message>
        <source>Link to the clinic</source>
        <translation>Vínculo con la clínica</translation>
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
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>%1: %2 is later than now. Please check the date and time: only what has already happened can be logged.</source>
        <translation>%1: %2 es posterior a la hora actual. Compruebe la fecha y la hora: solo se puede registrar lo que ya ha ocurrido.</translation>
    </message>
    <message>
        <source>%1: %2 is after today. Please check the date: only what has already happened can be logged.</source>
        <translation>%1: %2 es posterior a hoy. Compruebe la fecha: solo se puede registrar lo que ya ha ocurrido.</translation>
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
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>Ap&amp;render</translation>
    </message>
    <message>
        <source>&amp;Precautions</source>
        <translation>&amp;Precauciones</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficas</translation>
    </message>
    <message>
        <source>Your data was backed up to %1.</source>
        <translation>Se ha hecho una copia de seguridad de sus datos en %1.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficas</translation>
    </message>
    <message>
        <source>Your data was restored. What was there before was backed up first.</source>
        <translation>Se han restaurado sus datos. Antes se hizo una copia de seguridad de lo que había.</translation>
    </message>
    <message>
        <source>Loo&amp;king after:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>call now</source>
        <translation>llamar ahora</translation>
    </message>
    <message>
        <source>call today</source>
        <translation>llamar hoy</translation>
    </message>
    <message>
        <source>take temperature now</source>
        <translation>tomar la temperatura ahora</translation>
    </message>
    <message>
        <source>recheck soon</source>
        <translation>volver a medir pronto</translation>
    </message>
    <message>
        <source>take extra care</source>
        <translation>extremar precauciones</translation>
    </message>
    <message>
        <source>no recent temperature</source>
        <translation>sin temperatura reciente</translation>
    </message>
    <message>
        <source>no warning signs</source>
        <translation>sin signos de alarma</translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation>Hacer copia de seguridad &amp;en…</translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation>Hacer una copia de seguridad en una carpeta</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Restaurar desde &amp;archivo…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>NeutroCare is still running</source>
        <translation>NeutroCare sigue abierto</translation>
    </message>
    <message>
        <source>This desktop shows NeutroCare&apos;s reminders only in this window: keep it open, and take your temperature at the times your care team gave you.</source>
        <translation>Este escritorio muestra los recordatorios de NeutroCare solo en esta ventana: manténgala abierta y tómese la temperatura a las horas que le indicó su equipo médico.</translation>
    </message>
    <message>
        <source>It keeps reminding you while its window is closed. To open it, start NeutroCare again. To quit, choose File ▸ Quit, or Quit NeutroCare here.</source>
        <translation>Le sigue recordando aunque la ventana esté cerrada. Para abrirla, inicie NeutroCare de nuevo. Para salir, elija Archivo ▸ Salir, o Salir de NeutroCare aquí.</translation>
    </message>
    <message>
        <source>&amp;Follow someone you look after…</source>
        <translation>Se&amp;guir a una persona a la que cuida…</translation>
    </message>
    <message>
        <source>%1 — followed, read-only</source>
        <translation>%1 — en seguimiento, solo lectura</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>%1 (followed, read-only): %2 %3</source>
        <translation>%1 (en seguimiento, solo lectura): %2 %3</translation>
    </message>
    <message>
        <source>Following %1, read-only: in “Looking after”, with their alerts here.</source>
        <translation>Ahora sigue a %1 en modo de solo lectura: aparece en la lista «Paciente» y sus avisos le llegarán aquí.</translation>
    </message>
    <message>
        <source>Cannot reach the clinic server</source>
        <translation>No se puede conectar con el servidor de la clínica</translation>
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
    <message>
        <source>Good to know: %1 can sometimes lower the neutrophil count. Keep taking it as prescribed and ask your care team about it.</source>
        <translation>Conviene saber: %1 a veces puede bajar el recuento de neutrófilos. Siga tomándolo como se lo recetaron y consúltelo con su equipo médico.</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
</context>
<context>
    <name>nc::PageFrame</name>
    <message>
        <source>In hours</source>
        <translation>En horario de consulta</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>Fuera de horario</translation>
    </message>
    <message>
        <source>Printed %1 with NeutroCare — education and self-monitoring, not a diagnosis.</source>
        <translation>Impreso el %1 con NeutroCare — educación sanitaria y autocontrol, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation>Su equipo médico</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>nc::PasswordStore</name>
    <message>
        <source>The password could not be kept in this desktop&apos;s keyring (%1).</source>
        <translation>No se pudo guardar la contraseña en el llavero de este escritorio (%1).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>nc::PatientReport</name>
    <message>
        <source>%1 /µL</source>
        <translation>%1 /µL</translation>
    </message>
    <message>
        <source>fever</source>
        <translation>fiebre</translation>
    </message>
    <message>
        <source>sustained fever</source>
        <translation>fiebre mantenida</translation>
    </message>
    <message>
        <source>low temperature</source>
        <translation>temperatura baja</translation>
    </message>
    <message>
        <source>red-flag symptom</source>
        <translation>síntoma de alarma</translation>
    </message>
    <message>
        <source>sign of infection</source>
        <translation>signo de infección</translation>
    </message>
    <message>
        <source>borderline temperature</source>
        <translation>temperatura en el límite</translation>
    </message>
    <message>
        <source>severe neutropenia</source>
        <translation>neutropenia grave</translation>
    </message>
    <message>
        <source>several warning signs</source>
        <translation>varios signos de alarma</translation>
    </message>
    <message>
        <source>reading may be masked</source>
        <translation>la medida puede estar enmascarada</translation>
    </message>
    <message>
        <source>recently contacted</source>
        <translation>contacto reciente</translation>
    </message>
    <message>
        <source>low-count days</source>
        <translation>días de defensas bajas</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Informe de %1</translation>
    </message>
    <message>
        <source>STATUS ON %1</source>
        <translation>SITUACIÓN A %1</translation>
    </message>
    <message>
        <source>Latest ANC: &lt;b&gt;%1&lt;/b&gt; on %2 — %3; %4 grade %5, %6 grade %7%8</source>
        <translation>Último RAN: &lt;b&gt;%1&lt;/b&gt; el %2 — %3; grado %5 según %4, grado %7 según %6%8</translation>
    </message>
    <message>
        <source> (out of date)</source>
        <translation> (desactualizado)</translation>
    </message>
    <message>
        <source>No blood count on record.</source>
        <translation>No hay ningún análisis de sangre registrado.</translation>
    </message>
    <message>
        <source>Chemotherapy on %1 (day %2); expected low-count days %3 to %4%5.</source>
        <translation>Quimioterapia el %1 (día %2); días de defensas bajas previstos: del %3 al %4%5.</translation>
    </message>
    <message>
        <source>, may be shorter with G-CSF</source>
        <translation>, pueden acortarse con G-CSF</translation>
    </message>
    <message>
        <source>TEMPERATURES</source>
        <translation>TEMPERATURAS</translation>
    </message>
    <message>
        <source>1 at fever level</source>
        <translation>1 en nivel de fiebre</translation>
    </message>
    <message>
        <source>%1 at fever level</source>
        <translation>%1 en nivel de fiebre</translation>
    </message>
    <message>
        <source>HIGHEST</source>
        <translation>MÁXIMA</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>LOWEST ANC</source>
        <translation>RAN MÁS BAJO</translation>
    </message>
    <message>
        <source>ALERTS</source>
        <translation>AVISOS</translation>
    </message>
    <message>
        <source>Fever: %1 (%2).</source>
        <translation>Fiebre: %1 (%2).</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Temperaturas</translation>
    </message>
    <message>
        <source>No temperatures in this period.</source>
        <translation>No hay temperaturas en este periodo.</translation>
    </message>
    <message>
        <source>▲ Fever</source>
        <translation>▲ Fiebre</translation>
    </message>
    <message>
        <source>▲ Raised</source>
        <translation>▲ Algo alta</translation>
    </message>
    <message>
        <source>Borderline</source>
        <translation>En el límite</translation>
    </message>
    <message>
        <source>▼ Low</source>
        <translation>▼ Baja</translation>
    </message>
    <message>
        <source>after a painkiller: may be masked</source>
        <translation>tras un analgésico: puede estar enmascarada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Blood counts</source>
        <translation>Análisis de sangre</translation>
    </message>
    <message>
        <source>Severity by ANC; grades of “neutrophil count decreased” as %1 (LLN %2) / %3.</source>
        <translation>Gravedad según el RAN; grados de «disminución del recuento de neutrófilos» según %1 (LIN %2) / %3.</translation>
    </message>
    <message>
        <source>No blood counts in this period.</source>
        <translation>No hay análisis de sangre en este periodo.</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>medido</translation>
    </message>
    <message>
        <source>WBC %1 × %2%</source>
        <translation>Leucocitos %1 × %2%</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>RAN</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Grados</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>No symptoms logged in this period.</source>
        <translation>No se registraron síntomas en este periodo.</translation>
    </message>
    <message>
        <source>⚠ Red flag: call now</source>
        <translation>⚠ Signo de alarma: llamar ahora</translation>
    </message>
    <message>
        <source>Sign of infection</source>
        <translation>Signo de infección</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>No treatments on record for this period.</source>
        <translation>No hay tratamientos registrados en este periodo.</translation>
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
        <source>Alerts</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>No alerts in this period.</source>
        <translation>No hay avisos en este periodo.</translation>
    </message>
    <message>
        <source>⚠ Call now</source>
        <translation>⚠ Llamar ahora</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Precautions checklist</source>
        <translation>Lista de precauciones</translation>
    </message>
    <message>
        <source>Items ticked each day out of the %1 on the daily checklist.</source>
        <translation>Puntos marcados cada día, de los %1 de la lista diaria.</translation>
    </message>
    <message>
        <source>No checklist ticks in this period.</source>
        <translation>No se marcó ningún punto de la lista en este periodo.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Overall: &lt;b&gt;%1%&lt;/b&gt; of the daily precautions ticked.</source>
        <translation>En total se marcó el &lt;b&gt;%1%&lt;/b&gt; de las precauciones diarias.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Days with ticks</source>
        <translation>Días con marcas</translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation>Puntos marcados</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>fecha de nacimiento: %1</translation>
    </message>
    <message>
        <source>temperatures in %1</source>
        <translation>temperaturas en %1</translation>
    </message>
    <message>
        <source>Private notes are included at the patient&apos;s choice.</source>
        <translation>Las notas privadas se incluyen por decisión del paciente.</translation>
    </message>
    <message>
        <source>Private notes are not included.</source>
        <translation>No se incluyen las notas privadas.</translation>
    </message>
    <message>
        <source>%1 (at the usual level the clinic set)</source>
        <translation>%1 (en el nivel habitual fijado por la clínica)</translation>
    </message>
    <message>
        <source>LLN from the clinic&apos;s protocol file.</source>
        <translation>LIN tomado del archivo de protocolo de la clínica.</translation>
    </message>
    <message>
        <source>LLN set by the clinic.</source>
        <translation>LIN fijado por la clínica.</translation>
    </message>
    <message>
        <source>Usual level set by the clinic: %1; a count from there up to %2 reads “at the usual level”.</source>
        <translation>Nivel habitual fijado por la clínica: %1; un recuento desde ese valor hasta %2 figura como «en el nivel habitual».</translation>
    </message>
    <message>
        <source>%1 (usual level)</source>
        <translation>%1 (nivel habitual)</translation>
    </message>
    <message>
        <source>%1 with contact made</source>
        <translation>%1 con contacto establecido</translation>
    </message>
    <message>
        <source>Each “call your care team” alert from when it began, whether or not anyone said what happened.</source>
        <translation>Todas las alertas de «llame a su equipo médico» desde que empezaron, tanto si alguien indicó lo que ocurrió como si no.</translation>
    </message>
    <message>
        <source>☎ Call today</source>
        <translation>☎ Llame hoy</translation>
    </message>
    <message>
        <source>logged %1</source>
        <translation>registrado: %1</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Painkiller doses</source>
        <translation>Dosis de analgésicos</translation>
    </message>
    <message>
        <source>No painkiller doses logged in this period.</source>
        <translation>No se registraron dosis de analgésicos en este periodo.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message numerus="yes">
        <source>In this period and the %n days before it.</source>
        <translation>
            <numerusform>En este periodo y el %n día anterior.</numerusform>
            <numerusform>En este periodo y los %n días anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A fever medicine can lower a temperature for up to %n hours: readings taken then are flagged.</source>
        <translation>
            <numerusform>Un antitérmico puede bajar la temperatura durante hasta %n hora: las mediciones tomadas en ese tiempo aparecen marcadas.</numerusform>
            <numerusform>Un antitérmico puede bajar la temperatura durante hasta %n horas: las mediciones tomadas en ese tiempo aparecen marcadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::PatientWindow</name>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Nueva llamada…</translation>
    </message>
    <message>
        <source>Record a new telephone call about this patient</source>
        <translation>Registrar una nueva llamada telefónica sobre este paciente</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Im&amp;primir</translation>
    </message>
    <message>
        <source>Print the report, the wallet card or a sheet</source>
        <translation>Imprimir el informe, la tarjeta de bolsillo o una hoja</translation>
    </message>
    <message>
        <source>Read-only: the patient&apos;s own records are theirs and cannot be changed from the desk. The clinic&apos;s values are on their own tab.</source>
        <translation>Solo lectura: los registros del paciente son suyos y no se pueden cambiar desde el puesto de triaje. Los valores de la clínica tienen su propia pestaña.</translation>
    </message>
    <message>
        <source>This patient&apos;s screens</source>
        <translation>Pantallas de este paciente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficas</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>H&amp;istorial</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Llamadas</translation>
    </message>
    <message>
        <source>Clinic &amp;values</source>
        <translation>&amp;Valores de la clínica</translation>
    </message>
    <message>
        <source>Telephone calls, newest first</source>
        <translation>Llamadas telefónicas (la más reciente primero)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Atendida por</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Quién llama</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>The selected call</source>
        <translation>La llamada seleccionada</translation>
    </message>
    <message>
        <source>Follow-up call &amp;made</source>
        <translation>Llamada de seguimiento &amp;realizada</translation>
    </message>
    <message>
        <source>Mark the selected call&apos;s follow-up as made</source>
        <translation>Marcar como hecho el seguimiento de la llamada seleccionada</translation>
    </message>
    <message>
        <source>Print call &amp;record…</source>
        <translation>Imprimir r&amp;egistro de la llamada…</translation>
    </message>
    <message>
        <source>Print the selected call&apos;s record</source>
        <translation>Imprimir el registro de la llamada seleccionada</translation>
    </message>
    <message>
        <source>A patient no longer on the server</source>
        <translation>Un paciente que ya no está en el servidor</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (año de nacimiento: %2)</translation>
    </message>
    <message>
        <source>%1 — NeutroCare triage desk</source>
        <translation>%1 — Puesto de triaje de NeutroCare</translation>
    </message>
    <message>
        <source>Made by %1</source>
        <translation>Hecha por %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Atrasada desde el %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Prevista para el %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No call recorded yet. Use New call when the patient or a caregiver telephones.</source>
        <translation>Todavía no hay ninguna llamada registrada. Use «Nueva llamada» cuando llame el paciente o un cuidador.</translation>
    </message>
    <message>
        <source>Taken by %1 on %2</source>
        <translation>Atendida por %1 el %2</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Quién llama: %1</translation>
    </message>
    <message>
        <source>Reported temperature: %1 (%2) at %3</source>
        <translation>Temperatura referida: %1 (%2), el %3</translation>
    </message>
    <message>
        <source>Reported symptom: %1</source>
        <translation>Síntoma referido: %1</translation>
    </message>
    <message>
        <source>Fever medicine: %1 at %2</source>
        <translation>Medicamento para la fiebre: %1, el %2</translation>
    </message>
    <message>
        <source>Assessment: %1 (protocol %2)</source>
        <translation>Valoración: %1 (protocolo %2)</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Sugerida: %1</translation>
    </message>
    <message>
        <source>Disposition: %1</source>
        <translation>Disposición: %1</translation>
    </message>
    <message>
        <source>Reason for a less urgent disposition: %1</source>
        <translation>Motivo de una disposición menos urgente: %1</translation>
    </message>
    <message>
        <source>Advice given: %1</source>
        <translation>Indicaciones dadas: %1</translation>
    </message>
    <message>
        <source>Decision support for clinicians: %1, %2</source>
        <translation>Ayuda a la decisión para profesionales sanitarios: %1, %2</translation>
    </message>
    <message>
        <source>Follow-up not marked</source>
        <translation>No se marcó el seguimiento</translation>
    </message>
    <message>
        <source>Education &amp;sheet</source>
        <translation>Hoja in&amp;formativa</translation>
    </message>
</context>
<context>
    <name>nc::PrecautionsScreen</name>
    <message>
        <source>Precautions for today</source>
        <translation>Precauciones de hoy</translation>
    </message>
    <message>
        <source>Tick each one you have done today. Ticks are kept for each day, so tomorrow starts with a fresh list.</source>
        <translation>Marque cada una que haya hecho hoy. Las marcas se guardan por días, así que mañana empezará con la lista en blanco.</translation>
    </message>
    <message>
        <source>Most important in your low-count days</source>
        <translation>Muy importante en sus días de defensas bajas</translation>
    </message>
    <message>
        <source>Most important in your low-count days. %1</source>
        <translation>Muy importante en sus días de defensas bajas. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are in your low-count days: day %1 after treatment.&lt;/b&gt;&lt;br&gt;Your neutrophils are expected to be at their lowest until %2, so infections are more likely. The precautions marked &lt;b&gt;“Most important in your low-count days”&lt;/b&gt; matter most now. This is a prediction, not a blood test: a fever still means a call straight away.</source>
        <translation>&lt;b&gt;Está en sus días de defensas bajas: día %1 tras el tratamiento.&lt;/b&gt;&lt;br&gt;Se espera que sus neutrófilos estén en su punto más bajo hasta el %2, así que las infecciones son más probables. Las precauciones marcadas como &lt;b&gt;«Muy importante en sus días de defensas bajas»&lt;/b&gt; son las que más cuentan ahora. Es una previsión, no un análisis de sangre: si tiene fiebre, llame enseguida igualmente.</translation>
    </message>
    <message>
        <source>You are in your low-count days</source>
        <translation>Está en sus días de defensas bajas</translation>
    </message>
    <message>
        <source>Your tick could not be saved: %1</source>
        <translation>No se pudo guardar la marca: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done today</source>
        <translation>%1 de %2 hechas hoy</translation>
    </message>
    <message>
        <source>This cycle, day by day</source>
        <translation>Este ciclo, día a día</translation>
    </message>
    <message>
        <source>Create a profile to keep your ticks.</source>
        <translation>Cree un perfil para guardar sus marcas.</translation>
    </message>
    <message>
        <source>%1 of %2 ticks, and every precaution done on %3 of %4 days.</source>
        <translation>%1 de %2 marcas, y todas las precauciones hechas en %3 de %4 días.</translation>
    </message>
    <message>
        <source>Since your treatment on %1: %2</source>
        <translation>Desde su tratamiento del %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The last %n days</source>
        <translation>
            <numerusform>El último %n día</numerusform>
            <numerusform>Los últimos %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::PrintCommands</name>
    <message>
        <source>Print &amp;report…</source>
        <translation>Imprimir &amp;informe…</translation>
    </message>
    <message>
        <source>Print wallet alert &amp;card…</source>
        <translation>Imprimir &amp;tarjeta de alerta…</translation>
    </message>
    <message>
        <source>Print “&amp;When to call” sheet…</source>
        <translation>Imprimir hoja «&amp;Cuándo llamar»…</translation>
    </message>
    <message>
        <source>Print preview — %1 — %2</source>
        <translation>Vista previa de impresión — %1 — %2</translation>
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
    <message>
        <source>Call now at %1.</source>
        <translation>Llame ahora al %1.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, o </translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Fuente: %1.</translation>
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
        <source>a protocol file must hold one JSON object</source>
        <translation>un archivo de protocolo debe contener un único objeto JSON</translation>
    </message>
</context>
<context>
    <name>nc::RecoveryDialog</name>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (recommended)</source>
        <translation>Restaurar la copia de seguridad del %1 (recomendado)</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation>Restaurar la última copia de seguridad en buen estado</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>Restaurar desde &amp;otro archivo…</translation>
    </message>
    <message>
        <source>Restore from another file</source>
        <translation>Restaurar desde otro archivo</translation>
    </message>
    <message>
        <source>&amp;Quit NeutroCare</source>
        <translation>&amp;Salir de NeutroCare</translation>
    </message>
    <message>
        <source>Quit NeutroCare</source>
        <translation>Salir de NeutroCare</translation>
    </message>
    <message>
        <source>Choose a NeutroCare backup</source>
        <translation>Elija una copia de seguridad de NeutroCare</translation>
    </message>
    <message>
        <source>NeutroCare data (*.sqlite);;All files (*)</source>
        <translation>Datos de NeutroCare (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <source>Try to connect to the clinic server again</source>
        <translation>Intentar de nuevo la conexión con el servidor de la clínica</translation>
    </message>
    <message>
        <source>Open the data on this &amp;computer instead</source>
        <translation>Abrir los datos de este &amp;ordenador en su lugar</translation>
    </message>
    <message>
        <source>Open the NeutroCare data on this computer instead</source>
        <translation>Abrir en su lugar los datos de NeutroCare de este ordenador</translation>
    </message>
</context>
<context>
    <name>nc::Reminders</name>
    <message>
        <source>%1: %2</source>
        <comment>a reminder&apos;s title: the person&apos;s name, then the title</comment>
        <translation>%1: %2</translation>
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
        <source>Your temperature check is overdue: please take your temperature now.</source>
        <translation>Ya pasó la hora de tomarse la temperatura: tómesela ahora, por favor.</translation>
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
</context>
<context>
    <name>nc::ReportDialog</name>
    <message>
        <source>A report for the care team: the status, charts, readings, blood counts, symptoms, alerts and checklist for the days you choose.</source>
        <translation>Un informe para el equipo médico: la situación, las gráficas, las mediciones, los análisis de sangre, los síntomas, los avisos y la lista de precauciones de los días que elija.</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Primer día del informe</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Último día del informe</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Include my private &amp;notes</source>
        <translation>Incluir mis &amp;notas privadas</translation>
    </message>
    <message>
        <source>Include the private notes in the report</source>
        <translation>Incluir las notas privadas en el informe</translation>
    </message>
    <message>
        <source>Notes are left out unless you tick this.</source>
        <translation>Las notas no se incluyen a menos que marque esta casilla.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>⚠ The first day is after the last day.</source>
        <translation>⚠ El primer día es posterior al último.</translation>
    </message>
    <message>
        <source>Print a report for %1</source>
        <translation>Imprimir un informe de %1</translation>
    </message>
    <message>
        <source>Report for: %1</source>
        <translation>Informe de: %1</translation>
    </message>
</context>
<context>
    <name>nc::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>NeutroCare keeps a copy of your data every day, for the last %n days. Choose the copy to go back to. Your data as it is now is saved first, so nothing is lost.</source>
        <translation>
            <numerusform>NeutroCare guarda cada día una copia de sus datos y la conserva durante %n día. Elija la copia a la que quiere volver. Antes de restaurar, se guardan sus datos tal como están ahora, así que no se pierde nada.</numerusform>
            <numerusform>NeutroCare guarda cada día una copia de sus datos y conserva las de los últimos %n días. Elija la copia a la que quiere volver. Antes de restaurar, se guardan sus datos tal como están ahora, así que no se pierde nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad (la más reciente primero)</translation>
    </message>
    <message>
        <source>There are no backups yet. The first one is made while NeutroCare runs, or with File ▸ Back up now.</source>
        <translation>Todavía no hay copias de seguridad. La primera se hace mientras NeutroCare está abierto, o con Archivo ▸ Hacer copia de seguridad ahora.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurar la copia de seguridad elegida</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Restore from the file %1. Your data as it is now is saved first, so nothing is lost.</source>
        <translation>Restaurar desde el archivo %1. Antes se guardan sus datos tal como están ahora, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>What to restore</source>
        <translation>Qué restaurar</translation>
    </message>
    <message numerus="yes">
        <source>Every profile (%n in all)</source>
        <translation>
            <numerusform>Todos los perfiles (%n en total)</numerusform>
            <numerusform>Todos los perfiles (%n en total)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1, the others stay as they are</source>
        <translation>Solo %1; los demás se quedan como están</translation>
    </message>
    <message>
        <source>Res&amp;tore:</source>
        <translation>Res&amp;taurar:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurar desde un archivo</translation>
    </message>
    <message>
        <source>NeutroCare data (*.sqlite);;All files (*)</source>
        <translation>Datos de NeutroCare (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This file cannot be restored. %1 Nothing was changed.</source>
        <translation>Este archivo no se puede restaurar. %1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a backup&apos;s date and time</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>%1 — made automatically before a restore</source>
        <translation>%1 — hecha automáticamente antes de una restauración</translation>
    </message>
    <message>
        <source>This replaces the data of %1 with the copy of %2. The other profiles stay as they are.</source>
        <translation>Esto sustituye los datos de %1 por la copia del %2. Los demás perfiles se quedan como están.</translation>
    </message>
    <message>
        <source>This replaces your data with the copy of %1.</source>
        <translation>Esto sustituye sus datos por la copia del %1.</translation>
    </message>
    <message numerus="yes">
        <source>This replaces all %n profiles with the copy of %1.</source>
        <translation>
            <numerusform>Esto sustituye %n perfil por la copia del %1.</numerusform>
            <numerusform>Esto sustituye los %n perfiles por la copia del %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, added since then, will be removed, with its %n record(s).</source>
        <translation>
            <numerusform>%1 se añadió después, así que se eliminará junto con su %n registro.</numerusform>
            <numerusform>%1 se añadió después, así que se eliminará junto con sus %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, deleted since then, will come back, with its %n record(s).</source>
        <translation>
            <numerusform>%1 se borró después, así que se recuperará junto con su %n registro.</numerusform>
            <numerusform>%1 se borró después, así que se recuperará junto con sus %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) made or changed since then, in %1, will be lost.</source>
        <translation>
            <numerusform>Se perderá %n registro creado o modificado desde entonces en %1.</numerusform>
            <numerusform>Se perderán %n registros creados o modificados desde entonces en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted since then, in %1, will come back.</source>
        <translation>
            <numerusform>Se recuperará %n registro borrado desde entonces en %1.</numerusform>
            <numerusform>Se recuperarán %n registros borrados desde entonces en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings of %1 go back to what they were then.</source>
        <translation>Los ajustes de %1 vuelven a ser los de entonces.</translation>
    </message>
    <message>
        <source>Nothing has changed since then, so nothing will be lost.</source>
        <translation>No ha cambiado nada desde entonces, así que no se perderá nada.</translation>
    </message>
    <message>
        <source>Your data as it is now is saved first, as a backup made automatically before a restore.</source>
        <translation>Antes se guardan sus datos tal como están ahora, en una copia de seguridad hecha automáticamente antes de restaurar.</translation>
    </message>
    <message>
        <source>This backup cannot be used. %1 Nothing was changed.</source>
        <translation>No se puede usar esta copia de seguridad. %1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This backup holds no data for this profile: it was added after the backup was made. Nothing was changed.</source>
        <translation>Esta copia de seguridad no tiene datos de este perfil: se añadió después de hacer la copia. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>nc::RiskScoresForm</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>None or mild</source>
        <translation>Ninguna o leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Decision support for clinicians</source>
        <translation>Ayuda a la decisión para profesionales sanitarios</translation>
    </message>
    <message>
        <source>MASCC and CISNE risk scores, kept with this call and never shown to the patient. They inform your clinical judgement; they do not replace it.</source>
        <translation>Índices de riesgo MASCC y CISNE, guardados con esta llamada y que nunca se muestran al paciente. Orientan su juicio clínico; no lo sustituyen.</translation>
    </message>
    <message>
        <source>Use &amp;MASCC (Multinational Association for Supportive Care in Cancer)</source>
        <translation>Usar &amp;MASCC (Multinational Association for Supportive Care in Cancer)</translation>
    </message>
    <message>
        <source>Use the MASCC score</source>
        <translation>Usar el índice MASCC</translation>
    </message>
    <message>
        <source>For adults with febrile neutropenia. Not validated during induction treatment for acute leukaemia, nor during conditioning for a stem-cell transplant.</source>
        <translation>Para adultos con neutropenia febril. No está validado durante el tratamiento de inducción de una leucemia aguda ni durante el acondicionamiento para un trasplante de progenitores hematopoyéticos.</translation>
    </message>
    <message>
        <source>Burden of illness</source>
        <translation>Gravedad de la enfermedad</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Burden of illness</source>
        <translation>G&amp;ravedad de la enfermedad</translation>
    </message>
    <message>
        <source>&amp;Systolic blood pressure 90 mmHg or lower</source>
        <translation>Presión arterial &amp;sistólica de 90 mmHg o menos</translation>
    </message>
    <message>
        <source>No hypotension (systolic &gt; 90 mmHg) — %1</source>
        <translation>Sin hipotensión (sistólica &gt; 90 mmHg) — %1</translation>
    </message>
    <message>
        <source>Chronic obstructive pulmonary disease (C&amp;OPD)</source>
        <translation>Enfermedad pulmonar obstructiva crónica (EP&amp;OC)</translation>
    </message>
    <message>
        <source>No COPD — %1</source>
        <translation>Sin EPOC — %1</translation>
    </message>
    <message>
        <source>&amp;Haematological cancer with a previous fungal infection</source>
        <translation>Cáncer &amp;hematológico con infección fúngica previa</translation>
    </message>
    <message>
        <source>A solid tumour, or a haematological cancer with no previous fungal infection — %1</source>
        <translation>Tumor sólido, o cáncer hematológico sin infección fúngica previa — %1</translation>
    </message>
    <message>
        <source>&amp;Dehydration needing intravenous fluids</source>
        <translation>&amp;Deshidratación que requiere sueroterapia intravenosa</translation>
    </message>
    <message>
        <source>No dehydration needing IV fluids — %1</source>
        <translation>Sin deshidratación que requiera sueroterapia intravenosa — %1</translation>
    </message>
    <message>
        <source>O&amp;utpatient when the fever began</source>
        <translation>Paciente amb&amp;ulatorio cuando empezó la fiebre</translation>
    </message>
    <message>
        <source>Outpatient at the onset of fever — %1</source>
        <translation>Paciente ambulatorio al inicio de la fiebre — %1</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Edad en años</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>&amp;Edad</translation>
    </message>
    <message>
        <source>Younger than %1 years — %2</source>
        <translation>Menor de %1 años — %2</translation>
    </message>
    <message>
        <source>Use &amp;CISNE (Clinical Index of Stable Febrile Neutropenia)</source>
        <translation>Usar &amp;CISNE (Clinical Index of Stable Febrile Neutropenia)</translation>
    </message>
    <message>
        <source>Use the CISNE score</source>
        <translation>Usar el índice CISNE</translation>
    </message>
    <message>
        <source>For adults with a solid tumour and febrile neutropenia who are clinically stable.</source>
        <translation>Para adultos con un tumor sólido y neutropenia febril que están clínicamente estables.</translation>
    </message>
    <message>
        <source>&amp;ECOG performance status 2 or more</source>
        <translation>Estado &amp;funcional ECOG de 2 o más</translation>
    </message>
    <message>
        <source>Stress-induced hyper&amp;glycaemia</source>
        <translation>Hiperg&amp;lucemia de estrés</translation>
    </message>
    <message>
        <source>Chronic obstructive &amp;pulmonary disease (COPD)</source>
        <translation>Enfermedad &amp;pulmonar obstructiva crónica (EPOC)</translation>
    </message>
    <message>
        <source>Chronic cardio&amp;vascular disease</source>
        <translation>Enfermedad cardio&amp;vascular crónica</translation>
    </message>
    <message>
        <source>Mucositis of NCI g&amp;rade 2 or more</source>
        <translation>Mucositis de grado 2 o más del &amp;NCI</translation>
    </message>
    <message>
        <source>Mo&amp;nocytes below 200/µL</source>
        <translation>Monocitos por de&amp;bajo de 200/µL</translation>
    </message>
    <message>
        <source>MASCC not used</source>
        <translation>MASCC sin usar</translation>
    </message>
    <message>
        <source>CISNE not used</source>
        <translation>CISNE sin usar</translation>
    </message>
</context>
<context>
    <name>nc::ServerAdmin</name>
    <message>
        <source>pg_dump is not installed (Debian package postgresql-client), and the server is not changed without a backup.</source>
        <translation>pg_dump no está instalado (paquete de Debian postgresql-client), y el servidor no se cambia sin una copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>No se pudo crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>pg_dump could not back up the server, so it was not changed: %1</source>
        <translation>pg_dump no pudo hacer la copia de seguridad del servidor, así que no se ha cambiado: %1</translation>
    </message>
    <message>
        <source>server init sets up a PostgreSQL server; NeutroCare&apos;s own files need no set-up.</source>
        <translation>server init prepara un servidor PostgreSQL; los archivos propios de NeutroCare no necesitan preparación.</translation>
    </message>
    <message>
        <source>The database name is too long to name its roles after it (50 characters at most).</source>
        <translation>El nombre de la base de datos es demasiado largo para dar su nombre a sus roles (50 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Could not read the data version on the server.</source>
        <translation>No se pudo leer la versión de los datos en el servidor.</translation>
    </message>
    <message>
        <source>The server holds data version %1; this NeutroCare understands up to %2. Use a newer neutrocare-cli.</source>
        <translation>El servidor tiene datos de la versión %1; este NeutroCare entiende hasta la %2. Use un neutrocare-cli más reciente.</translation>
    </message>
    <message>
        <source>The server&apos;s roles were set up by a newer NeutroCare (version %1). Use a newer neutrocare-cli.</source>
        <translation>Los roles del servidor los preparó un NeutroCare más reciente (versión %1). Use un neutrocare-cli más reciente.</translation>
    </message>
    <message>
        <source>Could not set up the server; nothing was changed: %1</source>
        <translation>No se pudo preparar el servidor; no se ha cambiado nada: %1</translation>
    </message>
    <message>
        <source>The login name is empty.</source>
        <translation>El nombre de usuario está vacío.</translation>
    </message>
    <message>
        <source>The login name is longer than PostgreSQL allows (63 bytes).</source>
        <translation>El nombre de usuario es más largo de lo que PostgreSQL permite (63 bytes).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name PostgreSQL or NeutroCare keeps for itself.</source>
        <translation>«%1» es un nombre que PostgreSQL o NeutroCare reservan para sí.</translation>
    </message>
    <message>
        <source>The login name holds a character PostgreSQL cannot store.</source>
        <translation>El nombre de usuario contiene un carácter que PostgreSQL no puede guardar.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>La contraseña está vacía.</translation>
    </message>
    <message>
        <source>A patient login names its patient (--patient ID).</source>
        <translation>Un usuario de paciente indica su paciente (--patient ID).</translation>
    </message>
    <message>
        <source>Only a patient login names a patient; a caregiver is linked with server link.</source>
        <translation>Solo un usuario de paciente indica un paciente; a un cuidador se le vincula con server link.</translation>
    </message>
    <message>
        <source>A login named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un usuario llamado «%1».</translation>
    </message>
    <message>
        <source>There is no patient with the id %1 on the server.</source>
        <translation>No hay ningún paciente con el id %1 en el servidor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a caregiver login (see server users).</source>
        <translation>«%1» no es un usuario de cuidador (vea server users).</translation>
    </message>
    <message>
        <source>server init needs the PostgreSQL superuser (for example: sudo -u postgres neutrocare-cli server init --db dbname=%1).</source>
        <translation>server init necesita el superusuario de PostgreSQL (por ejemplo: sudo -u postgres neutrocare-cli server init --db dbname=%1).</translation>
    </message>
    <message>
        <source>A login named %1 already exists, so the role of that name cannot be NeutroCare&apos;s; rename or drop that login first.</source>
        <translation>Ya existe un usuario llamado %1, así que el rol con ese nombre no puede ser de NeutroCare; cambie el nombre de ese usuario o elimínelo antes.</translation>
    </message>
    <message>
        <source>A role named %1 already exists and has members, so it was not made by NeutroCare for this database; drop that role first.</source>
        <translation>Ya existe un rol llamado %1 que tiene miembros, así que no lo creó NeutroCare para esta base de datos; elimine ese rol antes.</translation>
    </message>
    <message>
        <source>The database or its schema public belongs to %1, who could change anything in it; give it to the superuser first (ALTER DATABASE … OWNER TO postgres).</source>
        <translation>La base de datos o su esquema public pertenece a %1, que podría cambiar cualquier cosa en ella; désela antes al superusuario (ALTER DATABASE … OWNER TO postgres).</translation>
    </message>
    <message>
        <source>Logins of this clinic belong to more than their one group, or have members of their own, and so could do more than their group allows: %1. Undo those memberships first.</source>
        <translation>Algunos usuarios de esta clínica pertenecen a más de su único grupo, o tienen miembros propios, y por eso podrían hacer más de lo que su grupo permite: %1. Deshaga antes esas pertenencias.</translation>
    </message>
    <message>
        <source>Default privileges set for %1 would give the tables NeutroCare makes to other roles; remove them first (ALTER DEFAULT PRIVILEGES … REVOKE …).</source>
        <translation>Los privilegios por defecto definidos para %1 darían a otros roles las tablas que crea NeutroCare; quítelos antes (ALTER DEFAULT PRIVILEGES … REVOKE …).</translation>
    </message>
    <message>
        <source>The clinic&apos;s database holds what NeutroCare did not make: %1. Its tables keep their rules only when everything in the schema public is NeutroCare&apos;s; move these to another schema or drop them first. Nothing was changed.</source>
        <translation>La base de datos de la clínica contiene objetos que NeutroCare no creó: %1. Sus tablas solo conservan sus reglas cuando todo lo que hay en el esquema public es de NeutroCare; mueva esos objetos a otro esquema o elimínelos antes. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>On PostgreSQL 15 a role with CREATEROLE can make itself the owner of every clinic&apos;s tables, and these can: %1. Take it away from them (ALTER ROLE … NOCREATEROLE) unless they are trusted as much as the superuser.</source>
        <translation>En PostgreSQL 15, un rol con CREATEROLE puede hacerse propietario de las tablas de todas las clínicas, y estos pueden: %1. Quíteselo (ALTER ROLE … NOCREATEROLE) salvo que se confíe en ellos tanto como en el superusuario.</translation>
    </message>
    <message>
        <source>Every login of the cluster, this clinic&apos;s too, may connect to %1, and there see who is connected to any database. Unless another program needs it, REVOKE CONNECT ON DATABASE … FROM PUBLIC for each.</source>
        <translation>Cualquier usuario del clúster, también los de esta clínica, puede conectarse a %1 y ver allí quién está conectado a cualquier base de datos. Salvo que otro programa lo necesite, ejecute REVOKE CONNECT ON DATABASE … FROM PUBLIC para cada una.</translation>
    </message>
    <message>
        <source>These logins are in the clinic&apos;s groups but not on its list of logins, so no one made them through NeutroCare: %1. Check who they are, and drop them if unknown.</source>
        <translation>Estos usuarios están en los grupos de la clínica pero no en su lista de usuarios, así que nadie los creó a través de NeutroCare: %1. Compruebe quiénes son y elimínelos si no los conoce.</translation>
    </message>
</context>
<context>
    <name>nc::ServerFeed</name>
    <message>
        <source>Not connected to a clinic server.</source>
        <translation>No hay conexión con ningún servidor de clínica.</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost.</source>
        <translation>Se perdió la conexión con el servidor de la clínica.</translation>
    </message>
    <message>
        <source>This login may not follow that patient on the clinic server.</source>
        <translation>Este usuario no puede seguir a ese paciente en el servidor de la clínica.</translation>
    </message>
</context>
<context>
    <name>nc::Settings</name>
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
    <message>
        <source>Unsaved changes: they apply only when you press “Save settings”.</source>
        <translation>Hay cambios sin guardar: solo se aplican cuando pulse «Guardar ajustes».</translation>
    </message>
    <message>
        <source>In force now: %1, temperatures in %2. %3</source>
        <translation>En uso ahora: %1, temperaturas en %2. %3</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Ajustes sin guardar</translation>
    </message>
    <message>
        <source>Your changes in Settings are not saved.</source>
        <translation>Sus cambios en Ajustes no se han guardado.</translation>
    </message>
    <message>
        <source>Until you save them, NeutroCare keeps using %1, with temperatures in %2.</source>
        <translation>Hasta que los guarde, NeutroCare sigue usando %1, con temperaturas en %2.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>The window is shown again in the new language.</source>
        <translation>La ventana se vuelve a mostrar en el nuevo idioma.</translation>
    </message>
    <message>
        <source>Start NeutroCare when I log in, &amp;minimised to the background</source>
        <translation>Iniciar NeutroCare al iniciar la sesión, &amp;minimizado en segundo plano</translation>
    </message>
    <message>
        <source>Start in the background when I log in</source>
        <translation>Iniciar en segundo plano al iniciar la sesión</translation>
    </message>
    <message>
        <source>Keep reminding me when the &amp;window is closed</source>
        <translation>Seguir recordándome cuando la &amp;ventana esté cerrada</translation>
    </message>
    <message>
        <source>Keep reminding me when the window is closed</source>
        <translation>Seguir recordándome cuando la ventana esté cerrada</translation>
    </message>
    <message>
        <source>Closing the window leaves NeutroCare running, so reminders still reach you. File ▸ Quit quits.</source>
        <translation>Al cerrar la ventana, NeutroCare sigue abierto y los recordatorios le siguen llegando. Archivo ▸ Salir lo cierra del todo.</translation>
    </message>
</context>
<context>
    <name>nc::SignInDialog</name>
    <message>
        <source>Sign in to the triage desk</source>
        <translation>Iniciar sesión en el puesto de triaje</translation>
    </message>
    <message>
        <source>Sign in with your own clinic login. Everything you do at the desk is recorded with it.</source>
        <translation>Inicie sesión con su propio usuario de la clínica. Todo lo que haga en el puesto de triaje queda registrado con él.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>clinic.example.org, or postgresql://…</source>
        <translation>clinica.example.org, o postgresql://…</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Give the database and your login.</source>
        <translation>Indique la base de datos y su usuario.</translation>
    </message>
</context>
<context>
    <name>nc::SingleInstance</name>
    <message>
        <source>Another NeutroCare is starting with this database and did not finish.</source>
        <translation>Otro NeutroCare está empezando con esta base de datos y no terminó.</translation>
    </message>
    <message>
        <source>Could not listen for other launches of NeutroCare: %1</source>
        <translation>No se pudo escuchar otros inicios de NeutroCare: %1</translation>
    </message>
    <message>
        <source>NeutroCare is already running with this database but did not answer.</source>
        <translation>NeutroCare ya está abierto con esta base de datos, pero no respondió.</translation>
    </message>
    <message>
        <source>This NeutroCare has %1 open, not %2.</source>
        <translation>Este NeutroCare tiene abierto %1, no %2.</translation>
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
        <source>Fever rules: %1</source>
        <translation>Criterios de fiebre: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>el %2, a las %1</translation>
    </message>
    <message>
        <source>My temperature was %1 at %2 — %3.</source>
        <translation>Tenía %1 de temperatura %2 — %3.</translation>
    </message>
    <message>
        <source>My last temperature was %1 at %2 — %3.</source>
        <translation>Mi última temperatura fue de %1, %2 — %3.</translation>
    </message>
    <message>
        <source>I took %1 at %2, before that reading.</source>
        <translation>Tomé %1 %2, antes de esa medición.</translation>
    </message>
    <message>
        <source>I took a fever medicine in the %1 before that reading.</source>
        <translation>Tomé un antitérmico en las %1 anteriores a esa medición.</translation>
    </message>
    <message>
        <source>Call your care team or your chemotherapy helpline now. (Add your care team&apos;s numbers in Settings so they show here.)</source>
        <translation>Llame ahora a su equipo médico o a la línea de atención de quimioterapia de su hospital. (Añada en Ajustes los teléfonos de su equipo médico para que aparezcan aquí.)</translation>
    </message>
    <message>
        <source>Call your care team or your chemotherapy helpline today. (Add your care team&apos;s numbers in Settings so they show here.)</source>
        <translation>Llame hoy a su equipo médico o a la línea de atención de quimioterapia de su hospital. (Añada en Ajustes los teléfonos de su equipo médico para que aparezcan aquí.)</translation>
    </message>
    <message>
        <source>If you cannot reach your care team, go to the nearest emergency department or call your local emergency number.</source>
        <translation>Si no consigue hablar con su equipo médico, vaya al servicio de urgencias más cercano o llame al número de emergencias de su zona.</translation>
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
    <message>
        <source>The clinic server accepts no changes on this connection (read-only), so this could not be saved.</source>
        <translation>El servidor de la clínica no acepta cambios en esta conexión (solo lectura), así que no se pudo guardar.</translation>
    </message>
    <message>
        <source>Your login may not change this on the clinic server, so it was not saved.</source>
        <translation>Su usuario no puede cambiar esto en el servidor de la clínica, así que no se guardó.</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost, so this was not saved. Nothing you typed is lost: try again in a moment.</source>
        <translation>Se perdió la conexión con el servidor de la clínica, así que no se guardó. No se ha perdido nada de lo que escribió: vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>The clinic server is busy with another change. Try again in a moment.</source>
        <translation>El servidor de la clínica está ocupado con otro cambio. Vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>The clinic server&apos;s disk is full, so this could not be saved. Nothing you typed is lost: tell the clinic, and try again later.</source>
        <translation>El disco del servidor de la clínica está lleno, así que no se pudo guardar. No se ha perdido nada de lo que escribió: avise a la clínica y vuelva a intentarlo más tarde.</translation>
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
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
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
        <source>Please type the temperature as a number, for example 37.8.</source>
        <translation>Escriba la temperatura en cifras, por ejemplo 37,8.</translation>
    </message>
    <message>
        <source>Log temperature</source>
        <translation>Registrar temperatura</translation>
    </message>
    <message>
        <source>I took &amp;paracetamol or ibuprofen in the last %1</source>
        <translation>He tomado &amp;paracetamol o ibuprofeno en las últimas %1</translation>
    </message>
    <message>
        <source>I took a fever-lowering painkiller in the last %1</source>
        <translation>He tomado un antitérmico en las últimas %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
</context>
<context>
    <name>nc::TemperatureTrigger</name>
    <message>
        <source>or higher</source>
        <translation>o más</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 for %2 or longer</source>
        <translation>%1 durante %2 o más</translation>
    </message>
    <message>
        <source>or lower</source>
        <translation>o menos</translation>
    </message>
    <message>
        <source>%1 or lower</source>
        <translation>%1 o menos</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::TodayScreen</name>
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
        <source>Log a temperature with %1.</source>
        <translation>Registre una temperatura con %1.</translation>
    </message>
    <message>
        <source>Log a blood count with %1.</source>
        <translation>Registre un análisis de sangre con %1.</translation>
    </message>
    <message>
        <source>Log a treatment with %1.</source>
        <translation>Registre un tratamiento con %1.</translation>
    </message>
    <message>
        <source>Your usual level, set by your clinic: %1/µL.</source>
        <translation>Su nivel habitual, según su clínica: %1/µL.</translation>
    </message>
    <message>
        <source>&amp;Add your care team&apos;s numbers</source>
        <translation>&amp;Añadir los teléfonos de su equipo médico</translation>
    </message>
    <message>
        <source>Add your care team&apos;s numbers</source>
        <translation>Añadir los teléfonos de su equipo médico</translation>
    </message>
    <message>
        <source>Your care team&apos;s phone numbers are not set. Add them, so they are here when you need to call.</source>
        <translation>Los teléfonos de su equipo médico no están guardados. Añádalos para tenerlos aquí cuando necesite llamar.</translation>
    </message>
    <message>
        <source>Your care team&apos;s number for evenings and weekends is not set.</source>
        <translation>El teléfono de su equipo médico para noches y fines de semana no está guardado.</translation>
    </message>
    <message>
        <source>Your care team&apos;s daytime phone number is not set.</source>
        <translation>El teléfono de su equipo médico para el horario de día no está guardado.</translation>
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
    <message>
        <source>Regimen</source>
        <translation>Esquema</translation>
    </message>
</context>
<context>
    <name>nc::TriageStore</name>
    <message>
        <source>The triage desk works on the clinic&apos;s server, not on a file.</source>
        <translation>El puesto de triaje funciona con el servidor de la clínica, no con un archivo.</translation>
    </message>
    <message>
        <source>This login is not one of the clinic&apos;s NeutroCare logins. Ask the clinic&apos;s NeutroCare administrator for a staff login.</source>
        <translation>Este usuario no es uno de los usuarios de NeutroCare de la clínica. Pida al administrador de NeutroCare de la clínica un usuario de personal.</translation>
    </message>
    <message>
        <source>This is a %1 login: the triage desk is for clinic staff only. Patients and caregivers use NeutroCare itself.</source>
        <translation>Este es un usuario %1: el puesto de triaje es solo para el personal de la clínica. Los pacientes y los cuidadores usan la propia aplicación NeutroCare.</translation>
    </message>
    <message>
        <source>patient&apos;s</source>
        <translation>de paciente</translation>
    </message>
    <message>
        <source>caregiver&apos;s</source>
        <translation>de cuidador</translation>
    </message>
    <message>
        <source>This server was set up before the triage desk. Ask the administrator to run: neutrocare-cli server init</source>
        <translation>Este servidor se preparó antes de que existiera el puesto de triaje. Pida al administrador que ejecute: neutrocare-cli server init</translation>
    </message>
    <message>
        <source>Choose the patient the call is about.</source>
        <translation>Elija el paciente al que se refiere la llamada.</translation>
    </message>
    <message>
        <source>The disposition is less urgent than the one suggested (%1): say why.</source>
        <translation>La disposición es menos urgente que la sugerida (%1): indique el motivo.</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Nombre de quien llama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>That call has no follow-up to mark as made.</source>
        <translation>Esa llamada no tiene ningún seguimiento que marcar como hecho.</translation>
    </message>
</context>
<context>
    <name>nc::WalletCard</name>
    <message>
        <source>Chemotherapy alert card</source>
        <translation>Tarjeta de alerta de quimioterapia</translation>
    </message>
    <message>
        <source>TEMPERATURE TRIGGERS — %1</source>
        <translation>UMBRALES DE TEMPERATURA — %1</translation>
    </message>
    <message>
        <source>⚠ CHEMOTHERAPY ALERT</source>
        <translation>⚠ ALERTA: QUIMIOTERAPIA</translation>
    </message>
    <message>
        <source>At risk of neutropenic sepsis — please read the back</source>
        <translation>Riesgo de sepsis neutropénica — lea el reverso, por favor</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>REGIMEN</source>
        <translation>ESQUEMA</translation>
    </message>
    <message>
        <source>LAST TREATMENT</source>
        <translation>ÚLTIMO TRATAMIENTO</translation>
    </message>
    <message>
        <source>CARE TEAM</source>
        <translation>EQUIPO MÉDICO</translation>
    </message>
    <message>
        <source>CARE TEAM — %1</source>
        <translation>EQUIPO MÉDICO — %1</translation>
    </message>
    <message>
        <source>In hours</source>
        <translation>En horario de consulta</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>Fuera de horario</translation>
    </message>
    <message>
        <source>FOR EMERGENCY STAFF</source>
        <translation>PARA EL PERSONAL DE URGENCIAS</translation>
    </message>
    <message>
        <source>Possible neutropenic sepsis: treat as an emergency</source>
        <translation>Posible sepsis neutropénica: trátelo como una urgencia</translation>
    </message>
    <message>
        <source>This person is on chemotherapy and at risk of neutropenic sepsis.</source>
        <translation>Paciente en tratamiento con quimioterapia, con riesgo de sepsis neutropénica.</translation>
    </message>
    <message>
        <source>Assess at once and give antibiotics within one hour — do not wait for the blood count.</source>
        <translation>Valore al paciente de inmediato y administre antibióticos en la primera hora — no espere al resultado del hemograma.</translation>
    </message>
    <message>
        <source>Oncology team:</source>
        <translation>Equipo de oncología:</translation>
    </message>
    <message>
        <source>out of hours</source>
        <translation>fuera de horario</translation>
    </message>
    <message>
        <source>Cut along the marks, fold along the dashed line with the printed sides out, and keep the card with you. Show it at any hospital or urgent care.</source>
        <translation>Recorte por las marcas, doble por la línea discontinua con las caras impresas hacia fuera y lleve siempre la tarjeta consigo. Enséñela en cualquier hospital o servicio de urgencias.</translation>
    </message>
    <message>
        <source>Left: the front, for you. Right: the back, for emergency staff.
Print at actual size (not “fit to page”): folded, the card is %1 × %2 mm.</source>
        <translation>Izquierda: la parte delantera, para usted. Derecha: el reverso, para el personal de urgencias.
Imprima a tamaño real (no «ajustar a la página»): una vez doblada, la tarjeta mide %1 × %2 mm.</translation>
    </message>
</context>
<context>
    <name>nc::WhenToCallSheet</name>
    <message>
        <source>When to call your care team</source>
        <translation>Cuándo llamar a su equipo médico</translation>
    </message>
    <message>
        <source>Protocol: %1 (set by your clinic).</source>
        <translation>Protocolo: %1 (fijado por su clínica).</translation>
    </message>
    <message>
        <source>Protocol: %1 — %2.</source>
        <translation>Protocolo: %1 — %2.</translation>
    </message>
    <message>
        <source>⚠ Call now — day or night</source>
        <translation>⚠ Llame ahora — de día o de noche</translation>
    </message>
    <message>
        <source>Do not wait until the morning.</source>
        <translation>No espere a la mañana.</translation>
    </message>
    <message>
        <source>Your temperature is</source>
        <translation>Su temperatura es de</translation>
    </message>
    <message>
        <source>or it stays</source>
        <translation>o se mantiene en</translation>
    </message>
    <message>
        <source>for %1 or longer</source>
        <translation>durante %1 o más</translation>
    </message>
    <message>
        <source>or it is</source>
        <translation>o es de</translation>
    </message>
    <message>
        <source>or you have any of these, whatever your temperature:</source>
        <translation>o tiene cualquiera de estos síntomas, sea cual sea su temperatura:</translation>
    </message>
    <message>
        <source>In hours</source>
        <translation>En horario de consulta</translation>
    </message>
    <message>
        <source>Out of hours, nights and weekends</source>
        <translation>Fuera de horario, noches y fines de semana</translation>
    </message>
    <message>
        <source>Call the same day</source>
        <translation>Llame el mismo día</translation>
    </message>
    <message>
        <source>if you have one of these. Two or more of them: call now.</source>
        <translation>si tiene uno de estos. Si tiene dos o más: llame ahora.</translation>
    </message>
    <message>
        <source>Temperature %1?</source>
        <translation>¿Temperatura de %1?</translation>
    </message>
    <message>
        <source>Take it again within %1. Call if it stays there or you feel worse.</source>
        <translation>Vuelva a tomársela en el plazo de %1. Llame si sigue así o se encuentra peor.</translation>
    </message>
    <message>
        <source>When you call, say:</source>
        <translation>Cuando llame, diga:</translation>
    </message>
    <message>
        <source>I am having chemotherapy. My temperature is ______. My last treatment was on ______.</source>
        <translation>Estoy recibiendo quimioterapia. Tengo una temperatura de ______. Mi último tratamiento fue el ______.</translation>
    </message>
    <message>
        <source>Take it by mouth (or as your team showed you) — never in the bottom.</source>
        <translation>Tómesela en la boca (o como le haya enseñado su equipo) — nunca por vía rectal.</translation>
    </message>
    <message>
        <source>An infection during chemotherapy can turn serious within hours. Keep this by the phone.</source>
        <translation>Con quimioterapia, una infección puede agravarse en horas. Tenga esta hoja junto al teléfono.</translation>
    </message>
    <message>
        <source>No answer? Go to the nearest emergency department or call your emergency number.</source>
        <translation>¿No contestan? Vaya a las urgencias más cercanas o llame al número de emergencias.</translation>
    </message>
    <message>
        <source>Check your temperature before paracetamol (acetaminophen) or ibuprofen; if high, call first. After a dose, if you feel hot, shivery or unwell, call even if the reading is normal.</source>
        <translation>Tómese la temperatura antes de tomar paracetamol (acetaminofén) o ibuprofeno; si está alta, llame primero. Después de una dosis, si tiene calor o escalofríos, o se encuentra mal, llame aunque el termómetro marque normal.</translation>
    </message>
    <message>
        <source>A fever usually needs antibiotics within an hour of arriving: go straight away if told to.</source>
        <translation>Con fiebre, normalmente necesitará antibióticos en la primera hora tras llegar al hospital: si se lo indican, vaya de inmediato.</translation>
    </message>
    <message>
        <source>Calling for someone?</source>
        <translation>¿Llama por otra persona?</translation>
    </message>
    <message>
        <source>My %1, %2, is having chemotherapy. Their temperature is ______. Their last treatment was on ______.</source>
        <translation>Mi %1, %2, está recibiendo quimioterapia. Su temperatura es de ______. Su último tratamiento fue el ______.</translation>
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
</context>
<context>
    <name>nc::callerKinds</name>
    <message>
        <source>The patient</source>
        <translation>El paciente</translation>
    </message>
    <message>
        <source>A caregiver</source>
        <translation>Un cuidador</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
</context>
<context>
    <name>nc::charts::AncChart</name>
    <message>
        <source>Blood count: neutrophils (ANC)</source>
        <translation>Análisis de sangre: neutrófilos (RAN)</translation>
    </message>
    <message>
        <source>ANC measured by the lab</source>
        <translation>RAN medido por el laboratorio</translation>
    </message>
    <message>
        <source>ANC worked out from the white count</source>
        <translation>RAN calculado a partir de los leucocitos</translation>
    </message>
    <message>
        <source>Usual level (set by clinic)</source>
        <translation>Nivel habitual (según la clínica)</translation>
    </message>
    <message>
        <source>%1/µL</source>
        <translation>%1/µL</translation>
    </message>
</context>
<context>
    <name>nc::charts::AncChartModel</name>
    <message>
        <source>%1/µL and above</source>
        <translation>%1/µL o más</translation>
    </message>
    <message>
        <source>below %1/µL</source>
        <translation>menos de %1/µL</translation>
    </message>
    <message>
        <source>%1 to under %2/µL</source>
        <translation>de %1 a menos de %2/µL</translation>
    </message>
    <message>
        <source>Usual level set by the clinic: %1/µL</source>
        <translation>Nivel habitual según la clínica: %1/µL</translation>
    </message>
    <message>
        <source>Latest count is 1 day old: out of date</source>
        <translation>El último análisis es de hace 1 día: no está actualizado</translation>
    </message>
    <message>
        <source>ANC (cells/µL, log scale)</source>
        <translation>RAN (células/µL, escala log.)</translation>
    </message>
    <message>
        <source>No blood counts in this period.
Log a blood count from your lab results (Log ▸ Blood count, Ctrl+B) to see it here.</source>
        <translation>No hay análisis de sangre en este periodo.
Registre un análisis con los resultados del laboratorio (Registrar ▸ Análisis de sangre, Ctrl+B) para verlo aquí.</translation>
    </message>
    <message>
        <source>ANC %1/µL (%2)</source>
        <translation>RAN %1/µL (%2)</translation>
    </message>
    <message>
        <source>Measured by the lab</source>
        <translation>Medido por el laboratorio</translation>
    </message>
    <message>
        <source>Worked out from the white count and differential</source>
        <translation>Calculado a partir de los leucocitos y la fórmula leucocitaria</translation>
    </message>
    <message>
        <source>Lab: %1</source>
        <translation>Laboratorio: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Lower limit of normal set by the clinic: %1/µL</source>
        <translation>Límite inferior de la normalidad según la clínica: %1/µL</translation>
    </message>
    <message numerus="yes">
        <source>Latest count is %n days old: out of date</source>
        <translation>
            <numerusform>El último análisis es de hace %n día: no está actualizado</numerusform>
            <numerusform>El último análisis es de hace %n días: no está actualizado</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::charts::ChartRanges</name>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This cycle</source>
        <translation>Este ciclo</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Elegir fechas</translation>
    </message>
</context>
<context>
    <name>nc::charts::ChartRenderer</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not write the picture to %1.</source>
        <translation>No se pudo guardar la imagen en %1.</translation>
    </message>
    <message>
        <source>NeutroCare charts</source>
        <translation>Gráficas de NeutroCare</translation>
    </message>
    <message>
        <source>Temperature and blood count from %1 to %2</source>
        <translation>Temperatura y análisis de sangre del %1 al %2</translation>
    </message>
</context>
<context>
    <name>nc::charts::ChartsScreen</name>
    <message>
        <source>Charts</source>
        <translation>Gráficas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Period to show</source>
        <translation>Periodo que se muestra</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>First day to show</source>
        <translation>Primer día que se muestra</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Last day to show</source>
        <translation>Último día que se muestra</translation>
    </message>
    <message>
        <source>Save &amp;picture…</source>
        <translation>Guardar &amp;imagen…</translation>
    </message>
    <message>
        <source>Save the charts as a PNG picture</source>
        <translation>Guardar las gráficas como imagen PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Guardar como S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the charts as an SVG drawing</source>
        <translation>Guardar las gráficas como dibujo SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the charts to the clipboard</source>
        <translation>Copiar las gráficas al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Restablecer vista</translation>
    </message>
    <message>
        <source>Reset pan and zoom</source>
        <translation>Restablecer desplazamiento y zoom</translation>
    </message>
    <message>
        <source>Temperature chart</source>
        <translation>Gráfica de temperatura</translation>
    </message>
    <message>
        <source>Blood count chart</source>
        <translation>Gráfica de análisis de sangre</translation>
    </message>
    <message>
        <source>%1 to %2. Drag or use the arrow keys to move in time, the mouse wheel or + and − to zoom, Home to go back. Point at a reading to see its details.</source>
        <translation>Del %1 al %2. Arrastre o use las flechas del teclado para moverse en el tiempo, la rueda del ratón o + y − para acercar o alejar, y Home para volver. Señale una medición para ver sus detalles.</translation>
    </message>
    <message>
        <source>1 temperature reading from %1 to %2.</source>
        <translation>1 medición de temperatura del %1 al %2.</translation>
    </message>
    <message>
        <source>%1 temperature readings from %2 to %3.</source>
        <translation>%1 mediciones de temperatura del %2 al %3.</translation>
    </message>
    <message>
        <source>1 blood count from %1 to %2.</source>
        <translation>1 análisis de sangre del %1 al %2.</translation>
    </message>
    <message>
        <source>%1 blood counts from %2 to %3.</source>
        <translation>%1 análisis de sangre del %2 al %3.</translation>
    </message>
    <message>
        <source>neutrocare-charts-%1</source>
        <translation>neutrocare-graficas-%1</translation>
    </message>
    <message>
        <source>Save the charts</source>
        <translation>Guardar las gráficas</translation>
    </message>
    <message>
        <source>The charts were not saved</source>
        <translation>No se guardaron las gráficas</translation>
    </message>
</context>
<context>
    <name>nc::charts::TemperatureChart</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Medición</translation>
    </message>
    <message>
        <source>Fever or too low: call now</source>
        <translation>Fiebre o muy baja: llame ahora</translation>
    </message>
    <message>
        <source>May be masked by a fever medicine</source>
        <translation>Puede estar enmascarada por un antitérmico</translation>
    </message>
</context>
<context>
    <name>nc::charts::TemperatureChartModel</name>
    <message>
        <source>Fever, call now</source>
        <translation>Fiebre, llame ahora</translation>
    </message>
    <message>
        <source>Fever if it lasts %1 min</source>
        <translation>Fiebre si dura %1 min</translation>
    </message>
    <message>
        <source>Watch, check again</source>
        <translation>Vigile, vuelva a medir</translation>
    </message>
    <message>
        <source>Too low, call now</source>
        <translation>Muy baja, llame ahora</translation>
    </message>
    <message>
        <source>Temperature (%1)</source>
        <translation>Temperatura (%1)</translation>
    </message>
    <message>
        <source>No temperatures in this period.
Log a temperature (Log ▸ Temperature, Ctrl+T) to see it here.</source>
        <translation>No hay temperaturas en este periodo.
Registre una temperatura (Registrar ▸ Temperatura, Ctrl+T) para verla aquí.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Fever: call your care team</source>
        <translation>Fiebre: llame a su equipo médico</translation>
    </message>
    <message>
        <source>Too low: call your care team</source>
        <translation>Muy baja: llame a su equipo médico</translation>
    </message>
    <message>
        <source>May be masked: taken within %1 h of a fever-lowering medicine</source>
        <translation>Puede estar enmascarada: tomada menos de %1 h después de un antitérmico</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>nc::charts::TimeChart</name>
    <message>
        <source>Chemotherapy dose</source>
        <translation>Dosis de quimioterapia</translation>
    </message>
    <message>
        <source>G-CSF injection</source>
        <translation>Inyección de G-CSF</translation>
    </message>
    <message>
        <source>Predicted low-count days (not a blood count)</source>
        <translation>Días de defensas bajas previstos (previsión, no un análisis de sangre)</translation>
    </message>
    <message>
        <source>Chemo</source>
        <translation>Quimio</translation>
    </message>
    <message>
        <source>Chemo: %1</source>
        <translation>Quimio: %1</translation>
    </message>
</context>
<context>
    <name>nc::charts::TreatmentOverlay</name>
    <message>
        <source>Low-count days: predicted, not a blood count (may be shorter with G-CSF)</source>
        <translation>Días de defensas bajas: previsión, no un análisis de sangre (pueden ser menos con G-CSF)</translation>
    </message>
    <message>
        <source>Low-count days: predicted, not a blood count</source>
        <translation>Días de defensas bajas: previsión, no un análisis de sangre</translation>
    </message>
    <message>
        <source>Predicted, not a blood count</source>
        <translation>Previsión, no un análisis de sangre</translation>
    </message>
    <message>
        <source>G-CSF</source>
        <translation>G-CSF</translation>
    </message>
</context>
<context>
    <name>nc::cli</name>
    <message>
        <source>assess: takes no arguments; it reads stdin</source>
        <translation>assess: no admite argumentos; lee de stdin</translation>
    </message>
    <message>
        <source>cannot read stdin</source>
        <translation>no se puede leer de stdin</translation>
    </message>
    <message>
        <source>score: takes no arguments; it reads stdin</source>
        <translation>score: no admite argumentos; lee de stdin</translation>
    </message>
    <message>
        <source>NeutroCare&apos;s command-line tool.

Commands:
  assess                       read an assessment request (JSON) on stdin, write the result (JSON)
  score                        read MASCC and/or CISNE items (JSON) on stdin, write each score and
                               its band (JSON): decision support for clinicians
  patients --db PATH [--add NAME]  list the profiles, or create one and print its id
  backup --db PATH [-o FILE]   back up the database (default: its backups folder); prints the file
  restore --db PATH FILE       check FILE, back up the database, then replace it with FILE
  check --db PATH              check the database file: prints ok, or what is wrong (exit 1)
  import --db PATH --patient ID --format csv|fhir FILE
                               read records (FILE - = stdin); all or nothing; prints what was
                               stored and what was skipped (duplicates, untracked codes,
                               results entered in error)
  export --db PATH --patient ID --format csv|fhir FILE
                               write the profile&apos;s records (FILE - = stdout); FHIR holds the
                               temperatures and lab results
  sheet --topic ID [--lang CODE] [--db PATH --patient ID] -o FILE.pdf
                               print an education sheet (sheet --list: the topics), with a
                               profile&apos;s protocol, numbers, unit and language when named
  card --db PATH --patient ID [--lang CODE] [--staff-lang CODE] [--name NAME] -o FILE.pdf
                               print the wallet alert card; the back in --staff-lang, and in
                               both languages when they differ
  report --db PATH --patient ID --from DATE --to DATE -o FILE.pdf [--include-notes]
                               print the caregiver/clinic report (dates as YYYY-MM-DD)
  Printing takes --paper a4|letter (default a4).

  server init --db URI [--backup-dir DIR]
                               set up or upgrade a clinic&apos;s PostgreSQL server: roles, schema,
                               row-level security and the audit trail (pg_dump first when it
                               holds data); safe to run again
  server add-user --db URI --role admin|staff|patient|caregiver --login NAME [--patient ID]
                               add a login; its password is read from stdin (one line)
  server link --db URI --caregiver LOGIN --patient ID
                               let a caregiver login read a patient
  server users --db URI        list the logins: name, role, patients
  link --db PATH --patient ID --server URI --login NAME [--keep-password keyring|password-file]
                               link a profile to its clinic&apos;s server with the login the clinic
                               gave; the password is read from stdin and kept in the desktop&apos;s
                               keyring (or libpq&apos;s password file, readable only by you)
  sync --db PATH [--patient ID]  send what changed since the last sync; prints what was sent
                               and what is still waiting (exit 1: the server unreachable or
                               refusing, in one line)
  unlink --db PATH --patient ID  end the link; everything stays on this computer
  --db takes a file path or a PostgreSQL server (postgresql://… or host=… dbname=…); a
  server&apos;s own password comes from libpq (~/.pgpass, PGPASSWORD), never the command line.

Exit codes: 0 success, 2 bad input (one line on stderr naming the field), 1 other failures.</source>
        <translation>Herramienta de línea de órdenes de NeutroCare.

Órdenes:
  assess                       lee por stdin una solicitud de valoración (JSON) y escribe el
                               resultado (JSON)
  score                        lee por stdin ítems de MASCC y/o CISNE (JSON) y escribe cada índice y
                               su categoría (JSON): ayuda a la decisión para profesionales sanitarios
  patients --db PATH [--add NAME]  lista los perfiles, o crea uno y muestra su id
  backup --db PATH [-o FILE]   hace una copia de seguridad de la base de datos (por defecto, en su
                               carpeta de copias de seguridad); muestra el archivo
  restore --db PATH FILE       comprueba FILE, hace una copia de seguridad de la base de datos y
                               después la sustituye por FILE
  check --db PATH              comprueba el archivo de la base de datos: muestra ok, o lo que falla
                               (código de salida 1)
  import --db PATH --patient ID --format csv|fhir FILE
                               lee registros (FILE - = stdin); todo o nada; muestra lo que se
                               guardó y lo que se omitió (duplicados, códigos no contemplados,
                               resultados registrados por error)
  export --db PATH --patient ID --format csv|fhir FILE
                               escribe los registros del perfil (FILE - = stdout); FHIR incluye
                               las temperaturas y los resultados de laboratorio
  sheet --topic ID [--lang CODE] [--db PATH --patient ID] -o FILE.pdf
                               imprime una hoja informativa (sheet --list: los temas), con el
                               protocolo, los teléfonos, la unidad y el idioma del perfil indicado
  card --db PATH --patient ID [--lang CODE] [--staff-lang CODE] [--name NAME] -o FILE.pdf
                               imprime la tarjeta de alerta de bolsillo; el reverso va en
                               --staff-lang, y en los dos idiomas si son distintos
  report --db PATH --patient ID --from DATE --to DATE -o FILE.pdf [--include-notes]
                               imprime el informe para cuidador o clínica (fechas como YYYY-MM-DD)
  Para imprimir se admite --paper a4|letter (por defecto, a4).

  server init --db URI [--backup-dir DIR]
                               prepara o actualiza el servidor PostgreSQL de una clínica: roles,
                               esquema, seguridad a nivel de fila y registro de auditoría (antes,
                               pg_dump si ya contiene datos); se puede volver a ejecutar sin riesgo
  server add-user --db URI --role admin|staff|patient|caregiver --login NAME [--patient ID]
                               añade un usuario; su contraseña se lee de stdin (una línea)
  server link --db URI --caregiver LOGIN --patient ID
                               permite que un usuario de cuidador lea los datos de un paciente
  server users --db URI        lista los usuarios: nombre, rol, pacientes
  link --db PATH --patient ID --server URI --login NAME [--keep-password keyring|password-file]
                               vincula un perfil con el servidor de su clínica con el usuario que
                               dio la clínica; la contraseña se lee de stdin y se guarda en el
                               llavero del escritorio (o en el archivo de contraseñas de libpq,
                               que solo usted puede leer)
  sync --db PATH [--patient ID]  envía lo que ha cambiado desde la última sincronización; muestra
                               lo que se envió y lo que sigue pendiente (código de salida 1: el
                               servidor no responde o lo rechaza, en una línea)
  unlink --db PATH --patient ID  termina el vínculo; todo se queda en este ordenador
  --db admite la ruta de un archivo o un servidor PostgreSQL (postgresql://… o host=… dbname=…);
  la contraseña de un servidor viene de libpq (~/.pgpass, PGPASSWORD), nunca de la línea de órdenes.

Códigos de salida: 0 éxito, 2 datos no válidos (una línea en stderr indica el campo), 1 otros fallos.</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: es obligatorio</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--db: %1: no such database</source>
        <translation>--db: %1: no existe esa base de datos</translation>
    </message>
    <message>
        <source>--patient: there is no profile with the id %1</source>
        <translation>--patient: no existe ningún perfil con el id %1</translation>
    </message>
    <message>
        <source>expects one backup FILE</source>
        <translation>espera un único FILE de copia de seguridad</translation>
    </message>
    <message>
        <source>takes no FILE argument</source>
        <translation>no admite ningún argumento FILE</translation>
    </message>
    <message>
        <source>--db names a PostgreSQL server; this command is for NeutroCare&apos;s own database files. Use %1 (docs/clinic-server.md).</source>
        <translation>--db indica un servidor PostgreSQL; esta orden es para los archivos de base de datos propios de NeutroCare. Use %1 (docs/clinic-server.md).</translation>
    </message>
    <message>
        <source>Create a profile named &lt;name&gt;; prints its id.</source>
        <translation>Crea un perfil llamado &lt;name&gt;; muestra su id.</translation>
    </message>
    <message>
        <source>--add: the name is empty</source>
        <translation>--add: el nombre está vacío</translation>
    </message>
    <message>
        <source>Write the backup to &lt;file&gt; instead of the backups folder.</source>
        <translation>Escribe la copia de seguridad en &lt;file&gt; en lugar de en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>%1: already exists; a backup never overwrites a file</source>
        <translation>%1: ya existe; una copia de seguridad nunca sobrescribe un archivo</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s amcheck extension</source>
        <translation>la extensión amcheck de PostgreSQL</translation>
    </message>
    <message>
        <source>csv or fhir.</source>
        <translation>csv o fhir.</translation>
    </message>
    <message>
        <source>The file, or - for %1.</source>
        <translation>El archivo, o - para %1.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or fhir</source>
        <translation>--format: «%1» no es csv ni fhir</translation>
    </message>
    <message>
        <source>give one FILE, or - for %1</source>
        <translation>indique un FILE, o - para %1</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>no se puede escribir en stdout</translation>
    </message>
    <message>
        <source> (and %1 more errors)</source>
        <translation> (y %1 errores más)</translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation>; no se ha importado nada</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1; no se ha importado nada</translation>
    </message>
    <message>
        <source>The clinic&apos;s server: postgresql://host/database or host=… dbname=….</source>
        <translation>El servidor de la clínica: postgresql://host/database o host=… dbname=….</translation>
    </message>
    <message>
        <source>The login the clinic gave for this patient.</source>
        <translation>El usuario que dio la clínica para este paciente.</translation>
    </message>
    <message>
        <source>Where the password is kept: keyring (the desktop&apos;s, the default) or password-file (libpq&apos;s, readable only by you).</source>
        <translation>Dónde se guarda la contraseña: keyring (el llavero del escritorio, opción por defecto) o password-file (el archivo de contraseñas de libpq, que solo usted puede leer).</translation>
    </message>
    <message>
        <source>--keep-password: &quot;%1&quot; is not keyring or password-file</source>
        <translation>--keep-password: «%1» no es keyring ni password-file</translation>
    </message>
    <message>
        <source>--db: a link starts from a patient&apos;s own file, not a server</source>
        <translation>--db: el vínculo se hace desde el archivo propio del paciente, no desde un servidor</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>stdin: the password is empty; give it as one line on stdin</source>
        <translation>stdin: la contraseña está vacía; escríbala en una línea por stdin</translation>
    </message>
    <message>
        <source> To keep it in libpq&apos;s password file instead (readable only by you), run link again with --keep-password password-file.</source>
        <translation> Para guardarla en el archivo de contraseñas de libpq (que solo usted puede leer), vuelva a ejecutar link con --keep-password password-file.</translation>
    </message>
    <message>
        <source>--patient: profile %1 is not linked to a clinic (see link)</source>
        <translation>--patient: el perfil %1 no está vinculado con ninguna clínica (vea link)</translation>
    </message>
    <message>
        <source>--db: no profile in it is linked to a clinic (see link)</source>
        <translation>--db: ninguno de sus perfiles está vinculado con una clínica (vea link)</translation>
    </message>
    <message>
        <source>profile %1: %2 (%3 records still to send)</source>
        <translation>perfil %1: %2 (quedan %3 registros por enviar)</translation>
    </message>
    <message>
        <source>--patient: profile %1 is not linked</source>
        <translation>--patient: el perfil %1 no está vinculado</translation>
    </message>
    <message>
        <source>no command given; see --help</source>
        <translation>no se ha indicado ninguna orden; vea --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>orden desconocida «%1»; vea --help</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>El PDF que se va a generar.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (por defecto) o letter.</translation>
    </message>
    <message>
        <source>--paper: &quot;%1&quot; is not a4 or letter</source>
        <translation>--paper: «%1» no es a4 ni letter</translation>
    </message>
    <message>
        <source>List the topics, one id and title a line.</source>
        <translation>Lista los temas, con un id y un título por línea.</translation>
    </message>
    <message>
        <source>The topic id (see --list).</source>
        <translation>El id del tema (vea --list).</translation>
    </message>
    <message>
        <source>The language code (default: the patient&apos;s, else en).</source>
        <translation>El código de idioma (por defecto: el del paciente o, si no hay, en).</translation>
    </message>
    <message>
        <source>A protocol preset id or a clinic&apos;s protocol file (default: the patient&apos;s, else us-idsa).</source>
        <translation>El id de un protocolo predefinido o el archivo de protocolo de una clínica (por defecto: el del paciente o, si no hay, us-idsa).</translation>
    </message>
    <message>
        <source>C or F (default: the patient&apos;s, else C).</source>
        <translation>C o F (por defecto: la del paciente o, si no hay, C).</translation>
    </message>
    <message>
        <source>The clinic&apos;s name for the header.</source>
        <translation>El nombre de la clínica para el encabezado.</translation>
    </message>
    <message>
        <source>The care team&apos;s number in hours.</source>
        <translation>El teléfono del equipo médico en horario de consulta.</translation>
    </message>
    <message>
        <source>The care team&apos;s number out of hours.</source>
        <translation>El teléfono del equipo médico fuera de horario.</translation>
    </message>
    <message>
        <source>--lang: no content in &quot;%1&quot; (there is: %2)</source>
        <translation>--lang: no hay contenido en «%1» (lo hay en: %2)</translation>
    </message>
    <message>
        <source>--topic: is required (see --list)</source>
        <translation>--topic: es obligatorio (vea --list)</translation>
    </message>
    <message>
        <source>--topic: unknown topic &quot;%1&quot; (see --list)</source>
        <translation>--topic: tema desconocido «%1» (vea --list)</translation>
    </message>
    <message>
        <source>--protocol: &quot;%1&quot; is neither a preset nor a readable file</source>
        <translation>--protocol: «%1» no es un protocolo predefinido ni un archivo legible</translation>
    </message>
    <message>
        <source>--unit: &quot;%1&quot; is not C or F</source>
        <translation>--unit: «%1» no es C ni F</translation>
    </message>
    <message>
        <source>The language of the page and the front (default: the patient&apos;s).</source>
        <translation>El idioma de la página y de la parte delantera (por defecto: el del paciente).</translation>
    </message>
    <message>
        <source>The language of the back, for emergency staff (default: the clinic&apos;s as last chosen, else --lang); when it differs, the back speaks both.</source>
        <translation>El idioma del reverso, para el personal de urgencias (por defecto: el último elegido para la clínica o, si no hay, --lang); si es distinto, el reverso se imprime en los dos idiomas.</translation>
    </message>
    <message>
        <source>The name on the card (default: the name on documents, else the profile&apos;s).</source>
        <translation>El nombre que figura en la tarjeta (por defecto: el nombre para documentos o, si no hay, el del perfil).</translation>
    </message>
    <message>
        <source>%1: no language &quot;%2&quot; (there is: %3)</source>
        <translation>%1: no hay idioma «%2» (hay: %3)</translation>
    </message>
    <message>
        <source>--name: the name is empty</source>
        <translation>--name: el nombre está vacío</translation>
    </message>
    <message>
        <source>cannot read profile %1</source>
        <translation>no se puede leer el perfil %1</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation>El primer día (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The last day, included (YYYY-MM-DD).</source>
        <translation>El último día, incluido (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Include the private notes.</source>
        <translation>Incluye las notas privadas.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: «%2» no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--to: %1 is before --from %2</source>
        <translation>--to: %1 es anterior a --from %2</translation>
    </message>
    <message>
        <source>--db: &quot;%1&quot; is a file; server commands take a PostgreSQL server (postgresql://… or host=… dbname=…)</source>
        <translation>--db: «%1» es un archivo; las órdenes server necesitan un servidor PostgreSQL (postgresql://… o host=… dbname=…)</translation>
    </message>
    <message>
        <source>Where the pg_dump taken before an upgrade goes (default: NeutroCare&apos;s data folder).</source>
        <translation>Dónde se guarda el pg_dump hecho antes de una actualización (por defecto: la carpeta de datos de NeutroCare).</translation>
    </message>
    <message>
        <source>admin, staff, patient or caregiver.</source>
        <translation>admin, staff, patient o caregiver.</translation>
    </message>
    <message>
        <source>The new login&apos;s name.</source>
        <translation>El nombre del nuevo usuario.</translation>
    </message>
    <message>
        <source>--role: &quot;%1&quot; is not admin, staff, patient or caregiver</source>
        <translation>--role: «%1» no es admin, staff, patient ni caregiver</translation>
    </message>
    <message>
        <source>Password for %1 (one line): </source>
        <translation>Contraseña de %1 (una línea): </translation>
    </message>
    <message>
        <source>The caregiver&apos;s login.</source>
        <translation>El usuario del cuidador.</translation>
    </message>
    <message>
        <source>server: expects init, add-user, link or users</source>
        <translation>server: espera init, add-user, link o users</translation>
    </message>
    <message>
        <source>server: unknown command &quot;%1&quot;; expects init, add-user, link or users</source>
        <translation>server: orden desconocida «%1»; espera init, add-user, link o users</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>El archivo de la base de datos.</translation>
    </message>
    <message>
        <source>The profile&apos;s id (see patients).</source>
        <translation>El id del perfil (vea patients).</translation>
    </message>
    <message>
        <source>--patient: &quot;%1&quot; is not a profile id</source>
        <translation>--patient: «%1» no es un id de perfil</translation>
    </message>
    <message>
        <source>--patient: &quot;%1&quot; is not a patient id</source>
        <translation>--patient: «%1» no es un id de paciente</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
</context>
<context>
    <name>nc::content::Fill</name>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Neutrophils per µL</source>
        <translation>Neutrófilos por µL</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>de %1 a menos de %2</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>menos de %1</translation>
    </message>
    <message>
        <source>%1 for %2 minutes or more</source>
        <translation>%1 durante %2 minutos o más</translation>
    </message>
</context>
<context>
    <name>nc::csv</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>give either the anc, or the wbc with its differential, not both</source>
        <translation>indique anc, o bien wbc con su fórmula leucocitaria, pero no ambos</translation>
    </message>
    <message>
        <source>a blood count needs the anc, or the wbc with its differential</source>
        <translation>un análisis de sangre necesita anc, o bien wbc con su fórmula leucocitaria</translation>
    </message>
    <message>
        <source>give both nadir days, or neither</source>
        <translation>indique los dos días de defensas bajas (nadir_start_day y nadir_end_day) o ninguno</translation>
    </message>
    <message>
        <source>the last low-count day cannot be before the first</source>
        <translation>el último día de defensas bajas no puede ser anterior al primero</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason code; separate codes with spaces</source>
        <translation>«%1» no es un código de motivo; separe los códigos con espacios</translation>
    </message>
    <message>
        <source>the file is empty; it needs the header row</source>
        <translation>el archivo está vacío; debe tener al menos la fila de cabecera</translation>
    </message>
    <message>
        <source>unknown column; the columns are listed in docs/csv-format.md</source>
        <translation>columna desconocida; las columnas válidas se indican en docs/csv-format.md</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>la columna aparece dos veces</translation>
    </message>
    <message>
        <source>the header has no kind column</source>
        <translation>la cabecera no tiene la columna kind</translation>
    </message>
    <message>
        <source>has %1 cells but the header has %2</source>
        <translation>tiene %1 celdas, pero la cabecera tiene %2</translation>
    </message>
</context>
<context>
    <name>nc::csv::RecordStream</name>
    <message>
        <source>a quoted cell is never closed</source>
        <translation>una celda que empieza con comillas no tiene comillas de cierre</translation>
    </message>
    <message>
        <source>text follows the closing quote; write a quote inside a quoted cell as two quotes</source>
        <translation>hay texto después de las comillas de cierre; dentro de una celda entre comillas, escriba cada comilla dos veces seguidas</translation>
    </message>
    <message>
        <source>a quote inside a cell that does not start with one; quote the whole cell</source>
        <translation>hay comillas dentro de una celda que no empieza con comillas; ponga toda la celda entre comillas</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>el archivo no es texto UTF-8; guárdelo como «CSV UTF-8» y vuelva a intentarlo</translation>
    </message>
</context>
<context>
    <name>nc::csv::RowReader</name>
    <message>
        <source>is not used in %1 rows; leave it empty</source>
        <translation>no se usa en las filas de tipo %1; déjelo vacío</translation>
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
        <source>is not a date like 2026-03-10</source>
        <translation>no es una fecha como 2026-03-10</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a dot for decimals)</source>
        <translation>«%1» no es un número (use un punto para los decimales)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of days</source>
        <translation>«%1» no es un número entero de días</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known code (see docs/csv-format.md)</source>
        <translation>«%1» no es un código conocido (consulte docs/csv-format.md)</translation>
    </message>
</context>
<context>
    <name>nc::dispositions</name>
    <message>
        <source>Self-care advice, call back if worse</source>
        <translation>Consejos de autocuidado; volver a llamar si empeora</translation>
    </message>
    <message>
        <source>Review within 24 hours</source>
        <translation>Revisión en las próximas 24 horas</translation>
    </message>
    <message>
        <source>Attend now: come in or go to the emergency department</source>
        <translation>Acudir ahora: venir a la clínica o ir al servicio de urgencias</translation>
    </message>
</context>
<context>
    <name>nc::fhir</name>
    <message>
        <source>(an observation without a code)</source>
        <translation>(una observación sin código)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>JSON no válido: %1 en el carácter %2</translation>
    </message>
    <message>
        <source>not a FHIR resource (a JSON object)</source>
        <translation>no es un recurso FHIR (un objeto JSON)</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Bundle or an Observation</source>
        <translation>«%1» no es un recurso Bundle ni Observation</translation>
    </message>
</context>
<context>
    <name>nc::fhir::Reader</name>
    <message>
        <source>is required: a result without a time cannot be placed</source>
        <translation>es obligatorio: un resultado sin fecha y hora no se puede situar en el tiempo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time with an offset, like 2026-03-10T08:00:00+01:00</source>
        <translation>«%1» no es una fecha y hora con desfase horario, como 2026-03-10T08:00:00+01:00</translation>
    </message>
    <message>
        <source>is required: this result has no number</source>
        <translation>es obligatorio: este resultado no tiene ninguna cifra</translation>
    </message>
    <message>
        <source>the lab gave no exact value (&quot;%1&quot;); enter this result by hand</source>
        <translation>el laboratorio no dio un valor exacto («%1»); registre este resultado a mano</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a result NeutroCare can store (final, amended, corrected or preliminary)</source>
        <translation>«%1» no es un estado que NeutroCare pueda guardar (final, amended, corrected o preliminary)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit for a percentage; expected %</source>
        <translation>«%1» no es una unidad de porcentaje; se esperaba %</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a blood count unit NeutroCare reads (10*3/uL, 10*9/L, /uL, cells/uL)</source>
        <translation>«%1» no es una unidad de recuento que NeutroCare reconozca (10*3/uL, 10*9/L, /uL, cells/uL)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a temperature unit NeutroCare reads (Cel, [degF])</source>
        <translation>«%1» no es una unidad de temperatura que NeutroCare reconozca (Cel, [degF])</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a measurement site</source>
        <translation>«%1» no es un lugar de medición</translation>
    </message>
    <message>
        <source>a second, different %1 at the same time; which one is right cannot be told</source>
        <translation>hay otro valor de %1, distinto, a la misma hora; no se puede saber cuál es el correcto</translation>
    </message>
    <message>
        <source>the measured ANC of the same time was used</source>
        <translation>se usó el RAN medido a la misma hora</translation>
    </message>
    <message>
        <source>no white cell count at the same time</source>
        <translation>no hay recuento de leucocitos a la misma hora</translation>
    </message>
    <message>
        <source>no differential at the same time, so no ANC</source>
        <translation>no hay fórmula leucocitaria a la misma hora, así que no se puede calcular el RAN</translation>
    </message>
    <message>
        <source>the total neutrophil % was used</source>
        <translation>se usó el % total de neutrófilos</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>entry %1 (Observation %2)</source>
        <translation>entrada %1 (Observation %2)</translation>
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
    <name>nc::printing</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot paint %1</source>
        <translation>no se puede dibujar %1</translation>
    </message>
</context>
<context>
    <name>nc::recordkinds</name>
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
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Painkiller doses</source>
        <translation>Dosis de analgésicos</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>nc::records::FutureRule</name>
    <message>
        <source>is in the future (now is %1); only what has already happened can be stored</source>
        <translation>está en el futuro (la hora actual es %1); solo se puede guardar lo que ya ha ocurrido</translation>
    </message>
    <message>
        <source>is in the future (today is %1); only what has already happened can be stored</source>
        <translation>está en el futuro (hoy es %1); solo se puede guardar lo que ya ha ocurrido</translation>
    </message>
</context>
<context>
    <name>nc::scorejson</name>
    <message>
        <source>burden of illness</source>
        <translation>gravedad de la enfermedad</translation>
    </message>
    <message>
        <source>the document must be one JSON object</source>
        <translation>el documento debe ser un único objeto JSON</translation>
    </message>
    <message>
        <source>give &quot;mascc&quot;, &quot;cisne&quot; or both</source>
        <translation>indique «mascc», «cisne» o ambos</translation>
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
    <message>
        <source>Sores, ulcers or pain around the back passage (anus)</source>
        <translation>Llagas, úlceras o dolor alrededor del ano</translation>
    </message>
    <message>
        <source>Needing to pass urine urgently or more often</source>
        <translation>Ganas de orinar con urgencia o muy a menudo</translation>
    </message>
    <message>
        <source>A swollen, painful lump filled with pus (abscess)</source>
        <translation>Un bulto hinchado y doloroso lleno de pus (absceso)</translation>
    </message>
    <message>
        <source>A cut or sore that is slow to heal</source>
        <translation>Una herida o un corte que tarda en curar</translation>
    </message>
    <message>
        <source>Pain in the belly (abdomen)</source>
        <translation>Dolor de barriga (abdomen)</translation>
    </message>
    <message>
        <source>New or much worse tiredness</source>
        <translation>Cansancio nuevo o mucho mayor de lo normal</translation>
    </message>
</context>
<context>
    <name>nc::text</name>
    <message>
        <source>%1 characters, more than the %2 allowed; please shorten it</source>
        <translation>%1 caracteres, más de los %2 permitidos; acórtelo, por favor</translation>
    </message>
    <message>
        <source>a control character (U+%1) at character %2; only tabs and line breaks are allowed</source>
        <translation>un carácter de control (U+%1) en la posición %2; solo se permiten tabuladores y saltos de línea</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>nc::timetext</name>
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
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
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
