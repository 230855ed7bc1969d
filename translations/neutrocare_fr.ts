<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>The NeutroCare triage desk for clinic staff</source>
        <translation>Le poste de triage NeutroCare pour le personnel de la clinique</translation>
    </message>
    <message>
        <source>The clinic server: a host name, or a postgresql:// address.</source>
        <translation>Le serveur de la clinique : un nom d&apos;hôte ou une adresse postgresql://.</translation>
    </message>
    <message>
        <source>The clinic&apos;s database on that server.</source>
        <translation>La base de données de la clinique sur ce serveur.</translation>
    </message>
    <message>
        <source>Your login.</source>
        <translation>Votre identifiant.</translation>
    </message>
    <message>
        <source>neutrocare-desk: unexpected argument %1
</source>
        <translation>neutrocare-desk : argument inattendu %1
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the database &lt;path&gt;: a file, or a clinic&apos;s PostgreSQL server (postgresql://host/dbname or host=… dbname=…).</source>
        <translation>Utiliser la base de données &lt;path&gt; : un fichier, ou le serveur PostgreSQL d&apos;une clinique (postgresql://host/dbname ou host=… dbname=…).</translation>
    </message>
    <message>
        <source>Start with the window minimised.</source>
        <translation>Démarrer avec la fenêtre réduite.</translation>
    </message>
    <message>
        <source>Start with no window, the reminders running (used at login).</source>
        <translation>Démarrer sans fenêtre, avec les rappels actifs (utilisé à l&apos;ouverture de session).</translation>
    </message>
    <message>
        <source>NeutroCare opens no file named on its command line (%1); to use another database, give --database &lt;path&gt;.</source>
        <translation>NeutroCare n&apos;ouvre pas les fichiers indiqués sur sa ligne de commande (%1) ; pour utiliser une autre base de données, indiquez --database &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Neutropenia self-monitoring during chemotherapy</source>
        <translation>Autosurveillance de la neutropénie pendant la chimiothérapie</translation>
    </message>
    <message>
        <source>NeutroCare is already running with %1, and did not take this command line: %2</source>
        <translation>NeutroCare est déjà ouvert avec %1 et n&apos;a pas pris en compte cette ligne de commande : %2</translation>
    </message>
</context>
<context>
    <name>nc</name>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>Il n&apos;existe aucun profil avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>Les données importées n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
</context>
<context>
    <name>nc::AcknowledgeDialog</name>
    <message>
        <source>I contacted my care team</source>
        <translation>J&apos;ai contacté mon équipe soignante</translation>
    </message>
    <message>
        <source>They told me to go to hospital</source>
        <translation>On m&apos;a dit d&apos;aller à l&apos;hôpital</translation>
    </message>
    <message>
        <source>They told me to stay at home and keep checking</source>
        <translation>On m&apos;a dit de rester à la maison et de continuer à surveiller</translation>
    </message>
    <message>
        <source>I could not reach them</source>
        <translation>Je n&apos;ai pas réussi à les joindre</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s&apos;est-il passé ?</translation>
    </message>
    <message>
        <source>If you cannot reach your care team, go to the nearest emergency department and say you are on chemotherapy. The warning stays on until you reach them.</source>
        <translation>Si vous n&apos;arrivez pas à joindre votre équipe soignante, allez aux urgences les plus proches et dites que vous êtes sous chimiothérapie. L&apos;alerte reste affichée jusqu&apos;à ce que vous les ayez joints.</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>Please choose what happened.</source>
        <translation>Veuillez choisir ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Contacted care team</source>
        <translation>Équipe soignante contactée</translation>
    </message>
</context>
<context>
    <name>nc::AdherenceStrip</name>
    <message>
        <source>a predicted low-count day</source>
        <translation>un jour prévu de défenses basses</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 precautions ticked</source>
        <translation>Précautions cochées : %1 sur %2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>day %1 after treatment</source>
        <translation>jour %1 après le traitement</translation>
    </message>
    <message>
        <source>A predicted low-count day</source>
        <translation>Un jour prévu de défenses basses</translation>
    </message>
</context>
<context>
    <name>nc::AlertEpisodes</name>
    <message>
        <source>Not acknowledged</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Told to go to hospital</source>
        <translation>Consigne : aller à l&apos;hôpital</translation>
    </message>
    <message>
        <source>Told to stay at home and keep checking</source>
        <translation>Consigne : rester à la maison et continuer à surveiller</translation>
    </message>
    <message>
        <source>Could not reach the care team</source>
        <translation>Équipe soignante injoignable</translation>
    </message>
</context>
<context>
    <name>nc::AntipyreticDialog</name>
    <message>
        <source>Edit painkiller dose</source>
        <translation>Modifier la dose d&apos;antidouleur</translation>
    </message>
    <message>
        <source>Log a painkiller dose</source>
        <translation>Noter une dose d&apos;antidouleur</translation>
    </message>
    <message>
        <source>Take your temperature before a painkiller: if it is high, call your care team first. For %1 after a dose a reading may look lower than it really is: if you feel hot, shivery or unwell, call even if the thermometer reads normal.</source>
        <translation>Prenez votre température avant de prendre un antidouleur : si elle est élevée, appelez d&apos;abord votre équipe soignante. Pendant %1 après une dose, le thermomètre peut indiquer moins que votre vraie température : si vous avez chaud, des frissons ou si vous ne vous sentez pas bien, appelez même si le thermomètre indique une valeur normale.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>&amp;Médicament</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Log painkiller</source>
        <translation>Noter l&apos;antidouleur</translation>
    </message>
</context>
<context>
    <name>nc::Article</name>
    <message>
        <source>the file must start with a &quot;---&quot; line</source>
        <translation>le fichier doit commencer par une ligne « --- »</translation>
    </message>
    <message>
        <source>the front matter has no closing &quot;---&quot; line</source>
        <translation>l&apos;en-tête n&apos;a pas de ligne « --- » de fermeture</translation>
    </message>
    <message>
        <source>a list item &quot;%1&quot; follows no list key</source>
        <translation>l&apos;élément de liste « %1 » ne suit aucune clé de liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;key: value&quot; line</source>
        <translation>« %1 » n&apos;est pas une ligne « clé: valeur »</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>« %1 » est indiqué deux fois</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>doit être une date au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>is required: lower-case letters, digits and dashes</source>
        <translation>est obligatoire : lettres minuscules, chiffres et tirets</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>at least one source is required</source>
        <translation>au moins une source est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (lower-case letters, digits and dashes)</source>
        <translation>« %1 » n&apos;est pas un identifiant (lettres minuscules, chiffres et tirets)</translation>
    </message>
</context>
<context>
    <name>nc::Assessment</name>
    <message>
        <source>%1 (typed as %2)</source>
        <translation>%1 (saisie : %2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>A temperature was taken within %1 after a fever medicine (paracetamol or ibuprofen), so it may read lower than your real temperature and can never clear an alert. If you feel hot, shivery or unwell, call even if the thermometer reads normal: the medicine can hide a fever.</source>
        <translation>Une température a été prise dans les %1 suivant un médicament contre la fièvre (paracétamol ou ibuprofène) : elle peut donc être plus basse que votre vraie température et ne peut jamais annuler une alerte. Si vous avez chaud, des frissons ou si vous ne vous sentez pas bien, appelez même si le thermomètre indique une valeur normale : le médicament peut masquer une fièvre.</translation>
    </message>
    <message>
        <source>Your temperature of %1 at %2 reached your clinic&apos;s fever limit (%3).</source>
        <translation>Votre température de %1 à %2 a atteint le seuil de fièvre fixé par votre clinique (%3).</translation>
    </message>
    <message>
        <source>Your temperature of %1 at %2 is at your clinic&apos;s low limit (%3). A low temperature can also be a sign of a serious infection.</source>
        <translation>Votre température de %1 à %2 est au seuil bas fixé par votre clinique (%3). Une température basse peut aussi être le signe d&apos;une infection grave.</translation>
    </message>
    <message>
        <source>Ear, forehead and under-the-arm thermometers can read lower than a thermometer in the mouth. If you feel unwell, call even if the number looks normal.</source>
        <translation>Les thermomètres d&apos;oreille, de front ou sous le bras peuvent indiquer moins qu&apos;un thermomètre dans la bouche. Si vous ne vous sentez pas bien, appelez même si le chiffre paraît normal.</translation>
    </message>
    <message>
        <source>Please avoid taking your temperature in the bottom (rectally) while your blood count may be low: it can cause infection or bleeding.</source>
        <translation>Évitez de prendre votre température dans l&apos;anus (par voie rectale) tant que vos globules peuvent être bas : cela peut provoquer une infection ou un saignement.</translation>
    </message>
    <message>
        <source>Your temperature has stayed at %1 for %2 or longer (highest %3 at %4).</source>
        <translation>Votre température est restée à %1 pendant %2 ou plus (maximum %3 à %4).</translation>
    </message>
    <message>
        <source>You reported &quot;%1&quot;. This needs a call to your care team straight away.</source>
        <translation>Vous avez signalé « %1 ». Il faut appeler votre équipe soignante tout de suite.</translation>
    </message>
    <message>
        <source>Your neutrophil count is at your usual level, as your clinic recorded it.</source>
        <translation>Votre nombre de neutrophiles est à votre niveau habituel, tel que votre clinique l&apos;a enregistré.</translation>
    </message>
    <message>
        <source>You reported a possible sign of infection: %1. Call your care team today.</source>
        <translation>Vous avez signalé un signe possible d&apos;infection : %1. Appelez votre équipe soignante aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Your temperature of %1 at %2 is raised but not at the fever limit (%3). Take it again soon.</source>
        <translation>Votre température de %1 à %2 est élevée, mais n&apos;atteint pas le seuil de fièvre (%3). Reprenez-la bientôt.</translation>
    </message>
    <message>
        <source>Your last blood count shows very few neutrophils (%1/µL): you can catch infections easily. Take extra care and check your temperature often.</source>
        <translation>Votre dernière prise de sang montre très peu de neutrophiles (%1/µL) : vous pouvez attraper des infections facilement. Redoublez de précautions et prenez souvent votre température.</translation>
    </message>
    <message>
        <source>Two or more warning signs together need a call to your care team now.</source>
        <translation>Deux signes d&apos;alerte ou plus en même temps : appelez votre équipe soignante maintenant.</translation>
    </message>
    <message>
        <source>You contacted your care team: follow the advice they gave you.</source>
        <translation>Vous avez contacté votre équipe soignante : suivez les conseils qu&apos;elle vous a donnés.</translation>
    </message>
    <message>
        <source>You are in the days after chemotherapy when your blood count is expected to be lowest (day %1). This is a prediction, not a blood count: check your temperature at least twice a day and whenever you feel unwell.</source>
        <translation>Vous êtes dans les jours qui suivent la chimiothérapie où vos globules devraient être au plus bas (jour %1). C&apos;est une prévision, pas un résultat de prise de sang : prenez votre température au moins deux fois par jour, et chaque fois que vous ne vous sentez pas bien.</translation>
    </message>
    <message>
        <source>You had a G-CSF injection this cycle: the low-count days may be shorter.</source>
        <translation>Vous avez eu une injection de G-CSF pendant cette cure : les jours de défenses basses peuvent être plus courts.</translation>
    </message>
    <message>
        <source>No temperature logged in the last %1. Take your temperature now, and whenever you feel unwell.</source>
        <translation>Aucune température notée depuis %1. Prenez votre température maintenant, et chaque fois que vous ne vous sentez pas bien.</translation>
    </message>
    <message>
        <source>No warning signs right now</source>
        <translation>Aucun signe d&apos;alerte pour le moment</translation>
    </message>
    <message>
        <source>Take extra care</source>
        <translation>Redoublez de précautions</translation>
    </message>
    <message>
        <source>Take your temperature again soon</source>
        <translation>Reprenez votre température bientôt</translation>
    </message>
    <message>
        <source>Call your care team today</source>
        <translation>Appelez votre équipe soignante aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Fever or warning sign — call your care team now</source>
        <translation>Fièvre ou signe d&apos;alerte — appelez votre équipe soignante maintenant</translation>
    </message>
    <message>
        <source>Take your temperature — none logged in the last %1</source>
        <translation>Prenez votre température — aucune notée depuis %1</translation>
    </message>
    <message>
        <source>Take your temperature now</source>
        <translation>Prenez votre température maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Your pegfilgrastim injection is dated on a day of chemotherapy or in the %n days before one. It is usually given at least a day after chemotherapy: please check the dates with your care team.</source>
        <translation>
            <numerusform>Votre injection de pegfilgrastim est datée d&apos;un jour de chimiothérapie ou du %n jour qui en précède une. Elle se fait en général au moins un jour après la chimiothérapie : vérifiez les dates avec votre équipe soignante.</numerusform>
            <numerusform>Votre injection de pegfilgrastim est datée d&apos;un jour de chimiothérapie ou des %n jours qui en précèdent une. Elle se fait en général au moins un jour après la chimiothérapie : vérifiez les dates avec votre équipe soignante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::AuditModel</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Settings and clinic values</source>
        <translation>Paramètres et valeurs de la clinique</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Préférence</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Blood count</source>
        <translation>Analyse de sang</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptôme</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Painkiller dose</source>
        <translation>Dose d&apos;antidouleur</translation>
    </message>
    <message>
        <source>Checklist tick</source>
        <translation>Case cochée (liste de contrôle)</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Removal note</source>
        <translation>Note de suppression</translation>
    </message>
    <message>
        <source>Telephone triage call</source>
        <translation>Appel de triage téléphonique</translation>
    </message>
    <message>
        <source>Clinic acknowledgement</source>
        <translation>Prise en compte par la clinique</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>Patient %1 (removed)</source>
        <translation>Patient %1 (supprimé)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A record kind and what was done to it: &quot;Temperature added&quot;.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Server login</source>
        <translation>Identifiant du serveur</translation>
    </message>
    <message>
        <source>Who may see a patient</source>
        <translation>Qui peut voir un patient</translation>
    </message>
</context>
<context>
    <name>nc::AuditScreen</name>
    <message>
        <source>(none)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(en blanc)</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <extracomment>The first line of a change&apos;s details: &quot;Temperature changed by nurse.kim on …&quot;.</extracomment>
        <translation>%1, par %2, le %3</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient : %1</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Enregistrement : %1</translation>
    </message>
    <message>
        <source>No value changed but the time of the change.</source>
        <translation>Aucune valeur n&apos;a changé, sauf l&apos;heure de la modification.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Added with these values:</source>
        <translation>Ajouté avec ces valeurs :</translation>
    </message>
    <message>
        <source>Removed; it held:</source>
        <translation>Supprimé ; il contenait :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>The audit trail cannot be changed by anyone.</source>
        <translation>Personne ne peut modifier le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>Who (login)</source>
        <translation>Qui (identifiant)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Only from a day on</source>
        <translation>Seulement à partir d&apos;un jour donné</translation>
    </message>
    <message>
        <source>The first day shown</source>
        <translation>Le premier jour affiché</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>Only up to a day</source>
        <translation>Seulement jusqu&apos;à un jour donné</translation>
    </message>
    <message>
        <source>The last day shown</source>
        <translation>Le dernier jour affiché</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the audit trail again</source>
        <translation>Relire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the entries shown as a CSV file</source>
        <translation>Exporter les entrées affichées dans un fichier CSV</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Modifications, les plus récentes en premier</translation>
    </message>
    <message>
        <source>&amp;Values of the selected change</source>
        <translation>&amp;Valeurs de la modification sélectionnée</translation>
    </message>
    <message>
        <source>Values of the selected change</source>
        <translation>Valeurs de la modification sélectionnée</translation>
    </message>
    <message>
        <source>Select a change to see its old and new values.</source>
        <translation>Sélectionnez une modification pour voir ses anciennes et ses nouvelles valeurs.</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A patient in the list: the name, then the patient&apos;s number on the server.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>The newest %1 changes are shown; choose a patient, a login or days to see older ones.</source>
        <translation>Seules les %1 modifications les plus récentes sont affichées ; choisissez un patient, un identifiant ou des jours pour voir les plus anciennes.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n modification.</numerusform>
            <numerusform>%n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>neutrocare-audit-%1.csv</source>
        <extracomment>The file name suggested for an export of the audit trail, dated.</extracomment>
        <translation>neutrocare-audit-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit trail was not exported</source>
        <translation>Le journal d&apos;audit n&apos;a pas été exporté</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exported to %1.</source>
        <translation>
            <numerusform>%n modification exportée vers %1.</numerusform>
            <numerusform>%n modifications exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::AuditTrail</name>
    <message>
        <source>The audit trail is kept on a clinic server; this database is a file on this computer.</source>
        <translation>Le journal d&apos;audit est conservé sur un serveur de la clinique ; cette base de données est un fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your login may not read the audit trail: only clinic staff and admin logins may.</source>
        <translation>Votre identifiant ne permet pas de lire le journal d&apos;audit : seuls les identifiants du personnel de la clinique et des administrateurs le peuvent.</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost, so the audit trail could not be read. Try again in a moment.</source>
        <translation>La connexion au serveur de la clinique a été perdue : le journal d&apos;audit n&apos;a donc pas pu être lu. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The audit trail could not be saved as %1: %2</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être enregistré sous %1 : %2</translation>
    </message>
</context>
<context>
    <name>nc::BackupManager</name>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans %1 : %2</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>The database is not open, so it cannot be backed up.</source>
        <translation>La base de données n&apos;est pas ouverte : elle ne peut donc pas être sauvegardée.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be found. Is the drive still connected?</source>
        <translation>Le dossier %1 est introuvable. Le disque est-il toujours branché ?</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>Le fichier %1 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The file %1 could not be compared with your data.</source>
        <translation>Le fichier %1 n&apos;a pas pu être comparé à vos données.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file %1 is empty: the data it held has been lost.</source>
        <translation>Le fichier %1 est vide : les données qu&apos;il contenait ont été perdues.</translation>
    </message>
    <message>
        <source>The file %1 is not a NeutroCare database, or it is damaged beyond reading.</source>
        <translation>Le fichier %1 n&apos;est pas une base de données NeutroCare, ou il est trop endommagé pour être lu.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: SQLite&apos;s integrity check found errors.</source>
        <translation>Le fichier %1 est endommagé : la vérification d&apos;intégrité de SQLite a trouvé des erreurs.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>Le fichier %1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The file %1 was written by a newer version of NeutroCare (data version %2; this version understands up to %3). Please update NeutroCare.</source>
        <translation>Le fichier %1 a été créé par une version plus récente de NeutroCare (version des données %2 ; cette version comprend jusqu&apos;à la version %3). Veuillez mettre à jour NeutroCare.</translation>
    </message>
    <message>
        <source>The file %1 is not a NeutroCare database.</source>
        <translation>Le fichier %1 n&apos;est pas une base de données NeutroCare.</translation>
    </message>
    <message>
        <source>The current database could not be copied to %1 before restoring.</source>
        <translation>La base de données actuelle n&apos;a pas pu être copiée dans %1 avant la restauration.</translation>
    </message>
    <message>
        <source>This backup cannot be used. %1 Nothing was changed.</source>
        <translation>Cette sauvegarde est inutilisable. %1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This is the database itself, not a backup. Nothing was changed.</source>
        <translation>Il s&apos;agit de la base de données elle-même, pas d&apos;une sauvegarde. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database is open in another program (NeutroCare itself?). Close it first. Nothing was changed.</source>
        <translation>La base de données est ouverte dans un autre programme (NeutroCare lui-même ?). Fermez-le d&apos;abord. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The current data could not be backed up first, so nothing was restored. %1</source>
        <translation>Les données actuelles n&apos;ont pas pu être sauvegardées au préalable : rien n&apos;a donc été restauré. %1</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database. Nothing was changed.</source>
        <translation>La sauvegarde n&apos;a pas pu être copiée à côté de la base de données. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database (is the disk full?). Nothing was changed.</source>
        <translation>La sauvegarde n&apos;a pas pu être copiée à côté de la base de données (le disque est-il plein ?). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database&apos;s journal file could not be removed, so nothing was restored.</source>
        <translation>Le fichier journal de la base de données n&apos;a pas pu être supprimé : rien n&apos;a donc été restauré.</translation>
    </message>
    <message>
        <source>The restored file could not replace the database: %1. Nothing was changed.</source>
        <translation>Le fichier restauré n&apos;a pas pu remplacer la base de données : %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup was restored but could not be opened: %1</source>
        <translation>La sauvegarde a été restaurée, mais n&apos;a pas pu être ouverte : %1</translation>
    </message>
    <message>
        <source>This backup was made by another version of NeutroCare, so one profile cannot be taken from it. Restore all of it instead. Nothing was changed.</source>
        <translation>Cette sauvegarde a été faite avec une autre version de NeutroCare : il est donc impossible d&apos;en extraire un seul profil. Restaurez-la plutôt en entier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database is not open. Nothing was changed.</source>
        <translation>La base de données n&apos;est pas ouverte. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not be opened. Nothing was changed.</source>
        <translation>La sauvegarde n&apos;a pas pu être ouverte. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This backup holds no data for this profile. Nothing was changed.</source>
        <translation>Cette sauvegarde ne contient aucune donnée pour ce profil. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The profile could not be restored (%1). Nothing was changed.</source>
        <translation>Le profil n&apos;a pas pu être restauré (%1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The profile could not be restored: the database refused the change. Nothing was changed.</source>
        <translation>Le profil n&apos;a pas pu être restauré : la base de données a refusé la modification. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>nc::BloodCount</name>
    <message>
        <source>Please enter the %1 as a number.</source>
        <translation>Veuillez saisir le %1 en chiffres.</translation>
    </message>
    <message>
        <source>The %1 cannot be negative.</source>
        <translation>Le %1 ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 %2 is too high for a %3: check the number and its unit (the highest accepted is %4 cells/µL).</source>
        <translation>%1 %2, c&apos;est trop élevé pour un %3 : vérifiez le nombre et son unité (le maximum accepté est %4 cells/µL).</translation>
    </message>
    <message>
        <source>The %1 must be a percentage from 0 to 100.</source>
        <translation>Le %1 doit être un pourcentage compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>neutrophil count (ANC)</source>
        <translation>nombre de polynucléaires neutrophiles (PNN)</translation>
    </message>
    <message>
        <source>white cell count (WBC)</source>
        <translation>nombre de globules blancs</translation>
    </message>
    <message>
        <source>A white cell count needs its differential (neutrophils %) to give an ANC.</source>
        <translation>Pour calculer le PNN, le nombre de globules blancs doit être accompagné de sa formule leucocytaire (% de neutrophiles).</translation>
    </message>
    <message>
        <source>Enter either the total neutrophils % or the segmented and band %, not both.</source>
        <translation>Saisissez soit le % total de neutrophiles, soit le % de segmentés et le % de non segmentés, mais pas les deux.</translation>
    </message>
    <message>
        <source>Band neutrophils need the segmented neutrophils % as well.</source>
        <translation>Si vous saisissez les neutrophiles non segmentés, saisissez aussi le % de neutrophiles segmentés.</translation>
    </message>
    <message>
        <source>neutrophils percentage</source>
        <translation>pourcentage de neutrophiles</translation>
    </message>
    <message>
        <source>segmented neutrophils percentage</source>
        <translation>pourcentage de neutrophiles segmentés</translation>
    </message>
    <message>
        <source>bands percentage</source>
        <translation>pourcentage de non segmentés</translation>
    </message>
    <message>
        <source>Segmented and band neutrophils together cannot be more than 100%.</source>
        <translation>Les neutrophiles segmentés et non segmentés ensemble ne peuvent pas dépasser 100 %.</translation>
    </message>
    <message>
        <source>A white cell count (WBC) of %1 %2 with %3% neutrophils gives a neutrophil count (ANC) of %4 cells/µL, above the highest accepted %5 cells/µL: check the numbers and their unit.</source>
        <translation>Un nombre de globules blancs de %1 %2 avec %3 % de neutrophiles donne un nombre de polynucléaires neutrophiles (PNN) de %4 cells/µL, au-dessus du maximum accepté de %5 cells/µL : vérifiez les nombres et leur unité.</translation>
    </message>
</context>
<context>
    <name>nc::BloodCountDialog</name>
    <message>
        <source>Edit blood count</source>
        <translation>Modifier l&apos;analyse de sang</translation>
    </message>
    <message>
        <source>Log a blood count</source>
        <translation>Noter une analyse de sang</translation>
    </message>
    <message>
        <source>What the lab report shows</source>
        <translation>Ce qu&apos;indique le compte rendu du laboratoire</translation>
    </message>
    <message>
        <source>The neutrophil count (ANC)</source>
        <translation>Le nombre de polynucléaires neutrophiles (PNN)</translation>
    </message>
    <message>
        <source>White cells (WBC) and total neutrophils %</source>
        <translation>Globules blancs et % total de neutrophiles</translation>
    </message>
    <message>
        <source>White cells (WBC), segmented % and bands %</source>
        <translation>Globules blancs, % de segmentés et % de non segmentés</translation>
    </message>
    <message>
        <source>The report &amp;shows</source>
        <translation>Le compte rendu &amp;indique</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>Neutrophil count (ANC)</source>
        <translation>Nombre de polynucléaires neutrophiles (PNN)</translation>
    </message>
    <message>
        <source>&amp;ANC</source>
        <translation>&amp;PNN</translation>
    </message>
    <message>
        <source>White cell count (WBC)</source>
        <translation>Nombre de globules blancs</translation>
    </message>
    <message>
        <source>&amp;WBC</source>
        <translation>&amp;Globules blancs</translation>
    </message>
    <message>
        <source>Neutrophils, percent</source>
        <translation>Neutrophiles, en pourcentage</translation>
    </message>
    <message>
        <source>&amp;Neutrophils %</source>
        <translation>&amp;Neutrophiles %</translation>
    </message>
    <message>
        <source>Segmented neutrophils, percent</source>
        <translation>Neutrophiles segmentés, en pourcentage</translation>
    </message>
    <message>
        <source>S&amp;egmented %</source>
        <translation>&amp;Segmentés %</translation>
    </message>
    <message>
        <source>Band neutrophils, percent (optional)</source>
        <translation>Neutrophiles non segmentés, en pourcentage (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Bands % (optional)</source>
        <translation>N&amp;on segmentés % (facultatif)</translation>
    </message>
    <message>
        <source>Blood &amp;taken</source>
        <translation>&amp;Date du prélèvement</translation>
    </message>
    <message>
        <source>Laboratory or clinic (optional)</source>
        <translation>Laboratoire ou clinique (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Lab (optional)</source>
        <translation>&amp;Laboratoire (facultatif)</translation>
    </message>
    <message>
        <source>Please type the neutrophil count (ANC) as a number.</source>
        <translation>Veuillez saisir le nombre de polynucléaires neutrophiles (PNN) en chiffres.</translation>
    </message>
    <message>
        <source>Please type the white cell count (WBC) as a number.</source>
        <translation>Veuillez saisir le nombre de globules blancs en chiffres.</translation>
    </message>
    <message>
        <source>Please type the neutrophils percentage as a number.</source>
        <translation>Veuillez saisir le pourcentage de neutrophiles en chiffres.</translation>
    </message>
    <message>
        <source>Please type the segmented neutrophils percentage as a number.</source>
        <translation>Veuillez saisir le pourcentage de neutrophiles segmentés en chiffres.</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Blood taken</source>
        <translation>Date du prélèvement</translation>
    </message>
    <message>
        <source>Log blood count</source>
        <translation>Noter l&apos;analyse de sang</translation>
    </message>
</context>
<context>
    <name>nc::BoardModel</name>
    <message>
        <source>1 · Call now — not acknowledged</source>
        <translation>1 · Appeler maintenant — non confirmé</translation>
    </message>
    <message>
        <source>2 · Follow-up call overdue</source>
        <translation>2 · Appel de suivi en retard</translation>
    </message>
    <message>
        <source>3 · Call now already acknowledged, or call today</source>
        <translation>3 · « Appeler maintenant » déjà confirmé, ou appeler aujourd&apos;hui</translation>
    </message>
    <message>
        <source>4 · Recheck overdue</source>
        <translation>4 · Nouvelle mesure en retard</translation>
    </message>
    <message>
        <source>5 · No recent temperature in the low-count days</source>
        <translation>5 · Pas de température récente pendant les jours de défenses basses</translation>
    </message>
    <message>
        <source>6 · Recheck</source>
        <translation>6 · Nouvelle mesure</translation>
    </message>
    <message>
        <source>7 · Caution</source>
        <translation>7 · Prudence</translation>
    </message>
    <message>
        <source>8 · No warning signs</source>
        <translation>8 · Aucun signe d&apos;alerte</translation>
    </message>
    <message numerus="yes">
        <source>None in the last %n hour(s)</source>
        <translation>
            <numerusform>Aucune depuis %n heure</numerusform>
            <numerusform>Aucune depuis %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1/µL, %2%3</source>
        <translation>%1/µL, %2%3</translation>
    </message>
    <message>
        <source> (old)</source>
        <translation> (ancien)</translation>
    </message>
    <message>
        <source>No recent chemotherapy</source>
        <translation>Pas de chimiothérapie récente</translation>
    </message>
    <message>
        <source>Day %1 — low-count days</source>
        <translation>Jour %1 — jours de défenses basses</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>ESCALATED — not acknowledged for %1</source>
        <translation>ESCALADE — non confirmé depuis %1</translation>
    </message>
    <message>
        <source>Not acknowledged — waiting %1</source>
        <translation>Non confirmé — en attente depuis %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>Confirmé par %1 à %2</translation>
    </message>
    <message>
        <source>Overdue since %1 (%2)</source>
        <translation>En retard depuis %1 (%2)</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>Prévu : %1 (%2)</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Latest temperature</source>
        <translation>Dernière température</translation>
    </message>
    <message>
        <source>Latest ANC</source>
        <translation>Dernier PNN</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Appel de suivi</translation>
    </message>
</context>
<context>
    <name>nc::CallDialog</name>
    <message>
        <source>New telephone call</source>
        <translation>Nouvel appel téléphonique</translation>
    </message>
    <message>
        <source>Who is calling</source>
        <translation>Qui appelle</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Appelant :</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Nom de l&apos;appelant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Relationship to the patient</source>
        <translation>Lien avec le patient</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>Numéro de rappel</translation>
    </message>
    <message>
        <source>Call-&amp;back number:</source>
        <translation>Numéro de &amp;rappel :</translation>
    </message>
    <message>
        <source>What they report</source>
        <translation>Ce que l&apos;appelant signale</translation>
    </message>
    <message>
        <source>Reported temperature</source>
        <translation>Température signalée</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Where it was taken</source>
        <translation>Où elle a été prise</translation>
    </message>
    <message>
        <source>Minutes ago</source>
        <translation>Il y a combien de minutes</translation>
    </message>
    <message>
        <source> min ago</source>
        <translation> min plus tôt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add the reported temperature</source>
        <translation>Ajouter la température signalée</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température :</translation>
    </message>
    <message>
        <source>Temperatures reported</source>
        <translation>Températures signalées</translation>
    </message>
    <message>
        <source>&amp;Symptoms (tick what they describe):</source>
        <translation>&amp;Symptômes (cochez ceux qui sont décrits) :</translation>
    </message>
    <message>
        <source>Symptoms reported</source>
        <translation>Symptômes signalés</translation>
    </message>
    <message>
        <source>&amp;Fever medicines taken:</source>
        <translation>Médicaments contre la &amp;fièvre pris :</translation>
    </message>
    <message>
        <source>Fever medicines taken</source>
        <translation>Médicaments contre la fièvre pris</translation>
    </message>
    <message>
        <source>Hours since the fever medicine</source>
        <translation>Heures écoulées depuis le médicament contre la fièvre</translation>
    </message>
    <message>
        <source> h ago</source>
        <translation> h plus tôt</translation>
    </message>
    <message>
        <source>Assessment on the stored history plus this report</source>
        <translation>Évaluation d&apos;après l&apos;historique enregistré et ce signalement</translation>
    </message>
    <message>
        <source>Disposition and advice</source>
        <translation>Orientation et conseils</translation>
    </message>
    <message>
        <source>Disposition chosen</source>
        <translation>Orientation choisie</translation>
    </message>
    <message>
        <source>&amp;Disposition:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>Reason for a less urgent disposition</source>
        <translation>Motif d&apos;une orientation moins urgente</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Conseils donnés</translation>
    </message>
    <message>
        <source>Ad&amp;vice given:</source>
        <translation>&amp;Conseils donnés :</translation>
    </message>
    <message>
        <source>&amp;Save call</source>
        <translation>&amp;Enregistrer l&apos;appel</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>No warning signs in the history or the report.</source>
        <translation>Aucun signe d&apos;alerte dans l&apos;historique ni dans le signalement.</translation>
    </message>
    <message>
        <source>Suggested: %1 (protocol %2)</source>
        <translation>Suggérée : %1 (protocole %2)</translation>
    </message>
    <message>
        <source>R&amp;eason (required: less urgent than suggested):</source>
        <translation>&amp;Motif (obligatoire : moins urgent que la suggestion) :</translation>
    </message>
    <message>
        <source>A follow-up call will be due by %1.</source>
        <translation>Un appel de suivi devra être fait d&apos;ici %1.</translation>
    </message>
    <message>
        <source>No follow-up call is set.</source>
        <translation>Aucun appel de suivi n&apos;est prévu.</translation>
    </message>
</context>
<context>
    <name>nc::CallRecord</name>
    <message>
        <source>Triage call record</source>
        <translation>Fiche d&apos;appel de triage</translation>
    </message>
    <message>
        <source>MASCC %1 of %2</source>
        <translation>MASCC %1 sur %2</translation>
    </message>
    <message>
        <source>Low risk (≥ %1)</source>
        <translation>Risque faible (≥ %1)</translation>
    </message>
    <message>
        <source>Not low risk</source>
        <translation>Risque non faible</translation>
    </message>
    <message>
        <source>CISNE %1 of %2</source>
        <translation>CISNE %1 sur %2</translation>
    </message>
    <message>
        <source>Class I — low risk</source>
        <translation>Classe I — risque faible</translation>
    </message>
    <message>
        <source>Class II — intermediate</source>
        <translation>Classe II — risque intermédiaire</translation>
    </message>
    <message>
        <source>Class III — high</source>
        <translation>Classe III — risque élevé</translation>
    </message>
    <message>
        <source>Times in %1 · temperatures in %2</source>
        <translation>Heures selon le fuseau %1 · températures en %2</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, naissance : %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>L&apos;appel</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>Numéro de rappel</translation>
    </message>
    <message>
        <source> (reported as %1)</source>
        <translation> (signalée : %1)</translation>
    </message>
    <message>
        <source> · %1 · %2</source>
        <translation> · %1 · %2</translation>
    </message>
    <message>
        <source> · after a fever medicine</source>
        <translation> · après un médicament contre la fièvre</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>Rien de signalé</translation>
    </message>
    <message>
        <source>What the caller reported</source>
        <translation>Ce que l&apos;appelant a signalé</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Températures</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>Fever medicines</source>
        <translation>Médicaments contre la fièvre</translation>
    </message>
    <message>
        <source>Assessment during the call</source>
        <translation>Évaluation pendant l&apos;appel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Choisie</translation>
    </message>
    <message>
        <source>Reason for the choice</source>
        <translation>Motif du choix</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Conseils donnés</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Prévu : %1</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>Aucun prévu</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>Fait : %1, par %2</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Appel de suivi</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Orientation</translation>
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
        <translation>Aide à la décision pour les soignants</translation>
    </message>
    <message>
        <source>MASCC and CISNE risk scores, kept with the call; never shown to the patient.</source>
        <translation>Scores de risque MASCC et CISNE, conservés avec l&apos;appel ; jamais montrés au patient.</translation>
    </message>
    <message>
        <source>Call taken on %1.</source>
        <translation>Appel reçu le %1.</translation>
    </message>
    <message>
        <source>Call taken by %1 on %2.</source>
        <translation>Appel reçu par %1 le %2.</translation>
    </message>
    <message>
        <source>For the clinic&apos;s records. The assessment, the disposition and the risk scores support clinical judgement; they do not replace it.</source>
        <translation>Pour le dossier de la clinique. L&apos;évaluation, l&apos;orientation et les scores de risque aident le jugement clinique ; ils ne le remplacent pas.</translation>
    </message>
</context>
<context>
    <name>nc::CardDialog</name>
    <message>
        <source>Print a wallet alert card for %1</source>
        <translation>Imprimer une carte d&apos;alerte de poche pour %1</translation>
    </message>
    <message>
        <source>&amp;Name on the card:</source>
        <translation>&amp;Nom sur la carte :</translation>
    </message>
    <message>
        <source>As on their ID or hospital records. Kept for the next card.</source>
        <translation>Comme sur la pièce d&apos;identité ou le dossier hospitalier. Conservé pour la prochaine carte.</translation>
    </message>
    <message>
        <source>&amp;Patient&apos;s side in:</source>
        <translation>Face &amp;patient en :</translation>
    </message>
    <message>
        <source>&amp;Emergency staff&apos;s side in:</source>
        <translation>Face pour le personnel des &amp;urgences en :</translation>
    </message>
    <message>
        <source>The language of the clinic or hospital. When it differs from the patient&apos;s side, this side is printed in both.</source>
        <translation>La langue de la clinique ou de l&apos;hôpital. Si elle est différente de celle de la face patient, cette face est imprimée dans les deux langues.</translation>
    </message>
    <message>
        <source>Name on the card: %1</source>
        <translation>Nom sur la carte : %1</translation>
    </message>
</context>
<context>
    <name>nc::CaregiverBanner</name>
    <message>
        <source>%1 needs a call to the care team now</source>
        <translation>%1 : il faut appeler l&apos;équipe soignante maintenant</translation>
    </message>
    <message>
        <source>%1 needs a call to the care team today</source>
        <translation>%1 : il faut appeler l&apos;équipe soignante aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1 needs a temperature check now: the recheck is overdue</source>
        <translation>%1 : il faut prendre la température maintenant, la nouvelle mesure est en retard</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passer à %1</translation>
    </message>
</context>
<context>
    <name>nc::ClinicUpdateCard</name>
    <message>
        <source>What &amp;changed</source>
        <translation>Ce qui a &amp;changé</translation>
    </message>
    <message>
        <source>What your clinic changed</source>
        <translation>Ce que votre clinique a changé</translation>
    </message>
    <message>
        <source>your fever protocol</source>
        <translation>votre protocole de fièvre</translation>
    </message>
    <message>
        <source>your clinic&apos;s name</source>
        <translation>le nom de votre clinique</translation>
    </message>
    <message>
        <source>the daytime phone number</source>
        <translation>le numéro de téléphone en journée</translation>
    </message>
    <message>
        <source>the evenings and weekends number</source>
        <translation>le numéro pour les soirs et les week-ends</translation>
    </message>
    <message>
        <source>the lower limit of normal (LLN)</source>
        <translation>la limite inférieure de la normale (LIN)</translation>
    </message>
    <message>
        <source>your usual level (baseline ANC)</source>
        <translation>votre niveau habituel (PNN de base)</translation>
    </message>
    <message>
        <source>advice from your nurse</source>
        <translation>les conseils de votre infirmier ou infirmière</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1 : « %2 »</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day, then a time of day</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Updated by your clinic on %1.</source>
        <translation>Mis à jour par votre clinique le %1.</translation>
    </message>
    <message>
        <source>Updated by your clinic on %1: %2.</source>
        <translation>Mis à jour par votre clinique le %1 : %2.</translation>
    </message>
    <message>
        <source>Advice from your nurse: “%1”</source>
        <translation>Conseils de votre infirmier ou infirmière : « %1 »</translation>
    </message>
</context>
<context>
    <name>nc::ClinicValuesForm</name>
    <message>
        <source>Set by your clinic</source>
        <translation>Valeurs fixées par votre clinique</translation>
    </message>
    <message>
        <source>Set these only as your clinic tells you. Leave them empty if you were not given them.</source>
        <translation>Ne remplissez ces champs que selon les indications de votre clinique. Laissez-les vides si on ne vous a pas donné ces valeurs.</translation>
    </message>
    <message>
        <source>Usual neutrophil level, cells per microlitre</source>
        <translation>Niveau habituel de neutrophiles, en cellules par microlitre</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Usual level (&amp;baseline ANC)</source>
        <translation>Niveau habituel (PNN de &amp;base)</translation>
    </message>
    <message>
        <source>/µL</source>
        <translation>/µL</translation>
    </message>
    <message>
        <source>For people whose healthy neutrophil count is usually low. A count from this level up to %1/µL then reads “at your usual level”. At least %2/µL.</source>
        <translation>Pour les personnes dont le nombre de neutrophiles est habituellement bas, même en bonne santé. Un nombre compris entre ce niveau et %1/µL s&apos;affiche alors comme « à votre niveau habituel ». Au moins %2/µL.</translation>
    </message>
    <message>
        <source>Lower limit of normal, cells per microlitre</source>
        <translation>Limite inférieure de la normale, en cellules par microlitre</translation>
    </message>
    <message>
        <source>Lower limi&amp;t of normal (LLN)</source>
        <translation>Limi&amp;te inférieure de la normale (LIN)</translation>
    </message>
    <message>
        <source>The lab&apos;s lower limit for neutrophils, used to grade blood counts in the report (CTCAE v5.0). At least %1/µL.</source>
        <translation>La limite inférieure des neutrophiles fixée par le laboratoire, utilisée pour attribuer un grade aux analyses de sang dans le rapport (CTCAE v5.0). Au moins %1/µL.</translation>
    </message>
    <message>
        <source>%1/µL, set by your clinic&apos;s protocol file.</source>
        <translation>%1/µL, fixé par le fichier de protocole de votre clinique.</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>Non renseigné : %1</translation>
    </message>
    <message>
        <source>The usual level must be a number of neutrophils per µL, such as %1.</source>
        <translation>Le niveau habituel doit être un nombre de neutrophiles par µL, par exemple %1.</translation>
    </message>
    <message>
        <source>The usual level must be at least %1/µL. Leave it empty if your clinic has not given you one.</source>
        <translation>Le niveau habituel doit être d&apos;au moins %1/µL. Laissez-le vide si votre clinique ne vous en a pas donné.</translation>
    </message>
    <message>
        <source>The usual level must be at most %1/µL.</source>
        <translation>Le niveau habituel doit être d&apos;au plus %1/µL.</translation>
    </message>
    <message>
        <source>The lower limit of normal must be a number of neutrophils per µL, such as %1.</source>
        <translation>La limite inférieure de la normale doit être un nombre de neutrophiles par µL, par exemple %1.</translation>
    </message>
    <message>
        <source>The lower limit of normal %1. Leave it empty if your clinic has not given you one.</source>
        <translation>La limite inférieure de la normale %1. Laissez-la vide si votre clinique ne vous en a pas donné.</translation>
    </message>
</context>
<context>
    <name>nc::ClinicValuesPage</name>
    <message>
        <source>These values are the clinic&apos;s. Changes are recorded in the audit trail with your login, and reach the patient&apos;s app through the home link.</source>
        <translation>Ces valeurs appartiennent à la clinique. Les modifications sont inscrites au journal d&apos;audit avec votre identifiant, et parviennent à l&apos;application du patient par la liaison avec la clinique.</translation>
    </message>
    <message>
        <source>Fever protocol</source>
        <translation>Protocole de fièvre</translation>
    </message>
    <message>
        <source>Clinic&apos;s &amp;file…</source>
        <translation>&amp;Fichier de la clinique…</translation>
    </message>
    <message>
        <source>Use the clinic&apos;s own protocol file</source>
        <translation>Utiliser le fichier de protocole propre à la clinique</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocole :</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nom de la clinique :</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nom de la clinique</translation>
    </message>
    <message>
        <source>&amp;In hours:</source>
        <translation>&amp;Aux heures d&apos;ouverture :</translation>
    </message>
    <message>
        <source>Clinic number in hours</source>
        <translation>Numéro de la clinique aux heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>&amp;Out of hours:</source>
        <translation>&amp;Hors des heures d&apos;ouverture :</translation>
    </message>
    <message>
        <source>Clinic number out of hours</source>
        <translation>Numéro de la clinique hors des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>&amp;Save clinic values</source>
        <translation>&amp;Enregistrer les valeurs de la clinique</translation>
    </message>
    <message>
        <source>Save the clinic values</source>
        <translation>Enregistrer les valeurs de la clinique</translation>
    </message>
    <message>
        <source>The clinic&apos;s protocol file</source>
        <translation>Le fichier de protocole de la clinique</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>Fichiers de protocole (*.json)</translation>
    </message>
    <message>
        <source>%1 (clinic&apos;s file)</source>
        <translation>%1 (fichier de la clinique)</translation>
    </message>
    <message>
        <source>This protocol file was not used: %1</source>
        <translation>Ce fichier de protocole n&apos;a pas été utilisé : %1</translation>
    </message>
    <message>
        <source>Read %1. Save to apply it.</source>
        <translation>%1 lu. Enregistrez pour l&apos;appliquer.</translation>
    </message>
    <message>
        <source>In hours</source>
        <translation>Aux heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>Hors des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved. The audit trail records the change with your login.</source>
        <translation>Enregistré. Le journal d&apos;audit inscrit la modification avec votre identifiant.</translation>
    </message>
</context>
<context>
    <name>nc::ConnectionSpec</name>
    <message>
        <source>The server&apos;s port &quot;%1&quot; is not a port number.</source>
        <translation>Le port du serveur « %1 » n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <source>The connection setting %1 cannot contain &quot;;&quot;.</source>
        <translation>Le paramètre de connexion %1 ne peut pas contenir « ; ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connection settings has no value (write key=value).</source>
        <translation>« %1 » n&apos;a pas de valeur dans les paramètres de connexion (écrivez clé=valeur).</translation>
    </message>
    <message>
        <source>A quoted value in the connection settings is not closed.</source>
        <translation>Une valeur entre guillemets n&apos;est pas refermée dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The server address is not a valid postgresql:// address: %1</source>
        <translation>L&apos;adresse du serveur n&apos;est pas une adresse postgresql:// valide : %1</translation>
    </message>
    <message>
        <source>this computer&apos;s PostgreSQL</source>
        <translation>le PostgreSQL de cet ordinateur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>nc::ContentCatalogue</name>
    <message>
        <source>Read next</source>
        <translation>À lire ensuite</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Reviewed on %1.</source>
        <translation>Relu le %1.</translation>
    </message>
</context>
<context>
    <name>nc::Database</name>
    <message>
        <source>%1 is not a clinic server (a postgresql:// address, or host= and dbname=).</source>
        <translation>%1 n&apos;est pas un serveur de clinique (une adresse postgresql://, ou host= et dbname=).</translation>
    </message>
    <message>
        <source>This NeutroCare cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Ce NeutroCare ne peut pas joindre de serveur PostgreSQL : le pilote PostgreSQL de Qt n&apos;est pas installé (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to the clinic server (%1): %2 Check that the server is running and reachable from this computer, and that the login and password are right.</source>
        <translation>Impossible de se connecter au serveur de la clinique (%1) : %2 Vérifiez que le serveur fonctionne et qu&apos;il est joignable depuis cet ordinateur, et que l&apos;identifiant et le mot de passe sont corrects.</translation>
    </message>
    <message>
        <source>Could not read the data version on the clinic server (%1).</source>
        <translation>Impossible de lire la version des données sur le serveur de la clinique (%1).</translation>
    </message>
    <message>
        <source>The clinic server holds data version %1; this NeutroCare understands up to %2. Please update NeutroCare.</source>
        <translation>Le serveur de la clinique contient des données en version %1 ; ce NeutroCare comprend jusqu&apos;à la version %2. Veuillez mettre à jour NeutroCare.</translation>
    </message>
    <message>
        <source>The clinic server (%1) has no NeutroCare data yet. The clinic&apos;s administrator sets it up with: neutrocare-cli server init</source>
        <translation>Le serveur de la clinique (%1) ne contient pas encore de données NeutroCare. L&apos;administrateur de la clinique le prépare avec : neutrocare-cli server init</translation>
    </message>
    <message>
        <source>The clinic server (%1) holds data version %2; this NeutroCare needs version %3. The clinic&apos;s administrator upgrades it with: neutrocare-cli server init</source>
        <translation>Le serveur de la clinique (%1) contient des données en version %2 ; ce NeutroCare a besoin de la version %3. L&apos;administrateur de la clinique le met à niveau avec : neutrocare-cli server init</translation>
    </message>
    <message>
        <source>Could not read the data version of the database.</source>
        <translation>Impossible de lire la version des données de la base de données.</translation>
    </message>
    <message>
        <source>The database file %1 is empty: the data it held has been lost, perhaps by a disk or copy problem. It has not been changed.</source>
        <translation>Le fichier de base de données %1 est vide : les données qu&apos;il contenait ont été perdues, peut-être à cause d&apos;un problème de disque ou de copie. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file or its folder is read-only. NeutroCare needs to write there to keep your entries; check the permissions. It has not been changed.</source>
        <translation>Impossible d&apos;écrire dans la base de données %1 : le fichier ou son dossier est en lecture seule. NeutroCare doit pouvoir y écrire pour conserver vos saisies ; vérifiez les droits d&apos;accès. Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The file %1 could not be read as a NeutroCare database. It may be damaged or not a database at all; it has not been changed.</source>
        <translation>Le fichier %1 n&apos;a pas pu être lu comme une base de données NeutroCare. Il est peut-être endommagé, ou ce n&apos;est pas du tout une base de données ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of NeutroCare (data version %1; this version understands up to %2). Please update NeutroCare. The file has not been changed.</source>
        <translation>Cette base de données a été créée par une version plus récente de NeutroCare (version des données %1 ; cette version comprend jusqu&apos;à la version %2). Veuillez mettre à jour NeutroCare. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Could not create the database %1: %2</source>
        <translation>Impossible de créer la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation>Impossible d&apos;ouvrir la base de données : %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged (SQLite&apos;s integrity check failed). It has not been changed. Restore it from a backup.</source>
        <translation>La base de données %1 est endommagée (la vérification d&apos;intégrité de SQLite a échoué). Elle n&apos;a pas été modifiée. Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it: %1</source>
        <translation>Impossible de sauvegarder la base de données avant sa mise à niveau : %1</translation>
    </message>
    <message>
        <source>Could not configure the database: %1</source>
        <translation>Impossible de configurer la base de données : %1</translation>
    </message>
    <message>
        <source>Could not upgrade the database to data version %1: %2</source>
        <translation>Impossible de mettre à niveau la base de données vers la version de données %1 : %2</translation>
    </message>
    <message>
        <source>Could not create the database tables: %1</source>
        <translation>Impossible de créer les tables de la base de données : %1</translation>
    </message>
    <message>
        <source>a record refers to a profile that is not there</source>
        <translation>un enregistrement renvoie à un profil qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>NeutroCare backs up only its own database files. Back up the clinic server with pg_dump (docs/clinic-server.md).</source>
        <translation>NeutroCare ne sauvegarde que ses propres fichiers de base de données. Sauvegardez le serveur de la clinique avec pg_dump (docs/clinic-server.md).</translation>
    </message>
</context>
<context>
    <name>nc::DatabaseRecovery</name>
    <message>
        <source>NeutroCare cannot reach the clinic server</source>
        <translation>NeutroCare ne peut pas joindre le serveur de la clinique</translation>
    </message>
    <message>
        <source>Your NeutroCare data is damaged</source>
        <translation>Vos données NeutroCare sont endommagées</translation>
    </message>
    <message>
        <source>Your data needs a newer NeutroCare</source>
        <translation>Vos données nécessitent une version plus récente de NeutroCare</translation>
    </message>
    <message>
        <source>NeutroCare cannot open your data</source>
        <translation>NeutroCare ne peut pas ouvrir vos données</translation>
    </message>
    <message>
        <source>The details below say what the server answered. Check that this computer is connected to the network, then try again; if the login was refused, ask the clinic for a new one. Nothing has been changed.

You can also open the NeutroCare data kept on this computer instead.</source>
        <translation>Les détails ci-dessous indiquent ce que le serveur a répondu. Vérifiez que cet ordinateur est connecté au réseau, puis réessayez ; si l&apos;identifiant a été refusé, demandez-en un nouveau à la clinique. Rien n&apos;a été modifié.

Vous pouvez aussi ouvrir à la place les données NeutroCare conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The file with your data cannot be read safely. This can happen after a power cut or a disk problem. Nothing has been changed or deleted.

A backup from %1 has been checked and is good. Restoring it brings back your data as it was then; anything entered later will be missing. The damaged file is kept.</source>
        <translation>Le fichier qui contient vos données ne peut pas être lu sans risque. Cela peut arriver après une coupure de courant ou un problème de disque. Rien n&apos;a été modifié ni supprimé.

Une sauvegarde du %1 a été vérifiée : elle est en bon état. La restaurer remet vos données telles qu&apos;elles étaient à ce moment-là ; ce que vous avez saisi après sera perdu. Le fichier endommagé est conservé.</translation>
    </message>
    <message>
        <source>The file with your data cannot be read safely. This can happen after a power cut or a disk problem. Nothing has been changed or deleted.

No good backup was found next to it. If you have a copy elsewhere (for example on a USB stick), restore from that file.</source>
        <translation>Le fichier qui contient vos données ne peut pas être lu sans risque. Cela peut arriver après une coupure de courant ou un problème de disque. Rien n&apos;a été modifié ni supprimé.

Aucune sauvegarde en bon état n&apos;a été trouvée à côté. Si vous avez une copie ailleurs (par exemple sur une clé USB), restaurez à partir de ce fichier.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of NeutroCare than this one. Please install the newer version. Nothing has been changed.</source>
        <translation>Vos données ont été enregistrées par une version de NeutroCare plus récente que celle-ci. Veuillez installer la version plus récente. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The file with your data could not be opened. Check that the disk is connected and that the file may be read and written. Nothing has been changed.</source>
        <translation>Le fichier qui contient vos données n&apos;a pas pu être ouvert. Vérifiez que le disque est branché et que le fichier peut être lu et modifié. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>Il n&apos;y a aucune sauvegarde en bon état à restaurer.</translation>
    </message>
    <message>
        <source>This data cannot be replaced from here.</source>
        <translation>Ces données ne peuvent pas être remplacées d&apos;ici.</translation>
    </message>
</context>
<context>
    <name>nc::DeskWindow</name>
    <message>
        <source>NeutroCare triage desk — %1</source>
        <translation>Poste de triage NeutroCare — %1</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>Rechercher par nom (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;My follow-ups only</source>
        <translation>&amp;Mes suivis uniquement</translation>
    </message>
    <message>
        <source>Show only the follow-up calls I owe</source>
        <translation>N&apos;afficher que les appels de suivi qui me reviennent</translation>
    </message>
    <message>
        <source>Patients, most urgent first</source>
        <translation>Patients, les plus urgents en premier</translation>
    </message>
    <message>
        <source>Signed in as %1 to %2</source>
        <translation>Connecté en tant que %1 à %2</translation>
    </message>
    <message>
        <source>%1 Reconnecting… The board may be out of date until then.</source>
        <translation>%1 Reconnexion… D&apos;ici là, le tableau peut ne pas être à jour.</translation>
    </message>
    <message>
        <source>Reconnected at %1 after a lost connection; the board is up to date.</source>
        <translation>Reconnecté à %1 après une perte de connexion ; le tableau est à jour.</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>&amp;Ouvrir le dossier du patient</translation>
    </message>
    <message>
        <source>&amp;Acknowledge alert</source>
        <translation>&amp;Confirmer l&apos;alerte</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Nouvel appel…</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find a patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>%1: call now, not acknowledged for %2</source>
        <translation>%1 : appeler maintenant, non confirmé depuis %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message numerus="yes">
        <source>(%n escalated) NeutroCare triage desk — %1</source>
        <translation>
            <numerusform>(%n escalade) Poste de triage NeutroCare — %1</numerusform>
            <numerusform>(%n escalades) Poste de triage NeutroCare — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no alert waiting to be acknowledged.</source>
        <translation>%1 n&apos;a aucune alerte en attente de confirmation.</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Acknowledged %1&apos;s alert as %2.</source>
        <translation>Alerte de %1 confirmée : %2.</translation>
    </message>
    <message>
        <source>Call saved.</source>
        <translation>Appel enregistré.</translation>
    </message>
    <message>
        <source>Audit trail — %1</source>
        <translation>Journal d&apos;audit — %1</translation>
    </message>
</context>
<context>
    <name>nc::DesktopNotifier</name>
    <message>
        <source>I contacted my care team</source>
        <translation>J&apos;ai contacté mon équipe soignante</translation>
    </message>
    <message>
        <source>Log a temperature</source>
        <translation>Noter une température</translation>
    </message>
    <message>
        <source>Open NeutroCare</source>
        <translation>Ouvrir NeutroCare</translation>
    </message>
    <message>
        <source>Quit NeutroCare</source>
        <translation>Quitter NeutroCare</translation>
    </message>
</context>
<context>
    <name>nc::ExchangeActions</name>
    <message>
        <source>Spreadsheet (CSV) (*.csv)</source>
        <translation>Tableur (CSV) (*.csv)</translation>
    </message>
    <message>
        <source>FHIR lab results (JSON) (*.json)</source>
        <translation>Résultats de laboratoire FHIR (JSON) (*.json)</translation>
    </message>
    <message>
        <source>Import records for %1</source>
        <translation>Importer des enregistrements pour %1</translation>
    </message>
    <message>
        <source>CSV or FHIR files (*.csv *.json);;All files (*)</source>
        <translation>Fichiers CSV ou FHIR (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from %1.</source>
        <translation>
            <numerusform>%n enregistrement importé depuis %1.</numerusform>
            <numerusform>%n enregistrements importés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export records of %1</source>
        <translation>Exporter les enregistrements de %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Choisissez d&apos;abord un profil.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>L&apos;exportation a été annulée. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>nc::FirstRunDialog</name>
    <message>
        <source>Welcome to NeutroCare</source>
        <translation>Bienvenue dans NeutroCare</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>A new profile</source>
        <translation>Un nouveau profil</translation>
    </message>
    <message>
        <source>NeutroCare helps you keep an eye on your temperature and blood counts during chemotherapy, and tells you clearly when to call your care team. Ask your nurse which fever protocol and phone numbers to use. You can change all of this later in Settings.</source>
        <translation>NeutroCare vous aide à surveiller votre température et vos analyses de sang pendant la chimiothérapie, et vous dit clairement quand appeler votre équipe soignante. Demandez à votre infirmier ou infirmière quel protocole de fièvre et quels numéros de téléphone utiliser. Vous pourrez tout modifier plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Créer le profil</translation>
    </message>
    <message>
        <source>Quit NeutroCare?</source>
        <translation>Quitter NeutroCare ?</translation>
    </message>
    <message>
        <source>Quit NeutroCare without creating a profile?</source>
        <translation>Quitter NeutroCare sans créer de profil ?</translation>
    </message>
    <message>
        <source>NeutroCare needs a profile to keep your readings in. Nothing has been saved yet.</source>
        <translation>NeutroCare a besoin d&apos;un profil pour conserver vos mesures. Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>&amp;Quit NeutroCare</source>
        <translation>&amp;Quitter NeutroCare</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Retour</translation>
    </message>
</context>
<context>
    <name>nc::FollowService</name>
    <message>
        <source>No news of %1</source>
        <translation>Pas de nouvelles de %1</translation>
    </message>
    <message>
        <source>NeutroCare has not reached the clinic server for %1, so it cannot say how %2 is now. If you are worried, call %2.</source>
        <translation>NeutroCare n&apos;a pas pu joindre le serveur de la clinique depuis %1 : il ne peut donc pas savoir comment va %2 en ce moment. Si vous vous inquiétez, appelez %2.</translation>
    </message>
    <message>
        <source>%1: fever or warning sign — call now</source>
        <translation>%1 : fièvre ou signe d&apos;alerte — appelez maintenant</translation>
    </message>
    <message>
        <source>%1&apos;s NeutroCare says to call the care team now. Make sure %1 has called, or call for them.</source>
        <translation>Le NeutroCare de %1 indique qu&apos;il faut appeler l&apos;équipe soignante maintenant. Assurez-vous que %1 a bien appelé, ou appelez à sa place.</translation>
    </message>
    <message>
        <source>From the clinic server, last update %1.</source>
        <translation>Depuis le serveur de la clinique, dernière mise à jour : %1.</translation>
    </message>
    <message>
        <source>No connection to the clinic server for %1: what you see may be out of date. If you are worried, call %2.</source>
        <translation>Pas de connexion au serveur de la clinique depuis %1 : ce que vous voyez n&apos;est peut-être plus à jour. Si vous vous inquiétez, appelez %2.</translation>
    </message>
    <message>
        <source>Connecting to the clinic server…</source>
        <translation>Connexion au serveur de la clinique…</translation>
    </message>
    <message>
        <source>Cannot reach the clinic server yet: %1</source>
        <translation>Impossible de joindre le serveur de la clinique pour l&apos;instant : %1</translation>
    </message>
    <message>
        <source>From the clinic server — last update %1; trying to reconnect.</source>
        <translation>Depuis le serveur de la clinique — dernière mise à jour : %1 ; tentative de reconnexion.</translation>
    </message>
    <message>
        <source>From the clinic server — last update %1.</source>
        <translation>Depuis le serveur de la clinique — dernière mise à jour : %1.</translation>
    </message>
</context>
<context>
    <name>nc::FollowedWindow</name>
    <message>
        <source>%1 — followed, read-only</source>
        <translation>%1 — en suivi, lecture seule</translation>
    </message>
    <message>
        <source>%1&apos;s screens</source>
        <translation>Écrans de %1</translation>
    </message>
</context>
<context>
    <name>nc::Handout</name>
    <message>
        <source>Sources: %1.</source>
        <translation>Sources : %1.</translation>
    </message>
    <message>
        <source>Content reviewed %1. Your care team&apos;s advice comes first.</source>
        <translation>Contenu relu le %1. Les conseils de votre équipe soignante passent en premier.</translation>
    </message>
</context>
<context>
    <name>nc::HistoryScreen</name>
    <message>
        <source>▲ Fever level</source>
        <translation>▲ Seuil de fièvre</translation>
    </message>
    <message>
        <source>△ Raised</source>
        <translation>△ Élevée</translation>
    </message>
    <message>
        <source>▼ Low</source>
        <translation>▼ Basse</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Températures</translation>
    </message>
    <message>
        <source>Blood counts</source>
        <translation>Analyses de sang</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>Painkiller doses</source>
        <translation>Doses d&apos;antidouleur</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Alerts and calls</source>
        <translation>Alertes et appels</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Modifier l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected entry (can be undone)</source>
        <translation>Supprimer l&apos;entrée sélectionnée (peut être annulé)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Telle que saisie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Painkiller</source>
        <translation>Antidouleur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Yes — may be masked</source>
        <translation>Oui — peut être masquée</translation>
    </message>
    <message>
        <source>Delete temperature</source>
        <translation>Supprimer la température</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>ANC (/µL)</source>
        <translation>PNN (/µL)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>From WBC × %</source>
        <translation>Calculé : globules blancs × %</translation>
    </message>
    <message>
        <source>Delete blood count</source>
        <translation>Supprimer l&apos;analyse de sang</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptôme</translation>
    </message>
    <message>
        <source>Delete symptom</source>
        <translation>Supprimer le symptôme</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Delete painkiller dose</source>
        <translation>Supprimer la dose d&apos;antidouleur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Delete treatment</source>
        <translation>Supprimer le traitement</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Delete medicine</source>
        <translation>Supprimer le médicament</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Outcome logged</source>
        <translation>Suite donnée notée</translation>
    </message>
    <message>
        <source>Delete alert</source>
        <translation>Supprimer l&apos;alerte</translation>
    </message>
    <message>
        <source>Deleted — Ctrl+Z to undo</source>
        <translation>Supprimé — Ctrl+Z pour annuler</translation>
    </message>
</context>
<context>
    <name>nc::HomeLink</name>
    <message>
        <source>&quot;%1&quot; is a file; a link goes to the clinic&apos;s PostgreSQL server (postgresql://… or host=… dbname=…).</source>
        <translation>« %1 » est un fichier ; une liaison se fait avec le serveur PostgreSQL de la clinique (postgresql://… ou host=… dbname=…).</translation>
    </message>
    <message>
        <source>The server&apos;s address holds a password; give the password on its own instead.</source>
        <translation>L&apos;adresse du serveur contient un mot de passe ; indiquez plutôt le mot de passe séparément.</translation>
    </message>
    <message>
        <source>Give the login the clinic gave you.</source>
        <translation>Indiquez l&apos;identifiant que la clinique vous a donné.</translation>
    </message>
    <message>
        <source>A link starts from a patient&apos;s own file, not a server.</source>
        <translation>Une liaison se fait à partir du fichier du patient lui-même, pas d&apos;un serveur.</translation>
    </message>
    <message>
        <source>The link&apos;s server address cannot be read.</source>
        <translation>L&apos;adresse du serveur de cette liaison est illisible.</translation>
    </message>
    <message>
        <source>The clinic&apos;s values could not be read: %1</source>
        <translation>Les valeurs de la clinique n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>This login follows nobody on the clinic&apos;s server: ask the clinic to link it to the person you look after.</source>
        <translation>Cet identifiant ne suit personne sur le serveur de la clinique : demandez à la clinique de le relier à la personne dont vous vous occupez.</translation>
    </message>
    <message>
        <source>This profile is not linked to a clinic.</source>
        <translation>Ce profil n&apos;est relié à aucune clinique.</translation>
    </message>
    <message>
        <source>The fever protocol from your clinic could not be used (%1), so nothing the clinic changed was applied and your app keeps what it had. Please tell your clinic.</source>
        <translation>Le protocole de fièvre envoyé par votre clinique n&apos;a pas pu être utilisé (%1) : aucune modification de la clinique n&apos;a donc été appliquée, et votre application garde ce qu&apos;elle avait. Veuillez prévenir votre clinique.</translation>
    </message>
    <message>
        <source>The clinic&apos;s server has no patient for this login: ask your nurse to check the login they gave you.</source>
        <translation>Le serveur de la clinique n&apos;a aucun patient pour cet identifiant : demandez à votre infirmier ou infirmière de vérifier l&apos;identifiant qu&apos;on vous a donné.</translation>
    </message>
</context>
<context>
    <name>nc::HomeLinkService</name>
    <message>
        <source>A link starts from a patient&apos;s own file, not from the clinic&apos;s server.</source>
        <translation>Une liaison se fait à partir du fichier du patient lui-même, pas du serveur de la clinique.</translation>
    </message>
</context>
<context>
    <name>nc::ImportDialog</name>
    <message>
        <source>Import records for %1</source>
        <translation>Importer des enregistrements pour %1</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l&apos;importation</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Le fichier n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was imported.</source>
        <translation>La lecture a été annulée. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Into the records of: %1</source>
        <translation>Dans les enregistrements de : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 cannot be imported. Nothing was stored. Fix these problems in the file and try again:</source>
        <translation>%1 ne peut pas être importé. Rien n&apos;a été enregistré. Corrigez ces problèmes dans le fichier, puis réessayez :</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problèmes dans le fichier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the first %1 are listed.</source>
        <translation>
            <numerusform>%n problème trouvé ; les %1 premiers sont listés.</numerusform>
            <numerusform>%n problèmes trouvés ; les %1 premiers sont listés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>What importing %1 will do:</source>
        <translation>Ce que fera l&apos;importation de %1 :</translation>
    </message>
    <message>
        <source>Records in the file</source>
        <translation>Enregistrements du fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Already stored (skipped)</source>
        <translation>Déjà enregistrés (ignorés)</translation>
    </message>
    <message>
        <source>Results NeutroCare does not track (not imported):</source>
        <translation>Résultats que NeutroCare ne suit pas (non importés) :</translation>
    </message>
    <message>
        <source>Results not imported</source>
        <translation>Résultats non importés</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Nombre</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) the lab marked as entered in error or cancelled (not imported).</source>
        <translation>
            <numerusform>%n résultat marqué par le laboratoire comme saisi par erreur ou annulé (non importé).</numerusform>
            <numerusform>%n résultats marqués par le laboratoire comme saisis par erreur ou annulés (non importés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is stored until you press Import.</source>
        <translation>Rien n&apos;est enregistré tant que vous n&apos;avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <source>Everything in this file is already stored: there is nothing to import.</source>
        <translation>Tout le contenu de ce fichier est déjà enregistré : il n&apos;y a rien à importer.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n record(s)</source>
        <translation>
            <numerusform>&amp;Importer %n enregistrement</numerusform>
            <numerusform>&amp;Importer %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>L&apos;importation a été annulée. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Rien n&apos;a été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>nc::ImportError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1, champ %2 : %3</translation>
    </message>
</context>
<context>
    <name>nc::JsonReader</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>doit être un objet ou null</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must lie between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time with an offset, like 2026-03-10T08:00:00+01:00</source>
        <translation>n&apos;est pas une heure ISO 8601 avec décalage horaire, comme 2026-03-10T08:00:00+01:00</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>valeur inconnue pour %1 : « %2 »</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
</context>
<context>
    <name>nc::LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation>S&apos;informer</translation>
    </message>
    <message>
        <source>Short articles in plain words, checked against medical guidelines. They explain; your care team decides.</source>
        <translation>De courts articles en mots simples, vérifiés d&apos;après les recommandations médicales. Ils vous expliquent ; c&apos;est votre équipe soignante qui décide.</translation>
    </message>
    <message>
        <source>&amp;Search the articles</source>
        <translation>&amp;Rechercher dans les articles</translation>
    </message>
    <message>
        <source>Search the articles</source>
        <translation>Rechercher dans les articles</translation>
    </message>
    <message>
        <source>For example: fever, food, G-CSF</source>
        <translation>Par exemple : fièvre, alimentation, G-CSF</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Back to the previous article</source>
        <translation>Revenir à l&apos;article précédent</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Forward to the next article</source>
        <translation>Aller à l&apos;article suivant</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print this article as a handout</source>
        <translation>Imprimer cet article comme fiche d&apos;information</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>No article matches “%1”. Try a shorter or different word.</source>
        <translation>Aucun article ne correspond à « %1 ». Essayez un mot plus court ou différent.</translation>
    </message>
    <message>
        <source>1 article matches “%1”</source>
        <translation>1 article correspond à « %1 »</translation>
    </message>
    <message>
        <source>%1 articles match “%2”</source>
        <translation>%1 articles correspondent à « %2 »</translation>
    </message>
</context>
<context>
    <name>nc::LinkDialog</name>
    <message>
        <source>Link %1 to the clinic</source>
        <translation>Relier %1 à la clinique</translation>
    </message>
    <message>
        <source>Follow someone you look after</source>
        <translation>Suivre une personne dont vous vous occupez</translation>
    </message>
    <message>
        <source>Your clinic gives you the server&apos;s address, a login and a password. Once linked, what you log here is also sent to the clinic, so your nurses see it. Everything stays on this computer too, and your alerts keep working without the internet.</source>
        <translation>Votre clinique vous donne l&apos;adresse du serveur, un identifiant et un mot de passe. Une fois la liaison établie, ce que vous notez ici est aussi envoyé à la clinique, pour que l&apos;équipe infirmière puisse le voir. Tout reste aussi sur cet ordinateur, et vos alertes continuent de fonctionner sans internet.</translation>
    </message>
    <message>
        <source>The clinic gives a caregiver the server&apos;s address, a login and a password. You then see the person&apos;s Today, charts and history as the clinic&apos;s server has them, and get their alerts here. You can look, not change anything.</source>
        <translation>La clinique donne au proche aidant l&apos;adresse du serveur, un identifiant et un mot de passe. Vous voyez alors les écrans Aujourd&apos;hui, Graphiques et Historique de la personne tels que le serveur de la clinique les a, et vous recevez ses alertes ici. Vous pouvez tout consulter, mais rien modifier.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Adresse du &amp;serveur</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>How the server is checked</source>
        <translation>Comment le serveur est vérifié</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate (safest)</source>
        <translation>Vérifier le certificat du serveur (le plus sûr)</translation>
    </message>
    <message>
        <source>Encrypt, but do not check the certificate (less safe)</source>
        <translation>Chiffrer, mais sans vérifier le certificat (moins sûr)</translation>
    </message>
    <message>
        <source>Do not encrypt (least safe: only inside the clinic&apos;s own network)</source>
        <translation>Ne pas chiffrer (le moins sûr : uniquement dans le réseau interne de la clinique)</translation>
    </message>
    <message>
        <source>&amp;Checking</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Où le mot de passe est conservé</translation>
    </message>
    <message>
        <source>In this computer&apos;s &amp;keyring (recommended)</source>
        <translation>Dans le &amp;trousseau de cet ordinateur (recommandé)</translation>
    </message>
    <message>
        <source>In a password &amp;file that only you can read, for computers without a keyring</source>
        <translation>Dans un &amp;fichier de mots de passe lisible par vous uniquement, pour les ordinateurs sans trousseau</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Relier</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>S&amp;uivre</translation>
    </message>
    <message>
        <source>Less safe: the connection is encrypted, but someone who pretends to be the clinic&apos;s server would not be noticed.</source>
        <translation>Moins sûr : la connexion est chiffrée, mais si quelqu&apos;un se faisait passer pour le serveur de la clinique, personne ne s&apos;en apercevrait.</translation>
    </message>
    <message>
        <source>Least safe: anyone on the network between this computer and the clinic could read or change what is sent. Choose this only if the clinic asks you to.</source>
        <translation>Le moins sûr : toute personne présente sur le réseau entre cet ordinateur et la clinique pourrait lire ou modifier ce qui est envoyé. Ne choisissez cette option que si la clinique vous le demande.</translation>
    </message>
    <message>
        <source>Type the password the clinic gave you.</source>
        <translation>Saisissez le mot de passe que la clinique vous a donné.</translation>
    </message>
    <message>
        <source>Trying the login with the clinic&apos;s server…</source>
        <translation>Vérification de l&apos;identifiant auprès du serveur de la clinique…</translation>
    </message>
    <message>
        <source>The clinic refused the login. Check the login and password, or ask your nurse for a new one.</source>
        <translation>La clinique a refusé l&apos;identifiant. Vérifiez l&apos;identifiant et le mot de passe, ou demandez-en un nouveau à votre infirmier ou infirmière.</translation>
    </message>
    <message>
        <source>You can keep the password in a file that only you can read instead: choose it above and press Link again.</source>
        <translation>Vous pouvez plutôt conserver le mot de passe dans un fichier lisible par vous uniquement : choisissez cette option ci-dessus, puis cliquez à nouveau sur Relier.</translation>
    </message>
</context>
<context>
    <name>nc::LinkSection</name>
    <message>
        <source>Link to my clinic</source>
        <translation>Liaison avec ma clinique</translation>
    </message>
    <message>
        <source>Link to my &amp;clinic…</source>
        <translation>Relier à ma &amp;clinique…</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>&amp;Supprimer la liaison…</translation>
    </message>
    <message>
        <source>Link &amp;again with a new login…</source>
        <translation>Relier à &amp;nouveau avec un nouvel identifiant…</translation>
    </message>
    <message>
        <source>%1 is linked to the clinic: what is logged is sent there from now on, and what was logged before goes first.</source>
        <translation>Le profil de %1 est relié à la clinique : ce qui est noté y est désormais envoyé, en commençant par ce qui a été noté avant.</translation>
    </message>
    <message>
        <source>Unlink from the clinic</source>
        <translation>Supprimer la liaison avec la clinique</translation>
    </message>
    <message>
        <source>Stop sending %1&apos;s entries to the clinic?</source>
        <translation>Ne plus envoyer les entrées de %1 à la clinique ?</translation>
    </message>
    <message>
        <source>Everything stays on this computer. The clinic keeps the copy it already has: to have it removed, ask the clinic.</source>
        <translation>Tout reste sur cet ordinateur. La clinique garde la copie qu&apos;elle a déjà : pour la faire supprimer, adressez-vous à la clinique.</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Supprimer la liaison</translation>
    </message>
    <message>
        <source>Unlinked. Everything stays on this computer; the clinic keeps its copy until you ask them to remove it.</source>
        <translation>Liaison supprimée. Tout reste sur cet ordinateur ; la clinique garde sa copie jusqu&apos;à ce que vous lui demandiez de la supprimer.</translation>
    </message>
</context>
<context>
    <name>nc::LinkStatus</name>
    <message>
        <source>Not linked to a clinic: everything stays on this computer.</source>
        <translation>Non relié à une clinique : tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The clinic refused the login: ask your nurse for a new one.</source>
        <translation>La clinique a refusé l&apos;identifiant : demandez-en un nouveau à votre infirmier ou infirmière.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting to be sent — no connection since %1</source>
        <translation>
            <numerusform>%n entrée en attente d&apos;envoi — pas de connexion depuis %1</numerusform>
            <numerusform>%n entrées en attente d&apos;envoi — pas de connexion depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to %1 — no connection since %2</source>
        <translation>Relié à %1 — pas de connexion depuis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting to be sent — the clinic server did not take them</source>
        <translation>
            <numerusform>%n entrée en attente d&apos;envoi — le serveur de la clinique ne l&apos;a pas acceptée</numerusform>
            <numerusform>%n entrées en attente d&apos;envoi — le serveur de la clinique ne les a pas acceptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n entries to %1…</source>
        <translation>
            <numerusform>Envoi de %n entrée à %1…</numerusform>
            <numerusform>Envoi de %n entrées à %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked to %1 — %n entries to send</source>
        <translation>
            <numerusform>Relié à %1 — %n entrée à envoyer</numerusform>
            <numerusform>Relié à %1 — %n entrées à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to %1 — nothing sent yet</source>
        <translation>Relié à %1 — rien n&apos;a encore été envoyé</translation>
    </message>
    <message>
        <source>Linked to %1 — last sent %2</source>
        <translation>Relié à %1 — dernier envoi : %2</translation>
    </message>
</context>
<context>
    <name>nc::LinkStatusLine</name>
    <message>
        <source>Link to the clinic</source>
        <translation>Liaison avec la clinique</translation>
    </message>
</context>
<context>
    <name>nc::LogDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour : %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>N&amp;ote (optional)</source>
        <translation>N&amp;ote (facultative)</translation>
    </message>
    <message>
        <source>%1: %2 is later than now. Please check the date and time: only what has already happened can be logged.</source>
        <translation>%1 : %2 est plus tard que maintenant. Vérifiez la date et l&apos;heure : on ne peut noter que ce qui s&apos;est déjà passé.</translation>
    </message>
    <message>
        <source>%1: %2 is after today. Please check the date: only what has already happened can be logged.</source>
        <translation>%1 : %2 est après aujourd&apos;hui. Vérifiez la date : on ne peut noter que ce qui s&apos;est déjà passé.</translation>
    </message>
</context>
<context>
    <name>nc::MainWindow</name>
    <message>
        <source>call now</source>
        <translation>appelez maintenant</translation>
    </message>
    <message>
        <source>call today</source>
        <translation>appelez aujourd&apos;hui</translation>
    </message>
    <message>
        <source>take temperature now</source>
        <translation>prenez votre température maintenant</translation>
    </message>
    <message>
        <source>recheck soon</source>
        <translation>reprenez votre température bientôt</translation>
    </message>
    <message>
        <source>take extra care</source>
        <translation>redoublez de précautions</translation>
    </message>
    <message>
        <source>no recent temperature</source>
        <translation>pas de température récente</translation>
    </message>
    <message>
        <source>no warning signs</source>
        <translation>aucun signe d&apos;alerte</translation>
    </message>
    <message>
        <source>NeutroCare</source>
        <translation>NeutroCare</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>S&apos;informer</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your data was backed up to %1.</source>
        <translation>Vos données ont été sauvegardées dans %1.</translation>
    </message>
    <message>
        <source>Loo&amp;king after:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Follow someone you look after…</source>
        <translation>&amp;Suivre une personne dont vous vous occupez…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation>Sauvegarder &amp;vers…</translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation>Sauvegarder dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Restaurer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <source>&amp;Temperature…</source>
        <translation>&amp;Température…</translation>
    </message>
    <message>
        <source>&amp;Blood count…</source>
        <translation>&amp;Analyse de sang…</translation>
    </message>
    <message>
        <source>S&amp;ymptoms…</source>
        <translation>S&amp;ymptômes…</translation>
    </message>
    <message>
        <source>&amp;Painkiller dose…</source>
        <translation>Dose d&apos;anti&amp;douleur…</translation>
    </message>
    <message>
        <source>T&amp;reatment…</source>
        <translation>T&amp;raitement…</translation>
    </message>
    <message>
        <source>&amp;Medicine…</source>
        <translation>&amp;Médicament…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>A&amp;ujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>&amp;S&apos;informer</translation>
    </message>
    <message>
        <source>&amp;Precautions</source>
        <translation>&amp;Précautions</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Para&amp;mètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About NeutroCare</source>
        <translation>&amp;À propos de NeutroCare</translation>
    </message>
    <message>
        <source>About NeutroCare</source>
        <translation>À propos de NeutroCare</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;NeutroCare %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Self-monitoring and education for people on chemotherapy at risk of neutropenia. It does not diagnose: when in doubt, call your care team.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;NeutroCare %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Autosurveillance et information pour les personnes sous chimiothérapie à risque de neutropénie. L&apos;application ne pose pas de diagnostic : en cas de doute, appelez votre équipe soignante.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>NeutroCare is still running</source>
        <translation>NeutroCare est toujours ouvert</translation>
    </message>
    <message>
        <source>It keeps reminding you while its window is closed. To open it, start NeutroCare again. To quit, choose File ▸ Quit, or Quit NeutroCare here.</source>
        <translation>Il continue de vous envoyer des rappels même quand sa fenêtre est fermée. Pour l&apos;ouvrir, relancez NeutroCare. Pour le quitter, choisissez Fichier ▸ Quitter, ou Quitter NeutroCare ici.</translation>
    </message>
    <message>
        <source>Your data was restored. What was there before was backed up first.</source>
        <translation>Vos données ont été restaurées. Ce qui s&apos;y trouvait avant a d&apos;abord été sauvegardé.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 — followed, read-only</source>
        <translation>%1 — en suivi, lecture seule</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>%1 (followed, read-only): %2 %3</source>
        <translation>%1 (en suivi, lecture seule) : %2 %3</translation>
    </message>
    <message>
        <source>Following %1, read-only: in “Looking after”, with their alerts here.</source>
        <translation>Vous suivez maintenant %1 en lecture seule : choisissez cette personne dans « Patient » ; ses alertes s&apos;afficheront ici.</translation>
    </message>
    <message>
        <source>Cannot reach the clinic server</source>
        <translation>Impossible de joindre le serveur de la clinique</translation>
    </message>
    <message>
        <source>This desktop shows NeutroCare&apos;s reminders only in this window: keep it open, and take your temperature at the times your care team gave you.</source>
        <translation>Sur ce bureau, NeutroCare n&apos;affiche ses rappels que dans cette fenêtre : gardez-la ouverte, et prenez votre température aux heures indiquées par votre équipe soignante.</translation>
    </message>
</context>
<context>
    <name>nc::MedicineDialog</name>
    <message>
        <source>Edit medicine</source>
        <translation>Modifier le médicament</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Nom du médicament</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>&amp;Médicament</translation>
    </message>
    <message>
        <source>Good to know: %1 can sometimes lower the neutrophil count. Keep taking it as prescribed and ask your care team about it.</source>
        <translation>Bon à savoir : %1 peut parfois faire baisser le nombre de neutrophiles. Continuez à le prendre comme prescrit et parlez-en à votre équipe soignante.</translation>
    </message>
    <message>
        <source>Dose (optional)</source>
        <translation>Dose (facultative)</translation>
    </message>
    <message>
        <source>&amp;Dose (optional)</source>
        <translation>&amp;Dose (facultative)</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>Please type the medicine&apos;s name.</source>
        <translation>Veuillez saisir le nom du médicament.</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Ajouter le médicament</translation>
    </message>
</context>
<context>
    <name>nc::PageFrame</name>
    <message>
        <source>In hours</source>
        <translation>Aux heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>Hors des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Printed %1 with NeutroCare — education and self-monitoring, not a diagnosis.</source>
        <translation>Imprimé le %1 avec NeutroCare — information et autosurveillance, pas un diagnostic.</translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation>Votre équipe soignante</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>nc::PasswordStore</name>
    <message>
        <source>The password could not be kept in this desktop&apos;s keyring (%1).</source>
        <translation>Le mot de passe n&apos;a pas pu être conservé dans le trousseau de ce bureau (%1).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
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
        <translation>fièvre</translation>
    </message>
    <message>
        <source>sustained fever</source>
        <translation>fièvre persistante</translation>
    </message>
    <message>
        <source>low temperature</source>
        <translation>température basse</translation>
    </message>
    <message>
        <source>red-flag symptom</source>
        <translation>symptôme d&apos;alerte</translation>
    </message>
    <message>
        <source>sign of infection</source>
        <translation>signe d&apos;infection</translation>
    </message>
    <message>
        <source>borderline temperature</source>
        <translation>température limite</translation>
    </message>
    <message>
        <source>severe neutropenia</source>
        <translation>neutropénie sévère</translation>
    </message>
    <message>
        <source>several warning signs</source>
        <translation>plusieurs signes d&apos;alerte</translation>
    </message>
    <message>
        <source>reading may be masked</source>
        <translation>mesure peut être masquée</translation>
    </message>
    <message>
        <source>recently contacted</source>
        <translation>contact récent</translation>
    </message>
    <message>
        <source>low-count days</source>
        <translation>jours de défenses basses</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Rapport pour %1</translation>
    </message>
    <message>
        <source>STATUS ON %1</source>
        <translation>SITUATION AU %1</translation>
    </message>
    <message>
        <source>%1 (at the usual level the clinic set)</source>
        <translation>%1 (au niveau habituel fixé par la clinique)</translation>
    </message>
    <message>
        <source>Latest ANC: &lt;b&gt;%1&lt;/b&gt; on %2 — %3; %4 grade %5, %6 grade %7%8</source>
        <translation>Dernier PNN : &lt;b&gt;%1&lt;/b&gt; le %2 — %3 ; grade %5 selon %4, grade %7 selon %6%8</translation>
    </message>
    <message>
        <source> (out of date)</source>
        <translation> (pas à jour)</translation>
    </message>
    <message>
        <source>No blood count on record.</source>
        <translation>Aucune analyse de sang enregistrée.</translation>
    </message>
    <message>
        <source>Chemotherapy on %1 (day %2); expected low-count days %3 to %4%5.</source>
        <translation>Chimiothérapie le %1 (jour %2) ; jours de défenses basses prévus du %3 au %4%5.</translation>
    </message>
    <message>
        <source>, may be shorter with G-CSF</source>
        <translation>, peut-être moins longtemps avec le G-CSF</translation>
    </message>
    <message>
        <source>TEMPERATURES</source>
        <translation>TEMPÉRATURES</translation>
    </message>
    <message>
        <source>1 at fever level</source>
        <translation>1 au niveau de fièvre</translation>
    </message>
    <message>
        <source>%1 at fever level</source>
        <translation>%1 au niveau de fièvre</translation>
    </message>
    <message>
        <source>HIGHEST</source>
        <translation>LA PLUS HAUTE</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>LOWEST ANC</source>
        <translation>PNN LE PLUS BAS</translation>
    </message>
    <message>
        <source>ALERTS</source>
        <translation>ALERTES</translation>
    </message>
    <message>
        <source>%1 with contact made</source>
        <translation>dont %1 avec contact pris</translation>
    </message>
    <message>
        <source>Fever: %1 (%2).</source>
        <translation>Fièvre : %1 (%2).</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Températures</translation>
    </message>
    <message>
        <source>No temperatures in this period.</source>
        <translation>Aucune température sur cette période.</translation>
    </message>
    <message>
        <source>▲ Fever</source>
        <translation>▲ Fièvre</translation>
    </message>
    <message>
        <source>▲ Raised</source>
        <translation>▲ Un peu élevée</translation>
    </message>
    <message>
        <source>Borderline</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>▼ Low</source>
        <translation>▼ Basse</translation>
    </message>
    <message>
        <source>after a painkiller: may be masked</source>
        <translation>après un antidouleur : peut être masquée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Severity by ANC; grades of “neutrophil count decreased” as %1 (LLN %2) / %3.</source>
        <translation>Sévérité selon le PNN ; grades de « diminution du nombre de neutrophiles » selon %1 (LIN %2) / %3.</translation>
    </message>
    <message>
        <source>LLN from the clinic&apos;s protocol file.</source>
        <translation>LIN issue du fichier de protocole de la clinique.</translation>
    </message>
    <message>
        <source>LLN set by the clinic.</source>
        <translation>LIN fixée par la clinique.</translation>
    </message>
    <message>
        <source>Usual level set by the clinic: %1; a count from there up to %2 reads “at the usual level”.</source>
        <translation>Niveau habituel fixé par la clinique : %1 ; un résultat entre cette valeur et %2 est indiqué « au niveau habituel ».</translation>
    </message>
    <message>
        <source>Blood counts</source>
        <translation>Analyses de sang</translation>
    </message>
    <message>
        <source>No blood counts in this period.</source>
        <translation>Aucune analyse de sang sur cette période.</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <source>WBC %1 × %2%</source>
        <translation>Globules blancs %1 × %2 %</translation>
    </message>
    <message>
        <source>%1 (usual level)</source>
        <translation>%1 (niveau habituel)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>PNN</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Grades</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>No symptoms logged in this period.</source>
        <translation>Aucun symptôme noté sur cette période.</translation>
    </message>
    <message>
        <source>⚠ Red flag: call now</source>
        <translation>⚠ Signe d&apos;alerte : appelez maintenant</translation>
    </message>
    <message>
        <source>Sign of infection</source>
        <translation>Signe d&apos;infection</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptôme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>No treatments on record for this period.</source>
        <translation>Aucun traitement enregistré pour cette période.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Each “call your care team” alert from when it began, whether or not anyone said what happened.</source>
        <translation>Chaque alerte « appelez votre équipe soignante », depuis son déclenchement, que quelqu&apos;un ait indiqué ou non ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>No alerts in this period.</source>
        <translation>Aucune alerte sur cette période.</translation>
    </message>
    <message>
        <source>⚠ Call now</source>
        <translation>⚠ Appelez maintenant</translation>
    </message>
    <message>
        <source>☎ Call today</source>
        <translation>☎ Appelez aujourd&apos;hui</translation>
    </message>
    <message>
        <source>logged %1</source>
        <translation>noté : %1</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Painkiller doses</source>
        <translation>Prises d&apos;antidouleurs</translation>
    </message>
    <message>
        <source>No painkiller doses logged in this period.</source>
        <translation>Aucune prise d&apos;antidouleur notée sur cette période.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Precautions checklist</source>
        <translation>Liste de contrôle des précautions</translation>
    </message>
    <message>
        <source>Items ticked each day out of the %1 on the daily checklist.</source>
        <translation>Éléments cochés chaque jour, sur les %1 de la liste de contrôle quotidienne.</translation>
    </message>
    <message>
        <source>No checklist ticks in this period.</source>
        <translation>Aucun élément coché sur cette période.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Overall: &lt;b&gt;%1%&lt;/b&gt; of the daily precautions ticked.</source>
        <translation>Au total : &lt;b&gt;%1 %&lt;/b&gt; des précautions quotidiennes cochées.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Days with ticks</source>
        <translation>Jours avec coches</translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation>Éléments cochés</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Observance</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>année de naissance : %1</translation>
    </message>
    <message>
        <source>temperatures in %1</source>
        <translation>températures en %1</translation>
    </message>
    <message>
        <source>Private notes are included at the patient&apos;s choice.</source>
        <translation>Les notes privées sont incluses, au choix du patient.</translation>
    </message>
    <message>
        <source>Private notes are not included.</source>
        <translation>Les notes privées ne sont pas incluses.</translation>
    </message>
    <message numerus="yes">
        <source>In this period and the %n days before it.</source>
        <translation>
            <numerusform>Sur cette période et le %n jour précédent.</numerusform>
            <numerusform>Sur cette période et les %n jours précédents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A fever medicine can lower a temperature for up to %n hours: readings taken then are flagged.</source>
        <translation>
            <numerusform>Un médicament contre la fièvre peut faire baisser la température jusqu&apos;à %n heure : les mesures prises pendant ce temps sont signalées.</numerusform>
            <numerusform>Un médicament contre la fièvre peut faire baisser la température jusqu&apos;à %n heures : les mesures prises pendant ce temps sont signalées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::PatientWindow</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>Print the report, the wallet card or a sheet</source>
        <translation>Imprimer le rapport, la carte de poche ou une fiche</translation>
    </message>
    <message>
        <source>Education &amp;sheet</source>
        <translation>&amp;Fiche d&apos;information</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Nouvel appel…</translation>
    </message>
    <message>
        <source>Record a new telephone call about this patient</source>
        <translation>Enregistrer un nouvel appel téléphonique concernant ce patient</translation>
    </message>
    <message>
        <source>Read-only: the patient&apos;s own records are theirs and cannot be changed from the desk. The clinic&apos;s values are on their own tab.</source>
        <translation>Lecture seule : les données du patient lui appartiennent et ne peuvent pas être modifiées depuis le poste de triage. Les valeurs de la clinique ont leur propre onglet.</translation>
    </message>
    <message>
        <source>This patient&apos;s screens</source>
        <translation>Écrans de ce patient</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>A&amp;ppels</translation>
    </message>
    <message>
        <source>Clinic &amp;values</source>
        <translation>&amp;Valeurs de la clinique</translation>
    </message>
    <message>
        <source>Telephone calls, newest first</source>
        <translation>Appels téléphoniques, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Pris par</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>The selected call</source>
        <translation>L&apos;appel sélectionné</translation>
    </message>
    <message>
        <source>Follow-up call &amp;made</source>
        <translation>Appel de suivi &amp;effectué</translation>
    </message>
    <message>
        <source>Mark the selected call&apos;s follow-up as made</source>
        <translation>Marquer le suivi de l&apos;appel sélectionné comme effectué</translation>
    </message>
    <message>
        <source>Print call &amp;record…</source>
        <translation>Imprimer la fiche d&apos;appe&amp;l…</translation>
    </message>
    <message>
        <source>Print the selected call&apos;s record</source>
        <translation>Imprimer la fiche de l&apos;appel sélectionné</translation>
    </message>
    <message>
        <source>A patient no longer on the server</source>
        <translation>Un patient qui n&apos;est plus sur le serveur</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (année de naissance : %2)</translation>
    </message>
    <message>
        <source>%1 — NeutroCare triage desk</source>
        <translation>%1 — Poste de triage NeutroCare</translation>
    </message>
    <message>
        <source>Made by %1</source>
        <translation>Effectué par %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Prévu le %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No call recorded yet. Use New call when the patient or a caregiver telephones.</source>
        <translation>Aucun appel enregistré pour l&apos;instant. Utilisez « Nouvel appel » quand le patient ou un proche aidant téléphone.</translation>
    </message>
    <message>
        <source>Taken by %1 on %2</source>
        <translation>Pris par %1 le %2</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Appelant : %1</translation>
    </message>
    <message>
        <source>Reported temperature: %1 (%2) at %3</source>
        <translation>Température signalée : %1 (%2), le %3</translation>
    </message>
    <message>
        <source>Reported symptom: %1</source>
        <translation>Symptôme signalé : %1</translation>
    </message>
    <message>
        <source>Fever medicine: %1 at %2</source>
        <translation>Médicament contre la fièvre : %1, le %2</translation>
    </message>
    <message>
        <source>Assessment: %1 (protocol %2)</source>
        <translation>Évaluation : %1 (protocole %2)</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggérée : %1</translation>
    </message>
    <message>
        <source>Disposition: %1</source>
        <translation>Orientation : %1</translation>
    </message>
    <message>
        <source>Reason for a less urgent disposition: %1</source>
        <translation>Motif d&apos;une orientation moins urgente : %1</translation>
    </message>
    <message>
        <source>Advice given: %1</source>
        <translation>Conseils donnés : %1</translation>
    </message>
    <message>
        <source>Decision support for clinicians: %1, %2</source>
        <translation>Aide à la décision pour les cliniciens : %1, %2</translation>
    </message>
    <message>
        <source>Follow-up not marked</source>
        <translation>Suivi non marqué</translation>
    </message>
</context>
<context>
    <name>nc::PrecautionsScreen</name>
    <message>
        <source>Precautions for today</source>
        <translation>Précautions du jour</translation>
    </message>
    <message>
        <source>Tick each one you have done today. Ticks are kept for each day, so tomorrow starts with a fresh list.</source>
        <translation>Cochez chacune de celles que vous avez faites aujourd&apos;hui. Les coches sont gardées pour chaque jour : demain, vous repartirez d&apos;une liste vierge.</translation>
    </message>
    <message>
        <source>Most important in your low-count days</source>
        <translation>Essentiel pendant vos jours de défenses basses</translation>
    </message>
    <message>
        <source>Most important in your low-count days. %1</source>
        <translation>Essentiel pendant vos jours de défenses basses. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are in your low-count days: day %1 after treatment.&lt;/b&gt;&lt;br&gt;Your neutrophils are expected to be at their lowest until %2, so infections are more likely. The precautions marked &lt;b&gt;“Most important in your low-count days”&lt;/b&gt; matter most now. This is a prediction, not a blood test: a fever still means a call straight away.</source>
        <translation>&lt;b&gt;Vous êtes dans vos jours de défenses basses : jour %1 après le traitement.&lt;/b&gt;&lt;br&gt;Vos polynucléaires neutrophiles devraient rester au plus bas jusqu&apos;au %2 : les infections sont donc plus probables. Les précautions marquées &lt;b&gt;« Essentiel pendant vos jours de défenses basses »&lt;/b&gt; sont les plus importantes en ce moment. C&apos;est une prévision, pas une prise de sang : en cas de fièvre, appelez quand même tout de suite.</translation>
    </message>
    <message>
        <source>You are in your low-count days</source>
        <translation>Vous êtes dans vos jours de défenses basses</translation>
    </message>
    <message>
        <source>Your tick could not be saved: %1</source>
        <translation>Votre coche n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>%1 of %2 done today</source>
        <translation>%1 sur %2 faites aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This cycle, day by day</source>
        <translation>Cette cure, jour par jour</translation>
    </message>
    <message>
        <source>Create a profile to keep your ticks.</source>
        <translation>Créez un profil pour conserver vos coches.</translation>
    </message>
    <message>
        <source>%1 of %2 ticks, and every precaution done on %3 of %4 days.</source>
        <translation>%1 coches sur %2, et toutes les précautions prises %3 jours sur %4.</translation>
    </message>
    <message>
        <source>Since your treatment on %1: %2</source>
        <translation>Depuis votre traitement du %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>The last %n days</source>
        <translation>
            <numerusform>Le %n dernier jour</numerusform>
            <numerusform>Les %n derniers jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::PrintCommands</name>
    <message>
        <source>Print &amp;report…</source>
        <translation>Imprimer le &amp;rapport…</translation>
    </message>
    <message>
        <source>Print wallet alert &amp;card…</source>
        <translation>Imprimer la &amp;carte d&apos;alerte de poche…</translation>
    </message>
    <message>
        <source>Print “&amp;When to call” sheet…</source>
        <translation>Imprimer la fiche « &amp;Quand appeler »…</translation>
    </message>
    <message>
        <source>Print preview — %1 — %2</source>
        <translation>Aperçu avant impression — %1 — %2</translation>
    </message>
</context>
<context>
    <name>nc::ProfileForm</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>For example: Maria</source>
        <translation>Par exemple : Marie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Year of birth (optional)</source>
        <translation>Année de naissance (facultatif)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>&amp;Year of birth (optional)</source>
        <translation>&amp;Année de naissance (facultatif)</translation>
    </message>
    <message>
        <source>Fever protocol</source>
        <translation>Protocole de fièvre</translation>
    </message>
    <message>
        <source>Clinic&apos;s &amp;file…</source>
        <translation>&amp;Fichier de la clinique…</translation>
    </message>
    <message>
        <source>Load the clinic&apos;s protocol file</source>
        <translation>Charger le fichier de protocole de la clinique</translation>
    </message>
    <message>
        <source>Fever &amp;protocol</source>
        <translation>&amp;Protocole de fièvre</translation>
    </message>
    <message>
        <source>Clinic or care team name</source>
        <translation>Nom de la clinique ou de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>&amp;Clinic or care team</source>
        <translation>&amp;Clinique ou équipe soignante</translation>
    </message>
    <message>
        <source>Care team phone number, daytime</source>
        <translation>Numéro de téléphone de l&apos;équipe soignante, en journée</translation>
    </message>
    <message>
        <source>Phone, &amp;daytime</source>
        <translation>Téléphone, en &amp;journée</translation>
    </message>
    <message>
        <source>Care team phone number, evenings, nights and weekends</source>
        <translation>Numéro de téléphone de l&apos;équipe soignante, le soir, la nuit et le week-end</translation>
    </message>
    <message>
        <source>Phone, &amp;evenings and weekends</source>
        <translation>Téléphone, &amp;soirs et week-ends</translation>
    </message>
    <message>
        <source>Temperature unit</source>
        <translation>Unité de température</translation>
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
        <translation>&amp;Unité de température</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Call now at %1.</source>
        <translation>Appelez maintenant le %1.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, ou </translation>
    </message>
    <message>
        <source>From your clinic&apos;s protocol file.</source>
        <translation>D&apos;après le fichier de protocole de votre clinique.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Source : %1.</translation>
    </message>
    <message>
        <source>Clinic protocol: %1</source>
        <translation>Protocole de la clinique : %1</translation>
    </message>
    <message>
        <source>Open the clinic&apos;s protocol file</source>
        <translation>Ouvrir le fichier de protocole de la clinique</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>Fichiers de protocole (*.json)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>This protocol file cannot be used: %1</source>
        <translation>Ce fichier de protocole ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>This protocol file cannot be used: &quot;%1&quot; %2</source>
        <translation>Ce fichier de protocole ne peut pas être utilisé : « %1 » %2</translation>
    </message>
    <message>
        <source>Please enter a name for this profile.</source>
        <translation>Veuillez saisir un nom pour ce profil.</translation>
    </message>
</context>
<context>
    <name>nc::Protocol</name>
    <message>
        <source>IDSA / ASCO (United States)</source>
        <translation>IDSA / ASCO (États-Unis)</translation>
    </message>
    <message>
        <source>CDC patient guidance (100.4 °F)</source>
        <translation>Recommandations des CDC pour les patients (100,4 °F)</translation>
    </message>
    <message>
        <source>ESMO 2016 (Europe)</source>
        <translation>ESMO 2016 (Europe)</translation>
    </message>
    <message>
        <source>NICE CG151 (United Kingdom)</source>
        <translation>NICE CG151 (Royaume-Uni)</translation>
    </message>
    <message>
        <source>UK acute oncology alert card (37.5 °C)</source>
        <translation>Carte d&apos;alerte d&apos;oncologie aiguë du Royaume-Uni (37,5 °C)</translation>
    </message>
    <message>
        <source>must not be before nadir_start_day</source>
        <translation>ne doit pas être avant nadir_start_day</translation>
    </message>
    <message>
        <source>must not be above the single-reading threshold</source>
        <translation>ne doit pas dépasser le seuil pour une mesure unique</translation>
    </message>
    <message>
        <source>must be below the single-reading threshold</source>
        <translation>doit être inférieur au seuil pour une mesure unique</translation>
    </message>
    <message>
        <source>a protocol file must hold one JSON object</source>
        <translation>un fichier de protocole doit contenir un seul objet JSON</translation>
    </message>
</context>
<context>
    <name>nc::RecoveryDialog</name>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (recommended)</source>
        <translation>Restaurer la sauvegarde du %1 (recommandé)</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation>Restaurer la dernière sauvegarde en bon état</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>Restaurer à partir d&apos;un &amp;autre fichier…</translation>
    </message>
    <message>
        <source>Restore from another file</source>
        <translation>Restaurer à partir d&apos;un autre fichier</translation>
    </message>
    <message>
        <source>Choose a NeutroCare backup</source>
        <translation>Choisir une sauvegarde NeutroCare</translation>
    </message>
    <message>
        <source>NeutroCare data (*.sqlite);;All files (*)</source>
        <translation>Données NeutroCare (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try to connect to the clinic server again</source>
        <translation>Réessayer de se connecter au serveur de la clinique</translation>
    </message>
    <message>
        <source>Open the data on this &amp;computer instead</source>
        <translation>Ouvrir plutôt les données de cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>Open the NeutroCare data on this computer instead</source>
        <translation>Ouvrir plutôt les données NeutroCare de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Quit NeutroCare</source>
        <translation>&amp;Quitter NeutroCare</translation>
    </message>
    <message>
        <source>Quit NeutroCare</source>
        <translation>Quitter NeutroCare</translation>
    </message>
</context>
<context>
    <name>nc::Reminders</name>
    <message>
        <source>%1: %2</source>
        <comment>a reminder&apos;s title: the person&apos;s name, then the title</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Call your care team now. When you have, press &quot;I contacted my care team&quot;.</source>
        <translation>Appelez maintenant votre équipe soignante. Une fois que c&apos;est fait, appuyez sur « J&apos;ai contacté mon équipe soignante ».</translation>
    </message>
    <message>
        <source>Temperature check</source>
        <translation>Prise de température</translation>
    </message>
    <message>
        <source>Your temperature check is overdue: please take your temperature now.</source>
        <translation>L&apos;heure de prendre votre température est passée : prenez-la maintenant, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>It is time to take your temperature again.</source>
        <translation>C&apos;est l&apos;heure de reprendre votre température.</translation>
    </message>
    <message>
        <source>You are in your low-count days: please take your temperature now.</source>
        <translation>Vous êtes dans vos jours de défenses basses : prenez votre température maintenant, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>G-CSF injection</source>
        <translation>Injection de G-CSF</translation>
    </message>
    <message>
        <source>Your %1 injection is due today.</source>
        <translation>Votre injection de %1 est prévue aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>nc::ReportDialog</name>
    <message>
        <source>Print a report for %1</source>
        <translation>Imprimer un rapport pour %1</translation>
    </message>
    <message>
        <source>Report for: %1</source>
        <translation>Rapport pour : %1</translation>
    </message>
    <message>
        <source>A report for the care team: the status, charts, readings, blood counts, symptoms, alerts and checklist for the days you choose.</source>
        <translation>Un rapport pour l&apos;équipe soignante : la situation, les graphiques, les mesures, les analyses de sang, les symptômes, les alertes et la liste de contrôle, pour les jours que vous choisissez.</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Premier jour du rapport</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Dernier jour du rapport</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Include my private &amp;notes</source>
        <translation>Inclure mes &amp;notes privées</translation>
    </message>
    <message>
        <source>Include the private notes in the report</source>
        <translation>Inclure les notes privées dans le rapport</translation>
    </message>
    <message>
        <source>Notes are left out unless you tick this.</source>
        <translation>Les notes ne sont pas incluses, sauf si vous cochez cette case.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>⚠ The first day is after the last day.</source>
        <translation>⚠ Le premier jour est après le dernier jour.</translation>
    </message>
</context>
<context>
    <name>nc::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Restore from the file %1. Your data as it is now is saved first, so nothing is lost.</source>
        <translation>Restaurer à partir du fichier %1. Vos données actuelles sont d&apos;abord enregistrées : rien n&apos;est perdu.</translation>
    </message>
    <message numerus="yes">
        <source>NeutroCare keeps a copy of your data every day, for the last %n days. Choose the copy to go back to. Your data as it is now is saved first, so nothing is lost.</source>
        <translation>
            <numerusform>NeutroCare fait chaque jour une copie de vos données et la garde %n jour. Choisissez la copie à laquelle revenir. Vos données actuelles sont d&apos;abord enregistrées : rien n&apos;est perdu.</numerusform>
            <numerusform>NeutroCare fait chaque jour une copie de vos données et garde celles des %n derniers jours. Choisissez la copie à laquelle revenir. Vos données actuelles sont d&apos;abord enregistrées : rien n&apos;est perdu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>There are no backups yet. The first one is made while NeutroCare runs, or with File ▸ Back up now.</source>
        <translation>Il n&apos;y a encore aucune sauvegarde. La première est faite pendant que NeutroCare est ouvert, ou avec Fichier ▸ Sauvegarder maintenant.</translation>
    </message>
    <message>
        <source>What to restore</source>
        <translation>Que restaurer</translation>
    </message>
    <message numerus="yes">
        <source>Every profile (%n in all)</source>
        <translation>
            <numerusform>Tous les profils (%n au total)</numerusform>
            <numerusform>Tous les profils (%n au total)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1, the others stay as they are</source>
        <translation>Seulement %1 ; les autres restent tels quels</translation>
    </message>
    <message>
        <source>Res&amp;tore:</source>
        <translation>Res&amp;taurer :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurer à partir d&apos;un fichier</translation>
    </message>
    <message>
        <source>NeutroCare data (*.sqlite);;All files (*)</source>
        <translation>Données NeutroCare (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This file cannot be restored. %1 Nothing was changed.</source>
        <translation>Ce fichier ne peut pas être restauré. %1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a backup&apos;s date and time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — made automatically before a restore</source>
        <translation>%1 — faite automatiquement avant une restauration</translation>
    </message>
    <message>
        <source>This replaces the data of %1 with the copy of %2. The other profiles stay as they are.</source>
        <translation>Cela remplace les données de %1 par la copie du %2. Les autres profils restent tels quels.</translation>
    </message>
    <message>
        <source>This replaces your data with the copy of %1.</source>
        <translation>Cela remplace vos données par la copie du %1.</translation>
    </message>
    <message numerus="yes">
        <source>This replaces all %n profiles with the copy of %1.</source>
        <translation>
            <numerusform>Cela remplace %n profil par la copie du %1.</numerusform>
            <numerusform>Cela remplace les %n profils par la copie du %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, added since then, will be removed, with its %n record(s).</source>
        <translation>
            <numerusform>Le profil de %1, ajouté depuis, sera supprimé, avec %n enregistrement.</numerusform>
            <numerusform>Le profil de %1, ajouté depuis, sera supprimé, avec ses %n enregistrements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, deleted since then, will come back, with its %n record(s).</source>
        <translation>
            <numerusform>Le profil de %1, supprimé depuis, reviendra, avec %n enregistrement.</numerusform>
            <numerusform>Le profil de %1, supprimé depuis, reviendra, avec ses %n enregistrements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) made or changed since then, in %1, will be lost.</source>
        <translation>
            <numerusform>%n enregistrement créé ou modifié depuis, dans le profil de %1, sera perdu.</numerusform>
            <numerusform>%n enregistrements créés ou modifiés depuis, dans le profil de %1, seront perdus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted since then, in %1, will come back.</source>
        <translation>
            <numerusform>%n enregistrement supprimé depuis, dans le profil de %1, reviendra.</numerusform>
            <numerusform>%n enregistrements supprimés depuis, dans le profil de %1, reviendront.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings of %1 go back to what they were then.</source>
        <translation>Les paramètres de %1 reviennent à ce qu&apos;ils étaient alors.</translation>
    </message>
    <message>
        <source>Nothing has changed since then, so nothing will be lost.</source>
        <translation>Rien n&apos;a changé depuis, donc rien ne sera perdu.</translation>
    </message>
    <message>
        <source>Your data as it is now is saved first, as a backup made automatically before a restore.</source>
        <translation>Vos données actuelles sont d&apos;abord enregistrées, dans une sauvegarde faite automatiquement avant une restauration.</translation>
    </message>
    <message>
        <source>This backup cannot be used. %1 Nothing was changed.</source>
        <translation>Cette sauvegarde ne peut pas être utilisée. %1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This backup holds no data for this profile: it was added after the backup was made. Nothing was changed.</source>
        <translation>Cette sauvegarde ne contient aucune donnée pour ce profil : il a été ajouté après la sauvegarde. Rien n&apos;a été modifié.</translation>
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
    <message>
        <source>None or mild</source>
        <translation>Aucune ou légère</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>Decision support for clinicians</source>
        <translation>Aide à la décision pour les cliniciens</translation>
    </message>
    <message>
        <source>MASCC and CISNE risk scores, kept with this call and never shown to the patient. They inform your clinical judgement; they do not replace it.</source>
        <translation>Scores de risque MASCC et CISNE, conservés avec cet appel et jamais montrés au patient. Ils éclairent votre jugement clinique ; ils ne le remplacent pas.</translation>
    </message>
    <message>
        <source>Use &amp;MASCC (Multinational Association for Supportive Care in Cancer)</source>
        <translation>Utiliser &amp;MASCC (Multinational Association for Supportive Care in Cancer)</translation>
    </message>
    <message>
        <source>Use the MASCC score</source>
        <translation>Utiliser le score MASCC</translation>
    </message>
    <message>
        <source>For adults with febrile neutropenia. Not validated during induction treatment for acute leukaemia, nor during conditioning for a stem-cell transplant.</source>
        <translation>Pour les adultes atteints de neutropénie fébrile. Non validé pendant un traitement d&apos;induction de leucémie aiguë, ni pendant le conditionnement d&apos;une greffe de cellules souches.</translation>
    </message>
    <message>
        <source>Burden of illness</source>
        <translation>Gravité de la maladie</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Burden of illness</source>
        <translation>&amp;Gravité de la maladie</translation>
    </message>
    <message>
        <source>&amp;Systolic blood pressure 90 mmHg or lower</source>
        <translation>Pression artérielle &amp;systolique de 90 mmHg ou moins</translation>
    </message>
    <message>
        <source>No hypotension (systolic &gt; 90 mmHg) — %1</source>
        <translation>Pas d&apos;hypotension (systolique &gt; 90 mmHg) — %1</translation>
    </message>
    <message>
        <source>Chronic obstructive pulmonary disease (C&amp;OPD)</source>
        <translation>Bronchopneumopathie chronique obstructive (BPC&amp;O)</translation>
    </message>
    <message>
        <source>No COPD — %1</source>
        <translation>Pas de BPCO — %1</translation>
    </message>
    <message>
        <source>&amp;Haematological cancer with a previous fungal infection</source>
        <translation>Cancer &amp;hématologique avec infection fongique antérieure</translation>
    </message>
    <message>
        <source>A solid tumour, or a haematological cancer with no previous fungal infection — %1</source>
        <translation>Tumeur solide, ou cancer hématologique sans infection fongique antérieure — %1</translation>
    </message>
    <message>
        <source>&amp;Dehydration needing intravenous fluids</source>
        <translation>&amp;Déshydratation nécessitant une perfusion intraveineuse</translation>
    </message>
    <message>
        <source>No dehydration needing IV fluids — %1</source>
        <translation>Pas de déshydratation nécessitant une perfusion IV — %1</translation>
    </message>
    <message>
        <source>O&amp;utpatient when the fever began</source>
        <translation>Patient en amb&amp;ulatoire au début de la fièvre</translation>
    </message>
    <message>
        <source>Outpatient at the onset of fever — %1</source>
        <translation>Patient en ambulatoire au début de la fièvre — %1</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Âge en années</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>Âg&amp;e</translation>
    </message>
    <message>
        <source>Younger than %1 years — %2</source>
        <translation>Moins de %1 ans — %2</translation>
    </message>
    <message>
        <source>Use &amp;CISNE (Clinical Index of Stable Febrile Neutropenia)</source>
        <translation>Utiliser &amp;CISNE (Clinical Index of Stable Febrile Neutropenia)</translation>
    </message>
    <message>
        <source>Use the CISNE score</source>
        <translation>Utiliser le score CISNE</translation>
    </message>
    <message>
        <source>For adults with a solid tumour and febrile neutropenia who are clinically stable.</source>
        <translation>Pour les adultes atteints d&apos;une tumeur solide et d&apos;une neutropénie fébrile, cliniquement stables.</translation>
    </message>
    <message>
        <source>&amp;ECOG performance status 2 or more</source>
        <translation>&amp;Indice de performance ECOG de 2 ou plus</translation>
    </message>
    <message>
        <source>Stress-induced hyper&amp;glycaemia</source>
        <translation>Hyperg&amp;lycémie de stress</translation>
    </message>
    <message>
        <source>Chronic obstructive &amp;pulmonary disease (COPD)</source>
        <translation>&amp;Bronchopneumopathie chronique obstructive (BPCO)</translation>
    </message>
    <message>
        <source>Chronic cardio&amp;vascular disease</source>
        <translation>Maladie cardio&amp;vasculaire chronique</translation>
    </message>
    <message>
        <source>Mucositis of NCI g&amp;rade 2 or more</source>
        <translation>Mucite de g&amp;rade 2 ou plus (NCI)</translation>
    </message>
    <message>
        <source>Mo&amp;nocytes below 200/µL</source>
        <translation>Mo&amp;nocytes sous 200/µL</translation>
    </message>
    <message>
        <source>MASCC not used</source>
        <translation>MASCC non utilisé</translation>
    </message>
    <message>
        <source>CISNE not used</source>
        <translation>CISNE non utilisé</translation>
    </message>
</context>
<context>
    <name>nc::ServerAdmin</name>
    <message>
        <source>pg_dump is not installed (Debian package postgresql-client), and the server is not changed without a backup.</source>
        <translation>pg_dump n&apos;est pas installé (paquet Debian postgresql-client), et le serveur n&apos;est pas modifié sans sauvegarde.</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>pg_dump could not back up the server, so it was not changed: %1</source>
        <translation>pg_dump n&apos;a pas pu sauvegarder le serveur, il n&apos;a donc pas été modifié : %1</translation>
    </message>
    <message>
        <source>server init sets up a PostgreSQL server; NeutroCare&apos;s own files need no set-up.</source>
        <translation>server init prépare un serveur PostgreSQL ; les fichiers propres à NeutroCare n&apos;ont besoin d&apos;aucune préparation.</translation>
    </message>
    <message>
        <source>The database name is too long to name its roles after it (50 characters at most).</source>
        <translation>Le nom de la base de données est trop long pour nommer ses rôles d&apos;après lui (50 caractères au maximum).</translation>
    </message>
    <message>
        <source>server init needs the PostgreSQL superuser (for example: sudo -u postgres neutrocare-cli server init --db dbname=%1).</source>
        <translation>server init a besoin du superutilisateur PostgreSQL (par exemple : sudo -u postgres neutrocare-cli server init --db dbname=%1).</translation>
    </message>
    <message>
        <source>Could not read the data version on the server.</source>
        <translation>Impossible de lire la version des données sur le serveur.</translation>
    </message>
    <message>
        <source>The server holds data version %1; this NeutroCare understands up to %2. Use a newer neutrocare-cli.</source>
        <translation>Le serveur contient des données en version %1 ; ce NeutroCare comprend jusqu&apos;à la version %2. Utilisez un neutrocare-cli plus récent.</translation>
    </message>
    <message>
        <source>The server&apos;s roles were set up by a newer NeutroCare (version %1). Use a newer neutrocare-cli.</source>
        <translation>Les rôles du serveur ont été créés par un NeutroCare plus récent (version %1). Utilisez un neutrocare-cli plus récent.</translation>
    </message>
    <message>
        <source>Could not set up the server; nothing was changed: %1</source>
        <translation>Impossible de préparer le serveur ; rien n&apos;a été modifié : %1</translation>
    </message>
    <message>
        <source>A login named %1 already exists, so the role of that name cannot be NeutroCare&apos;s; rename or drop that login first.</source>
        <translation>Un identifiant nommé %1 existe déjà, le rôle de ce nom ne peut donc pas appartenir à NeutroCare ; renommez ou supprimez d&apos;abord cet identifiant.</translation>
    </message>
    <message>
        <source>There is no patient with the id %1 on the server.</source>
        <translation>Aucun patient avec l&apos;id %1 sur le serveur.</translation>
    </message>
    <message>
        <source>The login name is empty.</source>
        <translation>L&apos;identifiant est vide.</translation>
    </message>
    <message>
        <source>The login name is longer than PostgreSQL allows (63 bytes).</source>
        <translation>L&apos;identifiant est plus long que ce que PostgreSQL autorise (63 octets).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name PostgreSQL or NeutroCare keeps for itself.</source>
        <translation>« %1 » est un nom que PostgreSQL ou NeutroCare se réserve.</translation>
    </message>
    <message>
        <source>The login name holds a character PostgreSQL cannot store.</source>
        <translation>L&apos;identifiant contient un caractère que PostgreSQL ne peut pas enregistrer.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe est vide.</translation>
    </message>
    <message>
        <source>A patient login names its patient (--patient ID).</source>
        <translation>Un identifiant de patient désigne son patient (--patient ID).</translation>
    </message>
    <message>
        <source>Only a patient login names a patient; a caregiver is linked with server link.</source>
        <translation>Seul un identifiant de patient désigne un patient ; un aidant est associé avec server link.</translation>
    </message>
    <message>
        <source>A login named &quot;%1&quot; already exists.</source>
        <translation>Un identifiant nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a caregiver login (see server users).</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;aidant (voir server users).</translation>
    </message>
    <message>
        <source>A role named %1 already exists and has members, so it was not made by NeutroCare for this database; drop that role first.</source>
        <translation>Un rôle nommé %1 existe déjà et a des membres : il n&apos;a donc pas été créé par NeutroCare pour cette base de données ; supprimez d&apos;abord ce rôle.</translation>
    </message>
    <message>
        <source>The database or its schema public belongs to %1, who could change anything in it; give it to the superuser first (ALTER DATABASE … OWNER TO postgres).</source>
        <translation>La base de données ou son schéma public appartient à %1, qui pourrait y modifier n&apos;importe quoi ; donnez-la d&apos;abord au superutilisateur (ALTER DATABASE … OWNER TO postgres).</translation>
    </message>
    <message>
        <source>Logins of this clinic belong to more than their one group, or have members of their own, and so could do more than their group allows: %1. Undo those memberships first.</source>
        <translation>Des identifiants de cette clinique appartiennent à plus que leur seul groupe, ou ont leurs propres membres, et pourraient donc faire plus que leur groupe ne le permet : %1. Annulez d&apos;abord ces appartenances.</translation>
    </message>
    <message>
        <source>Default privileges set for %1 would give the tables NeutroCare makes to other roles; remove them first (ALTER DEFAULT PRIVILEGES … REVOKE …).</source>
        <translation>Les privilèges par défaut définis pour %1 donneraient à d&apos;autres rôles les tables que crée NeutroCare ; retirez-les d&apos;abord (ALTER DEFAULT PRIVILEGES … REVOKE …).</translation>
    </message>
    <message>
        <source>The clinic&apos;s database holds what NeutroCare did not make: %1. Its tables keep their rules only when everything in the schema public is NeutroCare&apos;s; move these to another schema or drop them first. Nothing was changed.</source>
        <translation>La base de données de la clinique contient des objets que NeutroCare n&apos;a pas créés : %1. Ses tables ne gardent leurs règles que si tout ce qui se trouve dans le schéma public appartient à NeutroCare ; déplacez ces objets dans un autre schéma ou supprimez-les d&apos;abord. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>On PostgreSQL 15 a role with CREATEROLE can make itself the owner of every clinic&apos;s tables, and these can: %1. Take it away from them (ALTER ROLE … NOCREATEROLE) unless they are trusted as much as the superuser.</source>
        <translation>Sous PostgreSQL 15, un rôle doté de CREATEROLE peut se rendre propriétaire des tables de toutes les cliniques, et ceux-ci le peuvent : %1. Retirez-le-leur (ALTER ROLE … NOCREATEROLE), sauf si on leur fait autant confiance qu&apos;au superutilisateur.</translation>
    </message>
    <message>
        <source>Every login of the cluster, this clinic&apos;s too, may connect to %1, and there see who is connected to any database. Unless another program needs it, REVOKE CONNECT ON DATABASE … FROM PUBLIC for each.</source>
        <translation>Tout identifiant du cluster, y compris ceux de cette clinique, peut se connecter à %1 et y voir qui est connecté à n&apos;importe quelle base de données. Sauf si un autre programme en a besoin, exécutez REVOKE CONNECT ON DATABASE … FROM PUBLIC pour chacune.</translation>
    </message>
    <message>
        <source>These logins are in the clinic&apos;s groups but not on its list of logins, so no one made them through NeutroCare: %1. Check who they are, and drop them if unknown.</source>
        <translation>Ces identifiants sont dans les groupes de la clinique mais pas dans sa liste d&apos;identifiants : personne ne les a donc créés par NeutroCare : %1. Vérifiez qui ils sont et supprimez-les s&apos;ils sont inconnus.</translation>
    </message>
</context>
<context>
    <name>nc::ServerFeed</name>
    <message>
        <source>Not connected to a clinic server.</source>
        <translation>Pas de connexion à un serveur de clinique.</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost.</source>
        <translation>La connexion au serveur de la clinique a été perdue.</translation>
    </message>
    <message>
        <source>This login may not follow that patient on the clinic server.</source>
        <translation>Cet identifiant ne peut pas suivre ce patient sur le serveur de la clinique.</translation>
    </message>
</context>
<context>
    <name>nc::Settings</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>nc::SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Unsaved changes: they apply only when you press “Save settings”.</source>
        <translation>Modifications non enregistrées : elles ne s&apos;appliquent que lorsque vous appuyez sur « Enregistrer les paramètres ».</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Large text everywhere</source>
        <translation>&amp;Grands caractères partout</translation>
    </message>
    <message>
        <source>Large text everywhere</source>
        <translation>Grands caractères partout</translation>
    </message>
    <message>
        <source>Start NeutroCare when I log in, &amp;minimised to the background</source>
        <translation>Lancer NeutroCare à l&apos;ouverture de session, &amp;réduit en arrière-plan</translation>
    </message>
    <message>
        <source>Start in the background when I log in</source>
        <translation>Lancer en arrière-plan à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Morning temperature reminder</source>
        <translation>Rappel de température le matin</translation>
    </message>
    <message>
        <source>Morning &amp;reminder (low-count days)</source>
        <translation>Rappel du &amp;matin (jours de défenses basses)</translation>
    </message>
    <message>
        <source>Evening temperature reminder</source>
        <translation>Rappel de température le soir</translation>
    </message>
    <message>
        <source>E&amp;vening reminder (low-count days)</source>
        <translation>Rappel du s&amp;oir (jours de défenses basses)</translation>
    </message>
    <message>
        <source>Keep reminding me when the &amp;window is closed</source>
        <translation>Continuer les rappels quand la fenê&amp;tre est fermée</translation>
    </message>
    <message>
        <source>Keep reminding me when the window is closed</source>
        <translation>Continuer les rappels quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Closing the window leaves NeutroCare running, so reminders still reach you. File ▸ Quit quits.</source>
        <translation>Fermer la fenêtre laisse NeutroCare ouvert, pour que les rappels vous parviennent toujours. Fichier ▸ Quitter le ferme complètement.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>In force now: %1, temperatures in %2. %3</source>
        <translation>En vigueur actuellement : %1, températures en %2. %3</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Your changes in Settings are not saved.</source>
        <translation>Vos modifications dans Paramètres ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Until you save them, NeutroCare keeps using %1, with temperatures in %2.</source>
        <translation>Tant que vous ne les enregistrez pas, NeutroCare continue d&apos;utiliser %1, avec les températures en %2.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <source>The window is shown again in the new language.</source>
        <translation>La fenêtre s&apos;affiche à nouveau dans la nouvelle langue.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>nc::SignInDialog</name>
    <message>
        <source>Sign in to the triage desk</source>
        <translation>Se connecter au poste de triage</translation>
    </message>
    <message>
        <source>Sign in with your own clinic login. Everything you do at the desk is recorded with it.</source>
        <translation>Connectez-vous avec votre propre identifiant de la clinique. Tout ce que vous faites au poste de triage est enregistré sous cet identifiant.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>clinic.example.org, or postgresql://…</source>
        <translation>clinic.example.org, ou postgresql://…</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Give the database and your login.</source>
        <translation>Indiquez la base de données et votre identifiant.</translation>
    </message>
</context>
<context>
    <name>nc::SingleInstance</name>
    <message>
        <source>Another NeutroCare is starting with this database and did not finish.</source>
        <translation>Un autre NeutroCare est en train de démarrer avec cette base de données et n&apos;a pas terminé.</translation>
    </message>
    <message>
        <source>Could not listen for other launches of NeutroCare: %1</source>
        <translation>Impossible d&apos;écouter les autres lancements de NeutroCare : %1</translation>
    </message>
    <message>
        <source>NeutroCare is already running with this database but did not answer.</source>
        <translation>NeutroCare est déjà ouvert avec cette base de données, mais n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>This NeutroCare has %1 open, not %2.</source>
        <translation>Ce NeutroCare a ouvert %1, et non %2.</translation>
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
        <translation>Situation actuelle</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>le %2 à %1</translation>
    </message>
    <message>
        <source>&quot;I am on chemotherapy.</source>
        <translation>« Je suis sous chimiothérapie.</translation>
    </message>
    <message>
        <source>My temperature was %1 at %2 — %3.</source>
        <translation>Ma température était de %1 %2 — %3.</translation>
    </message>
    <message>
        <source>My last temperature was %1 at %2 — %3.</source>
        <translation>Ma dernière température était de %1 %2 — %3.</translation>
    </message>
    <message>
        <source>I took %1 at %2, before that reading.</source>
        <translation>J&apos;ai pris %1 %2, avant cette mesure.</translation>
    </message>
    <message>
        <source>I took a fever medicine in the %1 before that reading.</source>
        <translation>J&apos;ai pris un médicament contre la fièvre dans les %1 avant cette mesure.</translation>
    </message>
    <message>
        <source>My last treatment was on %1.</source>
        <translation>Mon dernier traitement date du %1.</translation>
    </message>
    <message>
        <source>My last treatment was on %1 (%2).</source>
        <translation>Mon dernier traitement date du %1 (%2).</translation>
    </message>
    <message>
        <source>I may have neutropenia and an infection.&quot;</source>
        <translation>J&apos;ai peut-être une neutropénie et une infection. »</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Situation : %1</translation>
    </message>
    <message>
        <source>Fever rules: %1</source>
        <translation>Critères de fièvre : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Keep taking your temperature as your care team advised, and whenever you feel unwell or shivery. If you are worried, call them.</source>
        <translation>Continuez à prendre votre température comme votre équipe soignante vous l&apos;a conseillé, et chaque fois que vous ne vous sentez pas bien ou que vous frissonnez. En cas d&apos;inquiétude, appelez-la.</translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation>Votre équipe soignante</translation>
    </message>
    <message>
        <source>Call your care team or your chemotherapy helpline now. (Add your care team&apos;s numbers in Settings so they show here.)</source>
        <translation>Appelez maintenant votre équipe soignante ou la ligne d&apos;urgence de votre service de chimiothérapie. (Ajoutez les numéros de votre équipe soignante dans Paramètres pour qu&apos;ils s&apos;affichent ici.)</translation>
    </message>
    <message>
        <source>Call your care team or your chemotherapy helpline today. (Add your care team&apos;s numbers in Settings so they show here.)</source>
        <translation>Appelez aujourd&apos;hui votre équipe soignante ou la ligne d&apos;urgence de votre service de chimiothérapie. (Ajoutez les numéros de votre équipe soignante dans Paramètres pour qu&apos;ils s&apos;affichent ici.)</translation>
    </message>
    <message>
        <source>%1, daytime: %2</source>
        <translation>%1, en journée : %2</translation>
    </message>
    <message>
        <source>Evenings, nights and weekends: %1</source>
        <translation>Soirs, nuits et week-ends : %1</translation>
    </message>
    <message>
        <source>What to say:</source>
        <translation>Ce qu&apos;il faut dire :</translation>
    </message>
    <message>
        <source>Do not wait to see if it goes away, and do not take paracetamol or ibuprofen before you call. People on chemotherapy with a fever usually need antibiotics within an hour of arriving at hospital.</source>
        <translation>N&apos;attendez pas de voir si ça passe, et ne prenez ni paracétamol ni ibuprofène avant d&apos;appeler. Les personnes sous chimiothérapie qui ont de la fièvre ont généralement besoin d&apos;antibiotiques dans l&apos;heure qui suit leur arrivée à l&apos;hôpital.</translation>
    </message>
    <message>
        <source>If you cannot reach your care team, go to the nearest emergency department or call your local emergency number.</source>
        <translation>Si vous n&apos;arrivez pas à joindre votre équipe soignante, allez aux urgences les plus proches ou appelez le numéro d&apos;urgence local.</translation>
    </message>
    <message>
        <source>I contacted my care team…</source>
        <translation>J&apos;ai contacté mon équipe soignante…</translation>
    </message>
    <message>
        <source>I contacted my care team</source>
        <translation>J&apos;ai contacté mon équipe soignante</translation>
    </message>
    <message>
        <source>Record that you contacted your care team and what they told you (Ctrl+K)</source>
        <translation>Notez que vous avez contacté votre équipe soignante et ce qu&apos;elle vous a dit (Ctrl+K)</translation>
    </message>
    <message>
        <source>Take your temperature now.</source>
        <translation>Prenez votre température maintenant.</translation>
    </message>
    <message>
        <source>Take your temperature again in %1 (by %2).</source>
        <translation>Reprenez votre température dans %1 (au plus tard à %2).</translation>
    </message>
</context>
<context>
    <name>nc::Storage</name>
    <message>
        <source>The clinic server accepts no changes on this connection (read-only), so this could not be saved.</source>
        <translation>Le serveur de la clinique n&apos;accepte aucune modification sur cette connexion (lecture seule) : cela n&apos;a donc pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Your login may not change this on the clinic server, so it was not saved.</source>
        <translation>Votre identifiant ne permet pas de modifier cela sur le serveur de la clinique : cela n&apos;a donc pas été enregistré.</translation>
    </message>
    <message>
        <source>This entry is not valid for the database: %1</source>
        <translation>Cette saisie n&apos;est pas valide pour la base de données : %1</translation>
    </message>
    <message>
        <source>The clinic server&apos;s disk is full, so this could not be saved. Nothing you typed is lost: tell the clinic, and try again later.</source>
        <translation>Le disque du serveur de la clinique est plein : cela n&apos;a donc pas pu être enregistré. Rien de ce que vous avez saisi n&apos;est perdu : prévenez la clinique et réessayez plus tard.</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost, so this was not saved. Nothing you typed is lost: try again in a moment.</source>
        <translation>La connexion au serveur de la clinique a été perdue : cela n&apos;a donc pas été enregistré. Rien de ce que vous avez saisi n&apos;est perdu : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The clinic server is busy with another change. Try again in a moment.</source>
        <translation>Le serveur de la clinique est occupé par une autre modification. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. Free some space and try again.</source>
        <translation>Le disque est plein : cela n&apos;a donc pas pu être enregistré. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The database is read-only, so this could not be saved. Check the file&apos;s permissions.</source>
        <translation>La base de données est en lecture seule : cela n&apos;a donc pas pu être enregistré. Vérifiez les autorisations du fichier.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>La base de données est occupée par un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Cette saisie n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This alert no longer exists.</source>
        <translation>Cette alerte n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>nc::SymptomDialog</name>
    <message>
        <source>Edit symptom</source>
        <translation>Modifier le symptôme</translation>
    </message>
    <message>
        <source>Log symptoms</source>
        <translation>Noter des symptômes</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>&amp;Symptom</source>
        <translation>&amp;Symptôme</translation>
    </message>
    <message>
        <source>&amp;How do you feel?</source>
        <translation>&amp;Comment vous sentez-vous ?</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>Tick at least one symptom (Space ticks the selected one).</source>
        <translation>Cochez au moins un symptôme (la barre d&apos;espace coche celui qui est sélectionné).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Log symptom</source>
        <translation>Noter le symptôme</translation>
    </message>
</context>
<context>
    <name>nc::Temperature</name>
    <message>
        <source>Please enter the temperature as a number.</source>
        <translation>Veuillez saisir la température en chiffres.</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible body temperature. Did you mean %1 %3?</source>
        <translation>%1 %2 n&apos;est pas une température corporelle plausible. Vouliez-vous dire %1 %3 ?</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible body temperature: it must lie between %3 and %4 %2.</source>
        <translation>%1 %2 n&apos;est pas une température corporelle plausible : elle doit être comprise entre %3 et %4 %2.</translation>
    </message>
</context>
<context>
    <name>nc::TemperatureDialog</name>
    <message>
        <source>Edit temperature</source>
        <translation>Modifier la température</translation>
    </message>
    <message>
        <source>Log a temperature</source>
        <translation>Noter une température</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>for example 37.2</source>
        <translation>par exemple 37,2</translation>
    </message>
    <message>
        <source>for example 99.0</source>
        <translation>par exemple 99,0</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Température</translation>
    </message>
    <message>
        <source>Where you measured</source>
        <translation>Où vous l&apos;avez mesurée</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Où</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>I took &amp;paracetamol or ibuprofen in the last %1</source>
        <translation>J&apos;ai pris du &amp;paracétamol ou de l&apos;ibuprofène dans les dernières %1</translation>
    </message>
    <message>
        <source>I took a fever-lowering painkiller in the last %1</source>
        <translation>J&apos;ai pris un antidouleur qui fait baisser la fièvre dans les dernières %1</translation>
    </message>
    <message>
        <source>Please type the temperature as a number, for example 37.8.</source>
        <translation>Veuillez saisir la température en chiffres, par exemple 37,8.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Log temperature</source>
        <translation>Noter la température</translation>
    </message>
</context>
<context>
    <name>nc::TemperatureTrigger</name>
    <message>
        <source>or higher</source>
        <translation>ou plus</translation>
    </message>
    <message>
        <source>or lower</source>
        <translation>ou moins</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>%1 or lower</source>
        <translation>%1 ou moins</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 for %2 or longer</source>
        <translation>%1 pendant %2 ou plus</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
    <name>nc::TodayScreen</name>
    <message>
        <source>&amp;Add your care team&apos;s numbers</source>
        <translation>&amp;Ajouter les numéros de votre équipe soignante</translation>
    </message>
    <message>
        <source>Add your care team&apos;s numbers</source>
        <translation>Ajouter les numéros de votre équipe soignante</translation>
    </message>
    <message>
        <source>Latest temperature</source>
        <translation>Dernière température</translation>
    </message>
    <message>
        <source>Latest neutrophil count (ANC)</source>
        <translation>Dernier nombre de neutrophiles (PNN)</translation>
    </message>
    <message>
        <source>Treatment cycle</source>
        <translation>Cure de traitement</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Blood count</source>
        <translation>Analyse de sang</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>Painkiller dose</source>
        <translation>Dose d&apos;antidouleur</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Autre médicament</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>Noter : %1</translation>
    </message>
    <message>
        <source>Today — %1</source>
        <translation>Aujourd&apos;hui — %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Your care team&apos;s phone numbers are not set. Add them, so they are here when you need to call.</source>
        <translation>Les numéros de téléphone de votre équipe soignante ne sont pas renseignés. Ajoutez-les, pour les avoir ici quand vous devez appeler.</translation>
    </message>
    <message>
        <source>Your care team&apos;s number for evenings and weekends is not set.</source>
        <translation>Le numéro de votre équipe soignante pour le soir et le week-end n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>Your care team&apos;s daytime phone number is not set.</source>
        <translation>Le numéro de téléphone de votre équipe soignante en journée n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Log a temperature with %1.</source>
        <translation>Notez une température avec %1.</translation>
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
        <translation> — à votre niveau habituel</translation>
    </message>
    <message>
        <source> — old result: ask when your next blood test is</source>
        <translation> — résultat ancien : demandez quand aura lieu votre prochaine prise de sang</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Pas encore de résultat</translation>
    </message>
    <message>
        <source>Log a blood count with %1.</source>
        <translation>Notez une analyse de sang avec %1.</translation>
    </message>
    <message>
        <source>Your usual level, set by your clinic: %1/µL.</source>
        <translation>Votre niveau habituel, fixé par votre clinique : %1/µL.</translation>
    </message>
    <message>
        <source>Day %1 after chemotherapy</source>
        <translation>Jour %1 après la chimiothérapie</translation>
    </message>
    <message>
        <source>In the expected low-count days (%1 – %2)</source>
        <translation>Pendant les jours de défenses basses prévus (%1 – %2)</translation>
    </message>
    <message>
        <source>Expected low-count days: %1 – %2</source>
        <translation>Jours de défenses basses prévus : %1 – %2</translation>
    </message>
    <message>
        <source>. A prediction, not a blood count.</source>
        <translation>. C&apos;est une prévision, pas une analyse de sang.</translation>
    </message>
    <message>
        <source> May be shorter with G-CSF.</source>
        <translation> Peut-être moins longtemps avec le G-CSF.</translation>
    </message>
    <message>
        <source>No recent chemotherapy</source>
        <translation>Pas de chimiothérapie récente</translation>
    </message>
    <message>
        <source>Log a treatment with %1.</source>
        <translation>Notez un traitement avec %1.</translation>
    </message>
</context>
<context>
    <name>nc::TreatmentDialog</name>
    <message>
        <source>Edit treatment</source>
        <translation>Modifier le traitement</translation>
    </message>
    <message>
        <source>Log a treatment</source>
        <translation>Noter un traitement</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>&amp;Treatment</source>
        <translation>&amp;Traitement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Regimen (optional)</source>
        <translation>Schéma (facultatif)</translation>
    </message>
    <message>
        <source>for example FEC-T, cycle 2</source>
        <translation>par exemple FEC-T, cure 2</translation>
    </message>
    <message>
        <source>&amp;Regimen (optional)</source>
        <translation>&amp;Schéma (facultatif)</translation>
    </message>
    <message>
        <source>My team gave me different low-count days for this regimen</source>
        <translation>Mon équipe m&apos;a donné d&apos;autres jours de défenses basses pour ce schéma</translation>
    </message>
    <message>
        <source>Use different low-count days</source>
        <translation>Utiliser d&apos;autres jours de défenses basses</translation>
    </message>
    <message>
        <source>Low-count days start, days after the dose</source>
        <translation>Début des jours de défenses basses, en jours après la dose</translation>
    </message>
    <message>
        <source>Low-count days end, days after the dose</source>
        <translation>Fin des jours de défenses basses, en jours après la dose</translation>
    </message>
    <message>
        <source>from day</source>
        <translation>du jour</translation>
    </message>
    <message>
        <source>to day</source>
        <translation>au jour</translation>
    </message>
    <message>
        <source>Low-count days</source>
        <translation>Jours de défenses basses</translation>
    </message>
    <message>
        <source>The last low-count day cannot be before the first.</source>
        <translation>Le dernier jour de défenses basses ne peut pas être avant le premier.</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Log treatment</source>
        <translation>Noter le traitement</translation>
    </message>
</context>
<context>
    <name>nc::TriageStore</name>
    <message>
        <source>The triage desk works on the clinic&apos;s server, not on a file.</source>
        <translation>Le poste de triage fonctionne sur le serveur de la clinique, pas sur un fichier.</translation>
    </message>
    <message>
        <source>This login is not one of the clinic&apos;s NeutroCare logins. Ask the clinic&apos;s NeutroCare administrator for a staff login.</source>
        <translation>Cet identifiant ne fait pas partie des identifiants NeutroCare de la clinique. Demandez un identifiant du personnel à l&apos;administrateur NeutroCare de la clinique.</translation>
    </message>
    <message>
        <source>This is a %1 login: the triage desk is for clinic staff only. Patients and caregivers use NeutroCare itself.</source>
        <translation>C&apos;est un identifiant %1 : le poste de triage est réservé au personnel de la clinique. Les patients et les aidants utilisent l&apos;application NeutroCare elle-même.</translation>
    </message>
    <message>
        <source>patient&apos;s</source>
        <translation>de patient</translation>
    </message>
    <message>
        <source>caregiver&apos;s</source>
        <translation>d&apos;aidant</translation>
    </message>
    <message>
        <source>This server was set up before the triage desk. Ask the administrator to run: neutrocare-cli server init</source>
        <translation>Ce serveur a été préparé avant l&apos;arrivée du poste de triage. Demandez à l&apos;administrateur d&apos;exécuter : neutrocare-cli server init</translation>
    </message>
    <message>
        <source>Choose the patient the call is about.</source>
        <translation>Choisissez le patient concerné par l&apos;appel.</translation>
    </message>
    <message>
        <source>The disposition is less urgent than the one suggested (%1): say why.</source>
        <translation>L&apos;orientation est moins urgente que celle suggérée (%1) : indiquez pourquoi.</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Nom de l&apos;appelant</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien avec le patient</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>Numéro de rappel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>That call has no follow-up to mark as made.</source>
        <translation>Cet appel n&apos;a aucun suivi à marquer comme effectué.</translation>
    </message>
</context>
<context>
    <name>nc::WalletCard</name>
    <message>
        <source>Chemotherapy alert card</source>
        <translation>Carte d&apos;alerte chimiothérapie</translation>
    </message>
    <message>
        <source>TEMPERATURE TRIGGERS — %1</source>
        <translation>SEUILS DE TEMPÉRATURE — %1</translation>
    </message>
    <message>
        <source>⚠ CHEMOTHERAPY ALERT</source>
        <translation>⚠ ALERTE CHIMIOTHÉRAPIE</translation>
    </message>
    <message>
        <source>At risk of neutropenic sepsis — please read the back</source>
        <translation>Risque de sepsis neutropénique — merci de lire au verso</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>REGIMEN</source>
        <translation>SCHÉMA</translation>
    </message>
    <message>
        <source>LAST TREATMENT</source>
        <translation>DERNIER TRAITEMENT</translation>
    </message>
    <message>
        <source>CARE TEAM</source>
        <translation>ÉQUIPE SOIGNANTE</translation>
    </message>
    <message>
        <source>CARE TEAM — %1</source>
        <translation>ÉQUIPE SOIGNANTE — %1</translation>
    </message>
    <message>
        <source>In hours</source>
        <translation>Aux heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>Hors des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>FOR EMERGENCY STAFF</source>
        <translation>POUR LE PERSONNEL DES URGENCES</translation>
    </message>
    <message>
        <source>Possible neutropenic sepsis: treat as an emergency</source>
        <translation>Sepsis neutropénique possible : à traiter comme une urgence</translation>
    </message>
    <message>
        <source>This person is on chemotherapy and at risk of neutropenic sepsis.</source>
        <translation>Cette personne est sous chimiothérapie et à risque de sepsis neutropénique.</translation>
    </message>
    <message>
        <source>Assess at once and give antibiotics within one hour — do not wait for the blood count.</source>
        <translation>Évaluer immédiatement et administrer des antibiotiques dans l&apos;heure — ne pas attendre le résultat de la numération sanguine.</translation>
    </message>
    <message>
        <source>Oncology team:</source>
        <translation>Équipe d&apos;oncologie :</translation>
    </message>
    <message>
        <source>out of hours</source>
        <translation>hors des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Cut along the marks, fold along the dashed line with the printed sides out, and keep the card with you. Show it at any hospital or urgent care.</source>
        <translation>Découpez le long des repères, pliez le long de la ligne pointillée, faces imprimées vers l&apos;extérieur, et gardez la carte sur vous. Montrez-la dans n&apos;importe quel hôpital ou service d&apos;urgences.</translation>
    </message>
    <message>
        <source>Left: the front, for you. Right: the back, for emergency staff.
Print at actual size (not “fit to page”): folded, the card is %1 × %2 mm.</source>
        <translation>À gauche : le recto, pour vous. À droite : le verso, pour le personnel des urgences.
Imprimez en taille réelle (pas « ajuster à la page ») : une fois pliée, la carte mesure %1 × %2 mm.</translation>
    </message>
</context>
<context>
    <name>nc::WhenToCallSheet</name>
    <message>
        <source>When to call your care team</source>
        <translation>Quand appeler votre équipe soignante</translation>
    </message>
    <message>
        <source>Protocol: %1 (set by your clinic).</source>
        <translation>Protocole : %1 (fixé par votre clinique).</translation>
    </message>
    <message>
        <source>Protocol: %1 — %2.</source>
        <translation>Protocole : %1 — %2.</translation>
    </message>
    <message>
        <source>An infection during chemotherapy can turn serious within hours. Keep this by the phone.</source>
        <translation>Pendant une chimiothérapie, une infection peut devenir grave en quelques heures. Gardez cette fiche près du téléphone.</translation>
    </message>
    <message>
        <source>⚠ Call now — day or night</source>
        <translation>⚠ Appelez maintenant — de jour comme de nuit</translation>
    </message>
    <message>
        <source>Do not wait until the morning.</source>
        <translation>N&apos;attendez pas le lendemain matin.</translation>
    </message>
    <message>
        <source>Your temperature is</source>
        <translation>Votre température est de</translation>
    </message>
    <message>
        <source>or it stays</source>
        <translation>ou elle reste à</translation>
    </message>
    <message>
        <source>for %1 or longer</source>
        <translation>pendant %1 ou plus</translation>
    </message>
    <message>
        <source>or it is</source>
        <translation>ou elle est de</translation>
    </message>
    <message>
        <source>or you have any of these, whatever your temperature:</source>
        <translation>ou vous avez l&apos;un de ces signes, quelle que soit votre température :</translation>
    </message>
    <message>
        <source>In hours</source>
        <translation>Aux heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Out of hours, nights and weekends</source>
        <translation>Hors des heures d&apos;ouverture, la nuit et le week-end</translation>
    </message>
    <message>
        <source>No answer? Go to the nearest emergency department or call your emergency number.</source>
        <translation>Pas de réponse ? Allez aux urgences les plus proches ou appelez le numéro d&apos;urgence.</translation>
    </message>
    <message>
        <source>Call the same day</source>
        <translation>Appelez le jour même</translation>
    </message>
    <message>
        <source>if you have one of these. Two or more of them: call now.</source>
        <translation>si vous avez l&apos;un de ces signes. Si vous en avez deux ou plus : appelez maintenant.</translation>
    </message>
    <message>
        <source>Temperature %1?</source>
        <translation>Température de %1 ?</translation>
    </message>
    <message>
        <source>Take it again within %1. Call if it stays there or you feel worse.</source>
        <translation>Reprenez-la d&apos;ici %1. Appelez si elle reste à ce niveau ou si vous vous sentez moins bien.</translation>
    </message>
    <message>
        <source>When you call, say:</source>
        <translation>Quand vous appelez, dites :</translation>
    </message>
    <message>
        <source>I am having chemotherapy. My temperature is ______. My last treatment was on ______.</source>
        <translation>Je suis sous chimiothérapie. Ma température est de ______. Mon dernier traitement date du ______.</translation>
    </message>
    <message>
        <source>Calling for someone?</source>
        <translation>Vous appelez pour quelqu&apos;un ?</translation>
    </message>
    <message>
        <source>My %1, %2, is having chemotherapy. Their temperature is ______. Their last treatment was on ______.</source>
        <translation>Mon/ma %1, %2, est sous chimiothérapie. Sa température est de ______. Son dernier traitement date du ______.</translation>
    </message>
    <message>
        <source>Check your temperature before paracetamol (acetaminophen) or ibuprofen; if high, call first. After a dose, if you feel hot, shivery or unwell, call even if the reading is normal.</source>
        <translation>Prenez votre température avant de prendre du paracétamol (acétaminophène) ou de l&apos;ibuprofène ; si elle est élevée, appelez d&apos;abord. Après une prise, si vous avez chaud, des frissons ou si vous ne vous sentez pas bien, appelez même si la mesure est normale.</translation>
    </message>
    <message>
        <source>Take it by mouth (or as your team showed you) — never in the bottom.</source>
        <translation>Prenez-la dans la bouche (ou comme votre équipe vous l&apos;a montré) — jamais dans l&apos;anus.</translation>
    </message>
    <message>
        <source>A fever usually needs antibiotics within an hour of arriving: go straight away if told to.</source>
        <translation>En cas de fièvre, il faut généralement des antibiotiques dans l&apos;heure qui suit l&apos;arrivée : partez tout de suite si on vous le dit.</translation>
    </message>
</context>
<context>
    <name>nc::antipyretics</name>
    <message>
        <source>Paracetamol</source>
        <translation>Paracétamol</translation>
    </message>
    <message>
        <source>Acetaminophen (Tylenol)</source>
        <translation>Acétaminophène (Tylenol)</translation>
    </message>
    <message>
        <source>Ibuprofen</source>
        <translation>Ibuprofène</translation>
    </message>
    <message>
        <source>Naproxen</source>
        <translation>Naproxène</translation>
    </message>
    <message>
        <source>Aspirin</source>
        <translation>Aspirine</translation>
    </message>
    <message>
        <source>Another anti-inflammatory painkiller (NSAID)</source>
        <translation>Un autre antidouleur anti-inflammatoire (AINS)</translation>
    </message>
</context>
<context>
    <name>nc::assessjson</name>
    <message>
        <source>unknown protocol preset &quot;%1&quot;</source>
        <translation>préréglage de protocole inconnu « %1 »</translation>
    </message>
    <message>
        <source>must be a preset id or a protocol object</source>
        <translation>doit être l&apos;id d&apos;un préréglage ou un objet de protocole</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site de mesure</translation>
    </message>
    <message>
        <source>a WBC needs its differential (neutrophils_pct, or segs_pct with optional bands_pct)</source>
        <translation>un nombre de globules blancs (wbc) nécessite sa formule leucocytaire (neutrophils_pct, ou segs_pct avec bands_pct facultatif)</translation>
    </message>
    <message>
        <source>must be exactly one of: anc; wbc with neutrophils_pct; wbc with segs_pct and optional bands_pct</source>
        <translation>doit être exactement l&apos;une de ces options : anc ; wbc avec neutrophils_pct ; wbc avec segs_pct et bands_pct facultatif</translation>
    </message>
    <message>
        <source>treatment kind</source>
        <translation>type de traitement</translation>
    </message>
    <message>
        <source>is not a date like 2026-03-01</source>
        <translation>n&apos;est pas une date comme 2026-03-01</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 365</source>
        <translation>doit être un nombre entier de jours de 0 à 365</translation>
    </message>
    <message>
        <source>must be at least 1000 cells/µL</source>
        <translation>doit être d&apos;au moins 1000 cellules/µL</translation>
    </message>
    <message>
        <source>the document must be one JSON object</source>
        <translation>le document doit être un seul objet JSON</translation>
    </message>
    <message>
        <source>symptom code</source>
        <translation>code de symptôme</translation>
    </message>
    <message>
        <source>antipyretic</source>
        <translation>antipyrétique</translation>
    </message>
</context>
<context>
    <name>nc::callerKinds</name>
    <message>
        <source>The patient</source>
        <translation>Le patient</translation>
    </message>
    <message>
        <source>A caregiver</source>
        <translation>Un proche aidant</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
</context>
<context>
    <name>nc::charts::AncChart</name>
    <message>
        <source>Blood count: neutrophils (ANC)</source>
        <translation>Analyse de sang : neutrophiles (PNN)</translation>
    </message>
    <message>
        <source>ANC measured by the lab</source>
        <translation>PNN mesuré par le laboratoire</translation>
    </message>
    <message>
        <source>ANC worked out from the white count</source>
        <translation>PNN calculé à partir des globules blancs</translation>
    </message>
    <message>
        <source>Usual level (set by clinic)</source>
        <translation>Niveau habituel (fixé par la clinique)</translation>
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
        <translation>%1/µL et plus</translation>
    </message>
    <message>
        <source>below %1/µL</source>
        <translation>moins de %1/µL</translation>
    </message>
    <message>
        <source>%1 to under %2/µL</source>
        <translation>de %1 à moins de %2/µL</translation>
    </message>
    <message>
        <source>Usual level set by the clinic: %1/µL</source>
        <translation>Niveau habituel fixé par la clinique : %1/µL</translation>
    </message>
    <message>
        <source>Lower limit of normal set by the clinic: %1/µL</source>
        <translation>Limite inférieure de la normale fixée par la clinique : %1/µL</translation>
    </message>
    <message>
        <source>Latest count is 1 day old: out of date</source>
        <translation>Le dernier résultat date d&apos;il y a 1 jour : pas à jour</translation>
    </message>
    <message>
        <source>ANC (cells/µL, log scale)</source>
        <translation>PNN (cellules/µL, échelle log.)</translation>
    </message>
    <message>
        <source>No blood counts in this period.
Log a blood count from your lab results (Log ▸ Blood count, Ctrl+B) to see it here.</source>
        <translation>Aucune analyse de sang sur cette période.
Notez une analyse de sang à partir de vos résultats de laboratoire (Noter ▸ Analyse de sang, Ctrl+B) pour la voir ici.</translation>
    </message>
    <message>
        <source>ANC %1/µL (%2)</source>
        <translation>PNN %1/µL (%2)</translation>
    </message>
    <message>
        <source>Measured by the lab</source>
        <translation>Mesuré par le laboratoire</translation>
    </message>
    <message>
        <source>Worked out from the white count and differential</source>
        <translation>Calculé à partir des globules blancs et de la formule leucocytaire</translation>
    </message>
    <message>
        <source>Lab: %1</source>
        <translation>Laboratoire : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message numerus="yes">
        <source>Latest count is %n days old: out of date</source>
        <translation>
            <numerusform>Le dernier résultat date d&apos;il y a %n jour : pas à jour</numerusform>
            <numerusform>Le dernier résultat date d&apos;il y a %n jours : pas à jour</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::charts::ChartRanges</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This cycle</source>
        <translation>Cette cure</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Choisir les dates</translation>
    </message>
</context>
<context>
    <name>nc::charts::ChartRenderer</name>
    <message>
        <source>Could not write the picture to %1.</source>
        <translation>Impossible d&apos;enregistrer l&apos;image dans %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>NeutroCare charts</source>
        <translation>Graphiques NeutroCare</translation>
    </message>
    <message>
        <source>Temperature and blood count from %1 to %2</source>
        <translation>Température et analyses de sang du %1 au %2</translation>
    </message>
</context>
<context>
    <name>nc::charts::ChartsScreen</name>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Period to show</source>
        <translation>Période à afficher</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>First day to show</source>
        <translation>Premier jour à afficher</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Last day to show</source>
        <translation>Dernier jour à afficher</translation>
    </message>
    <message>
        <source>Save &amp;picture…</source>
        <translation>Enregistrer l&apos;&amp;image…</translation>
    </message>
    <message>
        <source>Save the charts as a PNG picture</source>
        <translation>Enregistrer les graphiques en image PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Enregistrer en S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the charts as an SVG drawing</source>
        <translation>Enregistrer les graphiques en dessin SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the charts to the clipboard</source>
        <translation>Copier les graphiques dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Réinitialiser la vue</translation>
    </message>
    <message>
        <source>Reset pan and zoom</source>
        <translation>Réinitialiser le déplacement et le zoom</translation>
    </message>
    <message>
        <source>Temperature chart</source>
        <translation>Graphique de température</translation>
    </message>
    <message>
        <source>Blood count chart</source>
        <translation>Graphique des analyses de sang</translation>
    </message>
    <message>
        <source>%1 to %2. Drag or use the arrow keys to move in time, the mouse wheel or + and − to zoom, Home to go back. Point at a reading to see its details.</source>
        <translation>Du %1 au %2. Faites glisser ou utilisez les flèches du clavier pour vous déplacer dans le temps, la molette de la souris ou + et − pour zoomer, la touche Début (Home) pour revenir. Pointez une mesure pour en voir le détail.</translation>
    </message>
    <message>
        <source>1 temperature reading from %1 to %2.</source>
        <translation>1 mesure de température du %1 au %2.</translation>
    </message>
    <message>
        <source>%1 temperature readings from %2 to %3.</source>
        <translation>%1 mesures de température du %2 au %3.</translation>
    </message>
    <message>
        <source>1 blood count from %1 to %2.</source>
        <translation>1 analyse de sang du %1 au %2.</translation>
    </message>
    <message>
        <source>%1 blood counts from %2 to %3.</source>
        <translation>%1 analyses de sang du %2 au %3.</translation>
    </message>
    <message>
        <source>neutrocare-charts-%1</source>
        <translation>neutrocare-graphiques-%1</translation>
    </message>
    <message>
        <source>Save the charts</source>
        <translation>Enregistrer les graphiques</translation>
    </message>
    <message>
        <source>The charts were not saved</source>
        <translation>Les graphiques n&apos;ont pas été enregistrés</translation>
    </message>
</context>
<context>
    <name>nc::charts::TemperatureChart</name>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Fever or too low: call now</source>
        <translation>Fièvre ou trop basse : appelez maintenant</translation>
    </message>
    <message>
        <source>May be masked by a fever medicine</source>
        <translation>Peut être masquée par un médicament contre la fièvre</translation>
    </message>
</context>
<context>
    <name>nc::charts::TemperatureChartModel</name>
    <message>
        <source>Fever, call now</source>
        <translation>Fièvre, appelez maintenant</translation>
    </message>
    <message>
        <source>Fever if it lasts %1 min</source>
        <translation>Fièvre si cela dure %1 min</translation>
    </message>
    <message>
        <source>Watch, check again</source>
        <translation>À surveiller, reprenez la température</translation>
    </message>
    <message>
        <source>Too low, call now</source>
        <translation>Trop basse, appelez maintenant</translation>
    </message>
    <message>
        <source>Temperature (%1)</source>
        <translation>Température (%1)</translation>
    </message>
    <message>
        <source>No temperatures in this period.
Log a temperature (Log ▸ Temperature, Ctrl+T) to see it here.</source>
        <translation>Aucune température sur cette période.
Notez une température (Noter ▸ Température, Ctrl+T) pour la voir ici.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Fever: call your care team</source>
        <translation>Fièvre : appelez votre équipe soignante</translation>
    </message>
    <message>
        <source>Too low: call your care team</source>
        <translation>Trop basse : appelez votre équipe soignante</translation>
    </message>
    <message>
        <source>May be masked: taken within %1 h of a fever-lowering medicine</source>
        <translation>Peut-être masquée : prise moins de %1 h après un médicament contre la fièvre</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
</context>
<context>
    <name>nc::charts::TimeChart</name>
    <message>
        <source>Chemotherapy dose</source>
        <translation>Dose de chimiothérapie</translation>
    </message>
    <message>
        <source>G-CSF injection</source>
        <translation>Injection de G-CSF</translation>
    </message>
    <message>
        <source>Predicted low-count days (not a blood count)</source>
        <translation>Jours de défenses basses prévus (prévision, pas une analyse de sang)</translation>
    </message>
    <message>
        <source>Chemo</source>
        <translation>Chimio</translation>
    </message>
    <message>
        <source>Chemo: %1</source>
        <translation>Chimio : %1</translation>
    </message>
</context>
<context>
    <name>nc::charts::TreatmentOverlay</name>
    <message>
        <source>Low-count days: predicted, not a blood count (may be shorter with G-CSF)</source>
        <translation>Jours de défenses basses : prévision, pas une analyse de sang (peut-être moins longtemps avec le G-CSF)</translation>
    </message>
    <message>
        <source>Low-count days: predicted, not a blood count</source>
        <translation>Jours de défenses basses : prévision, pas une analyse de sang</translation>
    </message>
    <message>
        <source>Predicted, not a blood count</source>
        <translation>Prévision, pas une analyse de sang</translation>
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
        <translation>assess : n&apos;accepte aucun argument ; la commande lit stdin</translation>
    </message>
    <message>
        <source>cannot read stdin</source>
        <translation>impossible de lire stdin</translation>
    </message>
    <message>
        <source>score: takes no arguments; it reads stdin</source>
        <translation>score : n&apos;accepte aucun argument ; la commande lit stdin</translation>
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
        <translation>Outil en ligne de commande de NeutroCare.

Commandes :
  assess                       lire une demande d&apos;évaluation (JSON) sur stdin, écrire le résultat (JSON)
  score                        lire des items MASCC et/ou CISNE (JSON) sur stdin, écrire chaque score
                               et sa classe (JSON) : aide à la décision pour les cliniciens
  patients --db PATH [--add NAME]  lister les profils, ou en créer un et afficher son identifiant
  backup --db PATH [-o FILE]   sauvegarder la base (par défaut : dans son dossier de sauvegarde) ;
                               affiche le fichier
  restore --db PATH FILE       vérifier FILE, sauvegarder la base, puis la remplacer par FILE
  check --db PATH              vérifier le fichier de la base : affiche ok, ou ce qui ne va pas (code 1)
  import --db PATH --patient ID --format csv|fhir FILE
                               lire des enregistrements (FILE - = stdin) ; tout ou rien ; affiche ce
                               qui a été enregistré et ce qui a été ignoré (doublons, codes non
                               suivis, résultats saisis par erreur)
  export --db PATH --patient ID --format csv|fhir FILE
                               écrire les enregistrements du profil (FILE - = stdout) ; FHIR contient
                               les températures et les résultats de laboratoire
  sheet --topic ID [--lang CODE] [--db PATH --patient ID] -o FILE.pdf
                               imprimer une fiche d&apos;information (sheet --list : les sujets), avec le
                               protocole, les numéros, l&apos;unité et la langue du profil s&apos;il est indiqué
  card --db PATH --patient ID [--lang CODE] [--staff-lang CODE] [--name NAME] -o FILE.pdf
                               imprimer la carte d&apos;alerte de poche ; le verso en --staff-lang, et
                               dans les deux langues si elles diffèrent
  report --db PATH --patient ID --from DATE --to DATE -o FILE.pdf [--include-notes]
                               imprimer le rapport pour l&apos;aidant ou la clinique (dates YYYY-MM-DD)
  L&apos;impression accepte --paper a4|letter (par défaut a4).

  server init --db URI [--backup-dir DIR]
                               préparer ou mettre à niveau le serveur PostgreSQL d&apos;une clinique :
                               rôles, schéma, sécurité au niveau des lignes et journal d&apos;audit
                               (pg_dump d&apos;abord s&apos;il contient des données) ; peut être relancé
                               sans risque
  server add-user --db URI --role admin|staff|patient|caregiver --login NAME [--patient ID]
                               ajouter un identifiant ; son mot de passe est lu sur stdin (une ligne)
  server link --db URI --caregiver LOGIN --patient ID
                               permettre à un identifiant d&apos;aidant de lire les données d&apos;un patient
  server users --db URI        lister les identifiants : nom, rôle, patients
  link --db PATH --patient ID --server URI --login NAME [--keep-password keyring|password-file]
                               relier un profil au serveur de sa clinique avec l&apos;identifiant donné
                               par la clinique ; le mot de passe est lu sur stdin et conservé dans
                               le trousseau du bureau (ou dans le fichier de mots de passe de libpq,
                               lisible par vous uniquement)
  sync --db PATH [--patient ID]  envoyer ce qui a changé depuis la dernière synchronisation ; affiche
                               ce qui a été envoyé et ce qui reste en attente (code 1 : serveur
                               injoignable ou refus du serveur, en une ligne)
  unlink --db PATH --patient ID  supprimer la liaison ; tout reste sur cet ordinateur
  --db accepte un chemin de fichier ou un serveur PostgreSQL (postgresql://… ou host=… dbname=…) ;
  le mot de passe d&apos;un serveur vient de libpq (~/.pgpass, PGPASSWORD), jamais de la ligne de commande.

Codes de sortie : 0 succès, 2 entrée incorrecte (une ligne sur stderr nommant le champ), 1 autres échecs.</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1 : est obligatoire</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--db: %1: no such database</source>
        <translation>--db : %1 : base de données introuvable</translation>
    </message>
    <message>
        <source>--patient: there is no profile with the id %1</source>
        <translation>--patient : il n&apos;existe aucun profil avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>expects one backup FILE</source>
        <translation>attend un seul fichier de sauvegarde FILE</translation>
    </message>
    <message>
        <source>takes no FILE argument</source>
        <translation>n&apos;accepte aucun argument FILE</translation>
    </message>
    <message>
        <source>--db names a PostgreSQL server; this command is for NeutroCare&apos;s own database files. Use %1 (docs/clinic-server.md).</source>
        <translation>--db désigne un serveur PostgreSQL ; cette commande concerne les fichiers de base de données propres à NeutroCare. Utilisez %1 (docs/clinic-server.md).</translation>
    </message>
    <message>
        <source>Create a profile named &lt;name&gt;; prints its id.</source>
        <translation>Créer un profil nommé &lt;name&gt; ; affiche son identifiant.</translation>
    </message>
    <message>
        <source>--add: the name is empty</source>
        <translation>--add : le nom est vide</translation>
    </message>
    <message>
        <source>Write the backup to &lt;file&gt; instead of the backups folder.</source>
        <translation>Écrire la sauvegarde dans &lt;file&gt; au lieu du dossier de sauvegarde.</translation>
    </message>
    <message>
        <source>%1: already exists; a backup never overwrites a file</source>
        <translation>%1 : existe déjà ; une sauvegarde n&apos;écrase jamais un fichier</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1 : %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s amcheck extension</source>
        <translation>l&apos;extension amcheck de PostgreSQL</translation>
    </message>
    <message>
        <source>csv or fhir.</source>
        <translation>csv ou fhir.</translation>
    </message>
    <message>
        <source>The file, or - for %1.</source>
        <translation>Le fichier, ou - pour %1.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or fhir</source>
        <translation>--format : « %1 » n&apos;est ni csv ni fhir</translation>
    </message>
    <message>
        <source>give one FILE, or - for %1</source>
        <translation>indiquez un seul FILE, ou - pour %1</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>impossible d&apos;écrire sur stdout</translation>
    </message>
    <message>
        <source> (and %1 more errors)</source>
        <translation> (et %1 erreur(s) de plus)</translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation> ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1 ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>The clinic&apos;s server: postgresql://host/database or host=… dbname=….</source>
        <translation>Le serveur de la clinique : postgresql://host/database ou host=… dbname=….</translation>
    </message>
    <message>
        <source>The login the clinic gave for this patient.</source>
        <translation>L&apos;identifiant donné par la clinique pour ce patient.</translation>
    </message>
    <message>
        <source>Where the password is kept: keyring (the desktop&apos;s, the default) or password-file (libpq&apos;s, readable only by you).</source>
        <translation>Où conserver le mot de passe : keyring (le trousseau du bureau, par défaut) ou password-file (le fichier de mots de passe de libpq, lisible par vous uniquement).</translation>
    </message>
    <message>
        <source>--keep-password: &quot;%1&quot; is not keyring or password-file</source>
        <translation>--keep-password : « %1 » n&apos;est ni keyring ni password-file</translation>
    </message>
    <message>
        <source>--db: a link starts from a patient&apos;s own file, not a server</source>
        <translation>--db : une liaison part du fichier propre au patient, pas d&apos;un serveur</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>stdin: the password is empty; give it as one line on stdin</source>
        <translation>stdin : le mot de passe est vide ; indiquez-le en une seule ligne sur stdin</translation>
    </message>
    <message>
        <source> To keep it in libpq&apos;s password file instead (readable only by you), run link again with --keep-password password-file.</source>
        <translation> Pour le conserver plutôt dans le fichier de mots de passe de libpq (lisible par vous uniquement), relancez link avec --keep-password password-file.</translation>
    </message>
    <message>
        <source>--patient: profile %1 is not linked to a clinic (see link)</source>
        <translation>--patient : le profil %1 n&apos;est relié à aucune clinique (voir link)</translation>
    </message>
    <message>
        <source>--db: no profile in it is linked to a clinic (see link)</source>
        <translation>--db : aucun de ses profils n&apos;est relié à une clinique (voir link)</translation>
    </message>
    <message>
        <source>profile %1: %2 (%3 records still to send)</source>
        <translation>profil %1 : %2 (%3 entrées encore en attente d&apos;envoi)</translation>
    </message>
    <message>
        <source>--patient: profile %1 is not linked</source>
        <translation>--patient : le profil %1 n&apos;est pas relié</translation>
    </message>
    <message>
        <source>no command given; see --help</source>
        <translation>aucune commande indiquée ; voir --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>commande inconnue « %1 » ; voir --help</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Le PDF à écrire.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (par défaut) ou letter.</translation>
    </message>
    <message>
        <source>--paper: &quot;%1&quot; is not a4 or letter</source>
        <translation>--paper : « %1 » n&apos;est ni a4 ni letter</translation>
    </message>
    <message>
        <source>List the topics, one id and title a line.</source>
        <translation>Lister les sujets, un identifiant et un titre par ligne.</translation>
    </message>
    <message>
        <source>The topic id (see --list).</source>
        <translation>L&apos;identifiant du sujet (voir --list).</translation>
    </message>
    <message>
        <source>The language code (default: the patient&apos;s, else en).</source>
        <translation>Le code de langue (par défaut : celle du patient, sinon en).</translation>
    </message>
    <message>
        <source>A protocol preset id or a clinic&apos;s protocol file (default: the patient&apos;s, else us-idsa).</source>
        <translation>L&apos;identifiant d&apos;un préréglage de protocole ou le fichier de protocole d&apos;une clinique (par défaut : celui du patient, sinon us-idsa).</translation>
    </message>
    <message>
        <source>C or F (default: the patient&apos;s, else C).</source>
        <translation>C ou F (par défaut : l&apos;unité du patient, sinon C).</translation>
    </message>
    <message>
        <source>The clinic&apos;s name for the header.</source>
        <translation>Le nom de la clinique pour l&apos;en-tête.</translation>
    </message>
    <message>
        <source>The care team&apos;s number in hours.</source>
        <translation>Le numéro de l&apos;équipe soignante aux heures d&apos;ouverture.</translation>
    </message>
    <message>
        <source>The care team&apos;s number out of hours.</source>
        <translation>Le numéro de l&apos;équipe soignante hors des heures d&apos;ouverture.</translation>
    </message>
    <message>
        <source>--lang: no content in &quot;%1&quot; (there is: %2)</source>
        <translation>--lang : aucun contenu en « %1 » (disponibles : %2)</translation>
    </message>
    <message>
        <source>--topic: is required (see --list)</source>
        <translation>--topic : est obligatoire (voir --list)</translation>
    </message>
    <message>
        <source>--topic: unknown topic &quot;%1&quot; (see --list)</source>
        <translation>--topic : sujet inconnu « %1 » (voir --list)</translation>
    </message>
    <message>
        <source>--protocol: &quot;%1&quot; is neither a preset nor a readable file</source>
        <translation>--protocol : « %1 » n&apos;est ni un préréglage ni un fichier lisible</translation>
    </message>
    <message>
        <source>--unit: &quot;%1&quot; is not C or F</source>
        <translation>--unit : « %1 » n&apos;est ni C ni F</translation>
    </message>
    <message>
        <source>The language of the page and the front (default: the patient&apos;s).</source>
        <translation>La langue de la page et du recto (par défaut : celle du patient).</translation>
    </message>
    <message>
        <source>The language of the back, for emergency staff (default: the clinic&apos;s as last chosen, else --lang); when it differs, the back speaks both.</source>
        <translation>La langue du verso, pour le personnel des urgences (par défaut : la dernière langue choisie pour la clinique, sinon --lang) ; si elle est différente, le verso est rédigé dans les deux langues.</translation>
    </message>
    <message>
        <source>The name on the card (default: the name on documents, else the profile&apos;s).</source>
        <translation>Le nom sur la carte (par défaut : le nom utilisé sur les documents, sinon celui du profil).</translation>
    </message>
    <message>
        <source>%1: no language &quot;%2&quot; (there is: %3)</source>
        <translation>%1 : pas de langue « %2 » (disponibles : %3)</translation>
    </message>
    <message>
        <source>--name: the name is empty</source>
        <translation>--name : le nom est vide</translation>
    </message>
    <message>
        <source>cannot read profile %1</source>
        <translation>impossible de lire le profil %1</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation>Le premier jour (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The last day, included (YYYY-MM-DD).</source>
        <translation>Le dernier jour, inclus (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Include the private notes.</source>
        <translation>Inclure les notes privées.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 : « %2 » n&apos;est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--to: %1 is before --from %2</source>
        <translation>--to : %1 est antérieur à --from %2</translation>
    </message>
    <message>
        <source>--db: &quot;%1&quot; is a file; server commands take a PostgreSQL server (postgresql://… or host=… dbname=…)</source>
        <translation>--db : « %1 » est un fichier ; les commandes server demandent un serveur PostgreSQL (postgresql://… ou host=… dbname=…)</translation>
    </message>
    <message>
        <source>Where the pg_dump taken before an upgrade goes (default: NeutroCare&apos;s data folder).</source>
        <translation>Où placer le pg_dump fait avant une mise à niveau (par défaut : le dossier de données de NeutroCare).</translation>
    </message>
    <message>
        <source>admin, staff, patient or caregiver.</source>
        <translation>admin, staff, patient ou caregiver.</translation>
    </message>
    <message>
        <source>The new login&apos;s name.</source>
        <translation>Le nom du nouvel identifiant.</translation>
    </message>
    <message>
        <source>--role: &quot;%1&quot; is not admin, staff, patient or caregiver</source>
        <translation>--role : « %1 » n&apos;est ni admin, ni staff, ni patient, ni caregiver</translation>
    </message>
    <message>
        <source>Password for %1 (one line): </source>
        <translation>Mot de passe pour %1 (une ligne) : </translation>
    </message>
    <message>
        <source>The caregiver&apos;s login.</source>
        <translation>L&apos;identifiant de l&apos;aidant.</translation>
    </message>
    <message>
        <source>server: expects init, add-user, link or users</source>
        <translation>server : attend init, add-user, link ou users</translation>
    </message>
    <message>
        <source>server: unknown command &quot;%1&quot;; expects init, add-user, link or users</source>
        <translation>server : commande inconnue « %1 » ; attend init, add-user, link ou users</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Le fichier de la base de données.</translation>
    </message>
    <message>
        <source>The profile&apos;s id (see patients).</source>
        <translation>L&apos;identifiant du profil (voir patients).</translation>
    </message>
    <message>
        <source>--patient: &quot;%1&quot; is not a profile id</source>
        <translation>--patient : « %1 » n&apos;est pas un identifiant de profil</translation>
    </message>
    <message>
        <source>--patient: &quot;%1&quot; is not a patient id</source>
        <translation>--patient : « %1 » n&apos;est pas un identifiant de patient</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>nc::content::Fill</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Neutrophils per µL</source>
        <translation>Neutrophiles par µL</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>de %1 à moins de %2</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>%1 for %2 minutes or more</source>
        <translation>%1 pendant %2 minutes ou plus</translation>
    </message>
</context>
<context>
    <name>nc::csv</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>give either the anc, or the wbc with its differential, not both</source>
        <translation>indiquez soit anc, soit wbc avec sa formule leucocytaire, mais pas les deux</translation>
    </message>
    <message>
        <source>a blood count needs the anc, or the wbc with its differential</source>
        <translation>une analyse de sang nécessite anc, ou wbc avec sa formule leucocytaire</translation>
    </message>
    <message>
        <source>give both nadir days, or neither</source>
        <translation>indiquez les deux jours de nadir, ou aucun des deux</translation>
    </message>
    <message>
        <source>the last low-count day cannot be before the first</source>
        <translation>le dernier jour de défenses basses ne peut pas être avant le premier</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason code; separate codes with spaces</source>
        <translation>« %1 » n&apos;est pas un code de motif ; séparez les codes par des espaces</translation>
    </message>
    <message>
        <source>the file is empty; it needs the header row</source>
        <translation>le fichier est vide ; il lui faut la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>unknown column; the columns are listed in docs/csv-format.md</source>
        <translation>colonne inconnue ; les colonnes sont listées dans docs/csv-format.md</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>la colonne apparaît deux fois</translation>
    </message>
    <message>
        <source>the header has no kind column</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne kind</translation>
    </message>
    <message>
        <source>has %1 cells but the header has %2</source>
        <translation>a %1 cellules alors que l&apos;en-tête en a %2</translation>
    </message>
</context>
<context>
    <name>nc::csv::RecordStream</name>
    <message>
        <source>a quoted cell is never closed</source>
        <translation>une cellule entre guillemets n&apos;est jamais fermée</translation>
    </message>
    <message>
        <source>text follows the closing quote; write a quote inside a quoted cell as two quotes</source>
        <translation>du texte suit le guillemet fermant ; dans une cellule entre guillemets, écrivez un guillemet en le doublant</translation>
    </message>
    <message>
        <source>a quote inside a cell that does not start with one; quote the whole cell</source>
        <translation>un guillemet dans une cellule qui ne commence pas par un guillemet ; mettez toute la cellule entre guillemets</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 ; enregistrez-le au format « CSV UTF-8 » et réessayez</translation>
    </message>
</context>
<context>
    <name>nc::csv::RowReader</name>
    <message>
        <source>is not used in %1 rows; leave it empty</source>
        <translation>n&apos;est pas utilisé dans les lignes de type %1 ; laissez-le vide</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time with an offset, like 2026-03-10T08:00:00+01:00</source>
        <translation>n&apos;est pas une heure ISO 8601 avec décalage horaire, comme 2026-03-10T08:00:00+01:00</translation>
    </message>
    <message>
        <source>is not a date like 2026-03-10</source>
        <translation>n&apos;est pas une date comme 2026-03-10</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a dot for decimals)</source>
        <translation>« %1 » n&apos;est pas un nombre (utilisez un point pour les décimales)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of days</source>
        <translation>« %1 » n&apos;est pas un nombre entier de jours</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known code (see docs/csv-format.md)</source>
        <translation>« %1 » n&apos;est pas un code connu (voir docs/csv-format.md)</translation>
    </message>
</context>
<context>
    <name>nc::dispositions</name>
    <message>
        <source>Self-care advice, call back if worse</source>
        <translation>Conseils d&apos;autosoins, rappeler en cas d&apos;aggravation</translation>
    </message>
    <message>
        <source>Review within 24 hours</source>
        <translation>Consultation dans les 24 heures</translation>
    </message>
    <message>
        <source>Attend now: come in or go to the emergency department</source>
        <translation>Venir maintenant : à la clinique ou aux urgences</translation>
    </message>
</context>
<context>
    <name>nc::fhir</name>
    <message>
        <source>(an observation without a code)</source>
        <translation>(une observation sans code)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>JSON non valide : %1 au caractère %2</translation>
    </message>
    <message>
        <source>not a FHIR resource (a JSON object)</source>
        <translation>pas une ressource FHIR (un objet JSON)</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Bundle or an Observation</source>
        <translation>« %1 » n&apos;est ni un Bundle ni une Observation</translation>
    </message>
</context>
<context>
    <name>nc::fhir::Reader</name>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>entry %1 (Observation %2)</source>
        <translation>entrée %1 (Observation %2)</translation>
    </message>
    <message>
        <source>is required: a result without a time cannot be placed</source>
        <translation>est obligatoire : un résultat sans date ni heure ne peut pas être situé dans le temps</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time with an offset, like 2026-03-10T08:00:00+01:00</source>
        <translation>« %1 » n&apos;est pas une date et heure avec décalage horaire, comme 2026-03-10T08:00:00+01:00</translation>
    </message>
    <message>
        <source>is required: this result has no number</source>
        <translation>est obligatoire : ce résultat n&apos;a pas de valeur chiffrée</translation>
    </message>
    <message>
        <source>the lab gave no exact value (&quot;%1&quot;); enter this result by hand</source>
        <translation>le laboratoire n&apos;a pas donné de valeur exacte (« %1 ») ; saisissez ce résultat à la main</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a result NeutroCare can store (final, amended, corrected or preliminary)</source>
        <translation>« %1 » n&apos;est pas un statut de résultat que NeutroCare peut enregistrer (final, amended, corrected ou preliminary)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit for a percentage; expected %</source>
        <translation>« %1 » n&apos;est pas une unité de pourcentage ; % attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a blood count unit NeutroCare reads (10*3/uL, 10*9/L, /uL, cells/uL)</source>
        <translation>« %1 » n&apos;est pas une unité de numération que NeutroCare sait lire (10*3/uL, 10*9/L, /uL, cells/uL)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a temperature unit NeutroCare reads (Cel, [degF])</source>
        <translation>« %1 » n&apos;est pas une unité de température que NeutroCare sait lire (Cel, [degF])</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a measurement site</source>
        <translation>« %1 » n&apos;est pas un site de mesure</translation>
    </message>
    <message>
        <source>the measured ANC of the same time was used</source>
        <translation>le PNN mesuré à la même heure a été utilisé</translation>
    </message>
    <message>
        <source>a second, different %1 at the same time; which one is right cannot be told</source>
        <translation>une seconde valeur de %1, différente, à la même heure ; impossible de savoir laquelle est la bonne</translation>
    </message>
    <message>
        <source>no white cell count at the same time</source>
        <translation>pas de numération des globules blancs à la même heure</translation>
    </message>
    <message>
        <source>no differential at the same time, so no ANC</source>
        <translation>pas de formule leucocytaire à la même heure, donc pas de PNN</translation>
    </message>
    <message>
        <source>the total neutrophil % was used</source>
        <translation>le % total de neutrophiles a été utilisé</translation>
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
        <translation>Neutropénie légère</translation>
    </message>
    <message>
        <source>Moderate neutropenia</source>
        <translation>Neutropénie modérée</translation>
    </message>
    <message>
        <source>Severe neutropenia</source>
        <translation>Neutropénie sévère</translation>
    </message>
    <message>
        <source>Profound neutropenia</source>
        <translation>Neutropénie profonde</translation>
    </message>
</context>
<context>
    <name>nc::printing</name>
    <message>
        <source>cannot paint %1</source>
        <translation>impossible de dessiner %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>nc::recordkinds</name>
    <message>
        <source>Temperatures</source>
        <translation>Températures</translation>
    </message>
    <message>
        <source>Blood counts</source>
        <translation>Analyses de sang</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Painkiller doses</source>
        <translation>Prises d&apos;antidouleurs</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>nc::records::FutureRule</name>
    <message>
        <source>is in the future (now is %1); only what has already happened can be stored</source>
        <translation>est dans le futur (il est %1) ; seul ce qui s&apos;est déjà produit peut être enregistré</translation>
    </message>
    <message>
        <source>is in the future (today is %1); only what has already happened can be stored</source>
        <translation>est dans le futur (nous sommes le %1) ; seul ce qui s&apos;est déjà produit peut être enregistré</translation>
    </message>
</context>
<context>
    <name>nc::scorejson</name>
    <message>
        <source>burden of illness</source>
        <translation>gravité de la maladie</translation>
    </message>
    <message>
        <source>the document must be one JSON object</source>
        <translation>le document doit être un seul objet JSON</translation>
    </message>
    <message>
        <source>give &quot;mascc&quot;, &quot;cisne&quot; or both</source>
        <translation>indiquez « mascc », « cisne » ou les deux</translation>
    </message>
</context>
<context>
    <name>nc::sites</name>
    <message>
        <source>By mouth (oral)</source>
        <translation>Dans la bouche (buccale)</translation>
    </message>
    <message>
        <source>In the ear (tympanic)</source>
        <translation>Dans l&apos;oreille (tympanique)</translation>
    </message>
    <message>
        <source>Forehead (temporal)</source>
        <translation>Sur le front (temporale)</translation>
    </message>
    <message>
        <source>Under the arm (axillary)</source>
        <translation>Sous le bras (axillaire)</translation>
    </message>
    <message>
        <source>Rectal (not advised)</source>
        <translation>Rectale (déconseillée)</translation>
    </message>
</context>
<context>
    <name>nc::symptoms</name>
    <message>
        <source>Shaking chills (rigors)</source>
        <translation>Frissons intenses avec tremblements</translation>
    </message>
    <message>
        <source>Hard to breathe or short of breath</source>
        <translation>Difficulté à respirer ou essoufflement</translation>
    </message>
    <message>
        <source>Chest pain</source>
        <translation>Douleur dans la poitrine</translation>
    </message>
    <message>
        <source>Confused or very drowsy</source>
        <translation>Confusion ou grande somnolence</translation>
    </message>
    <message>
        <source>Fainting or nearly fainting</source>
        <translation>Évanouissement ou sensation d&apos;évanouissement</translation>
    </message>
    <message>
        <source>Feeling very unwell, even without a fever</source>
        <translation>Se sentir très mal, même sans fièvre</translation>
    </message>
    <message>
        <source>Bleeding that will not stop</source>
        <translation>Saignement qui ne s&apos;arrête pas</translation>
    </message>
    <message>
        <source>No urine for 12 hours</source>
        <translation>Pas d&apos;urine depuis 12 heures</translation>
    </message>
    <message>
        <source>Cannot keep fluids down</source>
        <translation>Impossible de garder ce que vous buvez</translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation>Mal de gorge</translation>
    </message>
    <message>
        <source>Mouth sores or ulcers</source>
        <translation>Plaies ou aphtes dans la bouche</translation>
    </message>
    <message>
        <source>New cough</source>
        <translation>Nouvelle toux</translation>
    </message>
    <message>
        <source>Burning or stinging when passing urine</source>
        <translation>Brûlures ou picotements en urinant</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Diarrhée</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>Vomissements</translation>
    </message>
    <message>
        <source>A new rash</source>
        <translation>Nouvelle éruption sur la peau</translation>
    </message>
    <message>
        <source>Redness, swelling or pus at a wound or line site</source>
        <translation>Rougeur, gonflement ou pus au niveau d&apos;une plaie ou d&apos;un cathéter</translation>
    </message>
    <message>
        <source>Swollen glands (lymph nodes)</source>
        <translation>Ganglions gonflés</translation>
    </message>
    <message>
        <source>Chills or feeling cold</source>
        <translation>Frissons ou sensation de froid</translation>
    </message>
    <message>
        <source>Sores, ulcers or pain around the back passage (anus)</source>
        <translation>Plaies, ulcérations ou douleur autour de l&apos;anus</translation>
    </message>
    <message>
        <source>Needing to pass urine urgently or more often</source>
        <translation>Besoin d&apos;uriner en urgence ou plus souvent</translation>
    </message>
    <message>
        <source>A swollen, painful lump filled with pus (abscess)</source>
        <translation>Une grosseur gonflée, douloureuse et remplie de pus (abcès)</translation>
    </message>
    <message>
        <source>A cut or sore that is slow to heal</source>
        <translation>Une coupure ou une plaie qui cicatrise mal</translation>
    </message>
    <message>
        <source>Pain in the belly (abdomen)</source>
        <translation>Mal au ventre (abdomen)</translation>
    </message>
    <message>
        <source>New or much worse tiredness</source>
        <translation>Fatigue nouvelle ou beaucoup plus forte</translation>
    </message>
</context>
<context>
    <name>nc::text</name>
    <message>
        <source>%1 characters, more than the %2 allowed; please shorten it</source>
        <translation>%1 caractères, plus que les %2 autorisés ; veuillez raccourcir</translation>
    </message>
    <message>
        <source>a control character (U+%1) at character %2; only tabs and line breaks are allowed</source>
        <translation>un caractère de contrôle (U+%1) à la position %2 ; seuls les tabulations et les sauts de ligne sont autorisés</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
</context>
<context>
    <name>nc::timetext</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
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
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::treatments</name>
    <message>
        <source>Chemotherapy</source>
        <translation>Chimiothérapie</translation>
    </message>
    <message>
        <source>Filgrastim (daily G-CSF)</source>
        <translation>Filgrastim (G-CSF quotidien)</translation>
    </message>
    <message>
        <source>Pegfilgrastim (G-CSF once a cycle)</source>
        <translation>Pegfilgrastim (G-CSF une fois par cure)</translation>
    </message>
</context>
</TS>
