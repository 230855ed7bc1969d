<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>The NeutroCare triage desk for clinic staff</source>
        <translation>供诊所工作人员使用的 NeutroCare 分诊台</translation>
    </message>
    <message>
        <source>The clinic server: a host name, or a postgresql:// address.</source>
        <translation>诊所服务器：主机名，或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>The clinic&apos;s database on that server.</source>
        <translation>该服务器上的诊所数据库。</translation>
    </message>
    <message>
        <source>Your login.</source>
        <translation>您的登录名。</translation>
    </message>
    <message>
        <source>neutrocare-desk: unexpected argument %1
</source>
        <translation>neutrocare-desk：多余的参数 %1
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the database &lt;path&gt;: a file, or a clinic&apos;s PostgreSQL server (postgresql://host/dbname or host=… dbname=…).</source>
        <translation>使用数据库 &lt;path&gt;：可以是一个文件，也可以是诊所的 PostgreSQL 服务器（postgresql://host/dbname 或 host=… dbname=…）。</translation>
    </message>
    <message>
        <source>Start with the window minimised.</source>
        <translation>启动时最小化窗口。</translation>
    </message>
    <message>
        <source>Start with no window, the reminders running (used at login).</source>
        <translation>启动时不显示窗口，提醒在后台运行（登录时使用）。</translation>
    </message>
    <message>
        <source>NeutroCare opens no file named on its command line (%1); to use another database, give --database &lt;path&gt;.</source>
        <translation>NeutroCare 不会打开命令行中指定的文件（%1）；如需使用其他数据库，请使用 --database &lt;path&gt;。</translation>
    </message>
    <message>
        <source>Neutropenia self-monitoring during chemotherapy</source>
        <translation>化疗期间的中性粒细胞减少症自我监测</translation>
    </message>
    <message>
        <source>NeutroCare is already running with %1, and did not take this command line: %2</source>
        <translation>NeutroCare 已在使用 %1 运行，未接受此命令行：%2</translation>
    </message>
</context>
<context>
    <name>nc</name>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>没有 ID 为 %1 的档案。</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>导入的内容无法保存：%1</translation>
    </message>
</context>
<context>
    <name>nc::AcknowledgeDialog</name>
    <message>
        <source>I contacted my care team</source>
        <translation>我已联系了医护团队</translation>
    </message>
    <message>
        <source>They told me to go to hospital</source>
        <translation>他们让我去医院</translation>
    </message>
    <message>
        <source>They told me to stay at home and keep checking</source>
        <translation>他们让我留在家里，继续观察</translation>
    </message>
    <message>
        <source>I could not reach them</source>
        <translation>我没能联系上他们</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <source>If you cannot reach your care team, go to the nearest emergency department and say you are on chemotherapy. The warning stays on until you reach them.</source>
        <translation>如果联系不上医护团队，请去最近的急诊科，并告诉他们您正在接受化疗。在您联系上医护团队之前，这条警示会一直显示。</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>时间(&amp;H)</translation>
    </message>
    <message>
        <source>Please choose what happened.</source>
        <translation>请选择发生了什么。</translation>
    </message>
    <message>
        <source>Contacted care team</source>
        <translation>已联系医护团队</translation>
    </message>
</context>
<context>
    <name>nc::AdherenceStrip</name>
    <message>
        <source>a predicted low-count day</source>
        <translation>预计的血细胞低值日</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 precautions ticked</source>
        <translation>已勾选 %1 / %2 项防护措施</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>day %1 after treatment</source>
        <translation>治疗后第 %1 天</translation>
    </message>
    <message>
        <source>A predicted low-count day</source>
        <translation>预计的血细胞低值日</translation>
    </message>
</context>
<context>
    <name>nc::AlertEpisodes</name>
    <message>
        <source>Not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Told to go to hospital</source>
        <translation>被告知去医院</translation>
    </message>
    <message>
        <source>Told to stay at home and keep checking</source>
        <translation>被告知留在家里继续观察</translation>
    </message>
    <message>
        <source>Could not reach the care team</source>
        <translation>未能联系上医护团队</translation>
    </message>
</context>
<context>
    <name>nc::AntipyreticDialog</name>
    <message>
        <source>Edit painkiller dose</source>
        <translation>编辑止痛药用药记录</translation>
    </message>
    <message>
        <source>Log a painkiller dose</source>
        <translation>记录一次止痛药用药</translation>
    </message>
    <message>
        <source>Take your temperature before a painkiller: if it is high, call your care team first. For %1 after a dose a reading may look lower than it really is: if you feel hot, shivery or unwell, call even if the thermometer reads normal.</source>
        <translation>服用止痛药之前请先量体温：如果体温高，请先给医护团队打电话。服药后 %1 内，体温读数可能比实际偏低：如果您感觉身上发烫、发冷打寒战或身体不适，即使体温计显示正常也请打电话。</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>药物(&amp;M)</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>时间(&amp;H)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Log painkiller</source>
        <translation>记录止痛药</translation>
    </message>
</context>
<context>
    <name>nc::Article</name>
    <message>
        <source>the file must start with a &quot;---&quot; line</source>
        <translation>文件必须以 &quot;---&quot; 行开头</translation>
    </message>
    <message>
        <source>the front matter has no closing &quot;---&quot; line</source>
        <translation>前置元数据缺少结尾的 &quot;---&quot; 行</translation>
    </message>
    <message>
        <source>a list item &quot;%1&quot; follows no list key</source>
        <translation>列表项 &quot;%1&quot; 前面没有列表键</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;key: value&quot; line</source>
        <translation>&quot;%1&quot; 不是 &quot;key: value&quot; 格式的行</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的键 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>&quot;%1&quot; 出现了两次</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>is required: lower-case letters, digits and dashes</source>
        <translation>为必填项：只能使用小写字母、数字和短横线</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>at least one source is required</source>
        <translation>至少需要一个来源</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (lower-case letters, digits and dashes)</source>
        <translation>&quot;%1&quot; 不是有效的 ID（只能使用小写字母、数字和短横线）</translation>
    </message>
</context>
<context>
    <name>nc::Assessment</name>
    <message>
        <source>%1 (typed as %2)</source>
        <translation>%1（输入为 %2）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A temperature was taken within %1 after a fever medicine (paracetamol or ibuprofen), so it may read lower than your real temperature and can never clear an alert. If you feel hot, shivery or unwell, call even if the thermometer reads normal: the medicine can hide a fever.</source>
        <translation>有一次体温是在服用退烧药（对乙酰氨基酚或布洛芬）后 %1 内测量的，读数可能比您的实际体温低，因此不能用来解除警示。如果您感觉身上发烫、发冷打寒战或身体不适，即使体温计显示正常也请打电话：药物可能会掩盖发烧。</translation>
    </message>
    <message>
        <source>Your temperature of %1 at %2 reached your clinic&apos;s fever limit (%3).</source>
        <translation>您在 %2 测得的体温 %1 已达到诊所规定的发烧界限（%3）。</translation>
    </message>
    <message>
        <source>Your temperature of %1 at %2 is at your clinic&apos;s low limit (%3). A low temperature can also be a sign of a serious infection.</source>
        <translation>您在 %2 测得的体温 %1 已处于诊所规定的低温界限（%3）。体温过低也可能是严重感染的迹象。</translation>
    </message>
    <message>
        <source>Ear, forehead and under-the-arm thermometers can read lower than a thermometer in the mouth. If you feel unwell, call even if the number looks normal.</source>
        <translation>耳温枪、额温枪和腋下体温计的读数可能比口腔体温计低。如果您感到不适，即使数值看起来正常也请打电话。</translation>
    </message>
    <message>
        <source>Please avoid taking your temperature in the bottom (rectally) while your blood count may be low: it can cause infection or bleeding.</source>
        <translation>在血细胞计数可能偏低期间，请不要测肛温（经直肠测体温）：这可能引起感染或出血。</translation>
    </message>
    <message>
        <source>Your temperature has stayed at %1 for %2 or longer (highest %3 at %4).</source>
        <translation>您的体温已保持在 %1 达 %2 或更久（%4 时最高，为 %3）。</translation>
    </message>
    <message>
        <source>You reported &quot;%1&quot;. This needs a call to your care team straight away.</source>
        <translation>您报告了“%1”。需要立即给医护团队打电话。</translation>
    </message>
    <message>
        <source>Your neutrophil count is at your usual level, as your clinic recorded it.</source>
        <translation>根据诊所的记录，您的中性粒细胞计数处于您的平常水平。</translation>
    </message>
    <message>
        <source>You reported a possible sign of infection: %1. Call your care team today.</source>
        <translation>您报告了可能的感染迹象：%1。请今天给医护团队打电话。</translation>
    </message>
    <message>
        <source>Your temperature of %1 at %2 is raised but not at the fever limit (%3). Take it again soon.</source>
        <translation>您在 %2 测得的体温 %1 偏高，但还没有达到发烧界限（%3）。请过一会儿再量一次。</translation>
    </message>
    <message>
        <source>Your last blood count shows very few neutrophils (%1/µL): you can catch infections easily. Take extra care and check your temperature often.</source>
        <translation>您最近一次血常规显示中性粒细胞非常少（%1/µL）：您很容易被感染。请格外小心，经常量体温。</translation>
    </message>
    <message>
        <source>Two or more warning signs together need a call to your care team now.</source>
        <translation>同时出现两个或更多警示迹象，需要立即给医护团队打电话。</translation>
    </message>
    <message>
        <source>You contacted your care team: follow the advice they gave you.</source>
        <translation>您已联系医护团队：请按照他们给您的建议去做。</translation>
    </message>
    <message>
        <source>You are in the days after chemotherapy when your blood count is expected to be lowest (day %1). This is a prediction, not a blood count: check your temperature at least twice a day and whenever you feel unwell.</source>
        <translation>您正处于化疗后预计血细胞计数最低的几天（第 %1 天）。这只是预测，不是血液检查结果：请每天至少量两次体温，身体不适时随时量。</translation>
    </message>
    <message>
        <source>You had a G-CSF injection this cycle: the low-count days may be shorter.</source>
        <translation>您在这个疗程中打过 G-CSF 升白针：血细胞低值的天数可能会缩短。</translation>
    </message>
    <message>
        <source>No temperature logged in the last %1. Take your temperature now, and whenever you feel unwell.</source>
        <translation>最近 %1 内没有记录体温。请现在量一下体温，以后感到不适时也要随时量。</translation>
    </message>
    <message>
        <source>No warning signs right now</source>
        <translation>目前没有警示迹象</translation>
    </message>
    <message>
        <source>Take extra care</source>
        <translation>请格外小心</translation>
    </message>
    <message>
        <source>Take your temperature again soon</source>
        <translation>请过一会儿再量一次体温</translation>
    </message>
    <message>
        <source>Call your care team today</source>
        <translation>请今天给医护团队打电话</translation>
    </message>
    <message>
        <source>Fever or warning sign — call your care team now</source>
        <translation>发烧或出现警示迹象——请立即打电话给医护团队</translation>
    </message>
    <message>
        <source>Take your temperature — none logged in the last %1</source>
        <translation>请量体温——最近 %1 内没有记录</translation>
    </message>
    <message>
        <source>Take your temperature now</source>
        <translation>请现在量体温</translation>
    </message>
    <message numerus="yes">
        <source>Your pegfilgrastim injection is dated on a day of chemotherapy or in the %n days before one. It is usually given at least a day after chemotherapy: please check the dates with your care team.</source>
        <translation>
            <numerusform>您的培非格司亭注射日期在化疗当天或化疗前 %n 天内。它通常至少在化疗结束一天后注射：请与医护团队核对日期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::AuditModel</name>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Settings and clinic values</source>
        <translation>设置和诊所数值</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Blood count</source>
        <translation>血常规</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Painkiller dose</source>
        <translation>止痛药用药</translation>
    </message>
    <message>
        <source>Checklist tick</source>
        <translation>清单勾选</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Removal note</source>
        <translation>删除说明</translation>
    </message>
    <message>
        <source>Telephone triage call</source>
        <translation>电话分诊通话</translation>
    </message>
    <message>
        <source>Clinic acknowledgement</source>
        <translation>诊所确认</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Patient %1 (removed)</source>
        <translation>患者 %1（已删除）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A record kind and what was done to it: &quot;Temperature added&quot;.</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Server login</source>
        <translation>服务器登录名</translation>
    </message>
    <message>
        <source>Who may see a patient</source>
        <translation>可查看患者的人</translation>
    </message>
</context>
<context>
    <name>nc::AuditScreen</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <extracomment>The first line of a change&apos;s details: &quot;Temperature changed by nurse.kim on …&quot;.</extracomment>
        <translation>%1，由 %2 于 %3</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>患者：%1</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <source>No value changed but the time of the change.</source>
        <translation>除更改时间外，没有值发生变化。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Added with these values:</source>
        <translation>添加时的值：</translation>
    </message>
    <message>
        <source>Removed; it held:</source>
        <translation>已删除；原内容为：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>The audit trail cannot be changed by anyone.</source>
        <translation>审计记录任何人都无法更改。</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>患者(&amp;P)</translation>
    </message>
    <message>
        <source>Who (login)</source>
        <translation>操作人（登录名）</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>操作人(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>Only from a day on</source>
        <translation>仅显示某天及以后</translation>
    </message>
    <message>
        <source>The first day shown</source>
        <translation>显示的第一天</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>Only up to a day</source>
        <translation>仅显示到某天为止</translation>
    </message>
    <message>
        <source>The last day shown</source>
        <translation>显示的最后一天</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the audit trail again</source>
        <translation>重新读取审计记录</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the entries shown as a CSV file</source>
        <translation>将显示的条目导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>更改（最新的在前）</translation>
    </message>
    <message>
        <source>&amp;Values of the selected change</source>
        <translation>所选更改的值(&amp;V)</translation>
    </message>
    <message>
        <source>Values of the selected change</source>
        <translation>所选更改的值</translation>
    </message>
    <message>
        <source>Select a change to see its old and new values.</source>
        <translation>选择一项更改，查看它的旧值和新值。</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>所有患者</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A patient in the list: the name, then the patient&apos;s number on the server.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>The newest %1 changes are shown; choose a patient, a login or days to see older ones.</source>
        <translation>仅显示最新的 %1 项更改；选择患者、登录名或日期可查看更早的更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>neutrocare-audit-%1.csv</source>
        <extracomment>The file name suggested for an export of the audit trail, dated.</extracomment>
        <translation>neutrocare-audit-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The audit trail was not exported</source>
        <translation>审计记录未导出</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 项更改导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::AuditTrail</name>
    <message>
        <source>The audit trail is kept on a clinic server; this database is a file on this computer.</source>
        <translation>审计记录保存在诊所服务器上；而此数据库是本机上的一个文件。</translation>
    </message>
    <message>
        <source>Your login may not read the audit trail: only clinic staff and admin logins may.</source>
        <translation>您的登录账号无权查看审计记录：只有诊所工作人员和管理员账号可以查看。</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost, so the audit trail could not be read. Try again in a moment.</source>
        <translation>与诊所服务器的连接已断开，无法读取审计记录。请稍后再试。</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>无法读取审计记录：%1</translation>
    </message>
    <message>
        <source>The audit trail could not be saved as %1: %2</source>
        <translation>无法将审计记录保存为 %1：%2</translation>
    </message>
</context>
<context>
    <name>nc::BackupManager</name>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>无法将备份写入 %1：%2</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>无法将备份写入 %1。</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The database is not open, so it cannot be backed up.</source>
        <translation>数据库未打开，无法备份。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be found. Is the drive still connected?</source>
        <translation>找不到文件夹 %1。驱动器是否仍处于连接状态？</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be compared with your data.</source>
        <translation>无法将文件 %1 与您的数据进行比较。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is empty: the data it held has been lost.</source>
        <translation>文件 %1 是空的：其中原有的数据已经丢失。</translation>
    </message>
    <message>
        <source>The file %1 is not a NeutroCare database, or it is damaged beyond reading.</source>
        <translation>文件 %1 不是 NeutroCare 数据库，或者已损坏到无法读取。</translation>
    </message>
    <message>
        <source>The file %1 is damaged: SQLite&apos;s integrity check found errors.</source>
        <translation>文件 %1 已损坏：SQLite 完整性检查发现了错误。</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 was written by a newer version of NeutroCare (data version %2; this version understands up to %3). Please update NeutroCare.</source>
        <translation>文件 %1 是由更新版本的 NeutroCare 创建的（数据版本 %2；当前版本最高只支持 %3）。请更新 NeutroCare。</translation>
    </message>
    <message>
        <source>The file %1 is not a NeutroCare database.</source>
        <translation>文件 %1 不是 NeutroCare 数据库。</translation>
    </message>
    <message>
        <source>The current database could not be copied to %1 before restoring.</source>
        <translation>恢复之前，无法将当前数据库复制到 %1。</translation>
    </message>
    <message>
        <source>This backup cannot be used. %1 Nothing was changed.</source>
        <translation>此备份无法使用。%1 未做任何更改。</translation>
    </message>
    <message>
        <source>This is the database itself, not a backup. Nothing was changed.</source>
        <translation>这是数据库本身，不是备份。未做任何更改。</translation>
    </message>
    <message>
        <source>The database is open in another program (NeutroCare itself?). Close it first. Nothing was changed.</source>
        <translation>数据库正在被另一个程序（也许是 NeutroCare 本身？）打开。请先将其关闭。未做任何更改。</translation>
    </message>
    <message>
        <source>The current data could not be backed up first, so nothing was restored. %1</source>
        <translation>无法先备份当前数据，因此未恢复任何内容。%1</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database. Nothing was changed.</source>
        <translation>无法将备份复制到数据库所在的文件夹。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database (is the disk full?). Nothing was changed.</source>
        <translation>无法将备份复制到数据库所在的文件夹（磁盘是否已满？）。未做任何更改。</translation>
    </message>
    <message>
        <source>The database&apos;s journal file could not be removed, so nothing was restored.</source>
        <translation>无法删除数据库的日志（journal）文件，因此未恢复任何内容。</translation>
    </message>
    <message>
        <source>The restored file could not replace the database: %1. Nothing was changed.</source>
        <translation>恢复的文件无法替换数据库：%1。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup was restored but could not be opened: %1</source>
        <translation>备份已恢复，但无法打开：%1</translation>
    </message>
    <message>
        <source>This backup was made by another version of NeutroCare, so one profile cannot be taken from it. Restore all of it instead. Nothing was changed.</source>
        <translation>此备份由另一版本的 NeutroCare 创建，无法从中单独提取一个档案。请改为恢复整个备份。未做任何更改。</translation>
    </message>
    <message>
        <source>The database is not open. Nothing was changed.</source>
        <translation>数据库未打开。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup could not be opened. Nothing was changed.</source>
        <translation>无法打开备份。未做任何更改。</translation>
    </message>
    <message>
        <source>This backup holds no data for this profile. Nothing was changed.</source>
        <translation>此备份中没有该档案的数据。未做任何更改。</translation>
    </message>
    <message>
        <source>The profile could not be restored (%1). Nothing was changed.</source>
        <translation>无法恢复该档案（%1）。未做任何更改。</translation>
    </message>
    <message>
        <source>The profile could not be restored: the database refused the change. Nothing was changed.</source>
        <translation>无法恢复该档案：数据库拒绝了此更改。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>nc::BloodCount</name>
    <message>
        <source>Please enter the %1 as a number.</source>
        <translation>请用数字填写%1。</translation>
    </message>
    <message>
        <source>The %1 cannot be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <source>%1 %2 is too high for a %3: check the number and its unit (the highest accepted is %4 cells/µL).</source>
        <translation>%1 %2 对于%3来说过高：请检查数值及其单位（可接受的最大值为 %4 cells/µL）。</translation>
    </message>
    <message>
        <source>The %1 must be a percentage from 0 to 100.</source>
        <translation>%1必须是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>neutrophil count (ANC)</source>
        <translation>中性粒细胞绝对计数 (ANC)</translation>
    </message>
    <message>
        <source>white cell count (WBC)</source>
        <translation>白细胞计数 (WBC)</translation>
    </message>
    <message>
        <source>A white cell count needs its differential (neutrophils %) to give an ANC.</source>
        <translation>白细胞计数需要配合白细胞分类（中性粒细胞 %）才能算出 ANC。</translation>
    </message>
    <message>
        <source>Enter either the total neutrophils % or the segmented and band %, not both.</source>
        <translation>请填写中性粒细胞总百分比，或者分别填写分叶核和杆状核百分比，不要两者都填。</translation>
    </message>
    <message>
        <source>Band neutrophils need the segmented neutrophils % as well.</source>
        <translation>填写杆状核粒细胞时，还需要填写分叶核粒细胞百分比。</translation>
    </message>
    <message>
        <source>neutrophils percentage</source>
        <translation>中性粒细胞百分比</translation>
    </message>
    <message>
        <source>segmented neutrophils percentage</source>
        <translation>分叶核粒细胞百分比</translation>
    </message>
    <message>
        <source>bands percentage</source>
        <translation>杆状核粒细胞百分比</translation>
    </message>
    <message>
        <source>Segmented and band neutrophils together cannot be more than 100%.</source>
        <translation>分叶核与杆状核粒细胞合计不能超过 100%。</translation>
    </message>
    <message>
        <source>A white cell count (WBC) of %1 %2 with %3% neutrophils gives a neutrophil count (ANC) of %4 cells/µL, above the highest accepted %5 cells/µL: check the numbers and their unit.</source>
        <translation>白细胞计数 (WBC) %1 %2、中性粒细胞 %3%，算出的中性粒细胞绝对计数 (ANC) 为 %4 cells/µL，超过了可接受的最大值 %5 cells/µL：请检查数值及其单位。</translation>
    </message>
</context>
<context>
    <name>nc::BloodCountDialog</name>
    <message>
        <source>Edit blood count</source>
        <translation>编辑血常规</translation>
    </message>
    <message>
        <source>Log a blood count</source>
        <translation>记录一次血常规</translation>
    </message>
    <message>
        <source>What the lab report shows</source>
        <translation>化验单上显示的内容</translation>
    </message>
    <message>
        <source>The neutrophil count (ANC)</source>
        <translation>中性粒细胞绝对计数 (ANC)</translation>
    </message>
    <message>
        <source>White cells (WBC) and total neutrophils %</source>
        <translation>白细胞 (WBC) 和中性粒细胞总百分比</translation>
    </message>
    <message>
        <source>White cells (WBC), segmented % and bands %</source>
        <translation>白细胞 (WBC)、分叶核 % 和杆状核 %</translation>
    </message>
    <message>
        <source>The report &amp;shows</source>
        <translation>化验单显示(&amp;S)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Neutrophil count (ANC)</source>
        <translation>中性粒细胞绝对计数 (ANC)</translation>
    </message>
    <message>
        <source>&amp;ANC</source>
        <translation>ANC(&amp;A)</translation>
    </message>
    <message>
        <source>White cell count (WBC)</source>
        <translation>白细胞计数 (WBC)</translation>
    </message>
    <message>
        <source>&amp;WBC</source>
        <translation>WBC(&amp;W)</translation>
    </message>
    <message>
        <source>Neutrophils, percent</source>
        <translation>中性粒细胞百分比</translation>
    </message>
    <message>
        <source>&amp;Neutrophils %</source>
        <translation>中性粒细胞 %(&amp;N)</translation>
    </message>
    <message>
        <source>Segmented neutrophils, percent</source>
        <translation>分叶核粒细胞百分比</translation>
    </message>
    <message>
        <source>S&amp;egmented %</source>
        <translation>分叶核 %(&amp;E)</translation>
    </message>
    <message>
        <source>Band neutrophils, percent (optional)</source>
        <translation>杆状核粒细胞百分比（可选）</translation>
    </message>
    <message>
        <source>&amp;Bands % (optional)</source>
        <translation>杆状核 %（可选）(&amp;B)</translation>
    </message>
    <message>
        <source>Blood &amp;taken</source>
        <translation>采血时间(&amp;T)</translation>
    </message>
    <message>
        <source>Laboratory or clinic (optional)</source>
        <translation>化验室或诊所（可选）</translation>
    </message>
    <message>
        <source>&amp;Lab (optional)</source>
        <translation>化验室（可选）(&amp;L)</translation>
    </message>
    <message>
        <source>Please type the neutrophil count (ANC) as a number.</source>
        <translation>请用数字填写中性粒细胞绝对计数 (ANC)。</translation>
    </message>
    <message>
        <source>Please type the white cell count (WBC) as a number.</source>
        <translation>请用数字填写白细胞计数 (WBC)。</translation>
    </message>
    <message>
        <source>Please type the neutrophils percentage as a number.</source>
        <translation>请用数字填写中性粒细胞百分比。</translation>
    </message>
    <message>
        <source>Please type the segmented neutrophils percentage as a number.</source>
        <translation>请用数字填写分叶核粒细胞百分比。</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>化验室</translation>
    </message>
    <message>
        <source>Blood taken</source>
        <translation>采血时间</translation>
    </message>
    <message>
        <source>Log blood count</source>
        <translation>记录血常规</translation>
    </message>
</context>
<context>
    <name>nc::BoardModel</name>
    <message>
        <source>1 · Call now — not acknowledged</source>
        <translation>1 · 立即打电话——未确认</translation>
    </message>
    <message>
        <source>2 · Follow-up call overdue</source>
        <translation>2 · 随访电话已逾期</translation>
    </message>
    <message>
        <source>3 · Call now already acknowledged, or call today</source>
        <translation>3 · 立即打电话（已确认），或今天打电话</translation>
    </message>
    <message>
        <source>4 · Recheck overdue</source>
        <translation>4 · 复测已逾期</translation>
    </message>
    <message>
        <source>5 · No recent temperature in the low-count days</source>
        <translation>5 · 血细胞低值期内近期无体温记录</translation>
    </message>
    <message>
        <source>6 · Recheck</source>
        <translation>6 · 复测</translation>
    </message>
    <message>
        <source>7 · Caution</source>
        <translation>7 · 注意</translation>
    </message>
    <message>
        <source>8 · No warning signs</source>
        <translation>8 · 无警示迹象</translation>
    </message>
    <message numerus="yes">
        <source>None in the last %n hour(s)</source>
        <translation>
            <numerusform>最近 %n 小时内无记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>%1/µL, %2%3</source>
        <translation>%1/µL，%2%3</translation>
    </message>
    <message>
        <source> (old)</source>
        <translation>（旧）</translation>
    </message>
    <message>
        <source>No recent chemotherapy</source>
        <translation>近期未化疗</translation>
    </message>
    <message>
        <source>Day %1 — low-count days</source>
        <translation>第 %1 天——血细胞低值期</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>ESCALATED — not acknowledged for %1</source>
        <translation>已升级——已 %1 未确认</translation>
    </message>
    <message>
        <source>Not acknowledged — waiting %1</source>
        <translation>未确认——已等待 %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>由 %1 于 %2 确认</translation>
    </message>
    <message>
        <source>Overdue since %1 (%2)</source>
        <translation>自 %1 起逾期（%2）</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>应于 %1 完成（%2）</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Latest temperature</source>
        <translation>最近体温</translation>
    </message>
    <message>
        <source>Latest ANC</source>
        <translation>最近 ANC</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>疗程</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>随访电话</translation>
    </message>
</context>
<context>
    <name>nc::CallDialog</name>
    <message>
        <source>New telephone call</source>
        <translation>新的电话</translation>
    </message>
    <message>
        <source>Who is calling</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>患者(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>来电人(&amp;C)：</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Relationship to the patient</source>
        <translation>与患者的关系</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>关系(&amp;R)：</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>回拨号码</translation>
    </message>
    <message>
        <source>Call-&amp;back number:</source>
        <translation>回拨号码(&amp;B)：</translation>
    </message>
    <message>
        <source>What they report</source>
        <translation>来电人反映的情况</translation>
    </message>
    <message>
        <source>Reported temperature</source>
        <translation>反映的体温</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Where it was taken</source>
        <translation>测量部位</translation>
    </message>
    <message>
        <source>Minutes ago</source>
        <translation>几分钟前</translation>
    </message>
    <message>
        <source> min ago</source>
        <translation> 分钟前</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the reported temperature</source>
        <translation>添加反映的体温</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>体温(&amp;T)：</translation>
    </message>
    <message>
        <source>Temperatures reported</source>
        <translation>反映的体温</translation>
    </message>
    <message>
        <source>&amp;Symptoms (tick what they describe):</source>
        <translation>症状（勾选对方描述的症状）(&amp;S)：</translation>
    </message>
    <message>
        <source>Symptoms reported</source>
        <translation>反映的症状</translation>
    </message>
    <message>
        <source>&amp;Fever medicines taken:</source>
        <translation>已服用的退烧药(&amp;F)：</translation>
    </message>
    <message>
        <source>Fever medicines taken</source>
        <translation>已服用的退烧药</translation>
    </message>
    <message>
        <source>Hours since the fever medicine</source>
        <translation>距服用退烧药的小时数</translation>
    </message>
    <message>
        <source> h ago</source>
        <translation> 小时前</translation>
    </message>
    <message>
        <source>Assessment on the stored history plus this report</source>
        <translation>根据已存历史记录和本次反映情况的评估</translation>
    </message>
    <message>
        <source>Disposition and advice</source>
        <translation>处置与建议</translation>
    </message>
    <message>
        <source>Disposition chosen</source>
        <translation>选择的处置</translation>
    </message>
    <message>
        <source>&amp;Disposition:</source>
        <translation>处置(&amp;D)：</translation>
    </message>
    <message>
        <source>Reason for a less urgent disposition</source>
        <translation>选择较低紧急程度处置的原因</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E)：</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>给出的建议</translation>
    </message>
    <message>
        <source>Ad&amp;vice given:</source>
        <translation>给出的建议(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Save call</source>
        <translation>保存通话(&amp;S)</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>No warning signs in the history or the report.</source>
        <translation>历史记录和本次反映中均无警示迹象。</translation>
    </message>
    <message>
        <source>Suggested: %1 (protocol %2)</source>
        <translation>建议：%1（方案 %2）</translation>
    </message>
    <message>
        <source>R&amp;eason (required: less urgent than suggested):</source>
        <translation>原因（必填：比建议的处置紧急程度低）(&amp;E)：</translation>
    </message>
    <message>
        <source>A follow-up call will be due by %1.</source>
        <translation>需在 %1 之前进行随访电话。</translation>
    </message>
    <message>
        <source>No follow-up call is set.</source>
        <translation>未安排随访电话。</translation>
    </message>
</context>
<context>
    <name>nc::CallRecord</name>
    <message>
        <source>Triage call record</source>
        <translation>分诊电话记录</translation>
    </message>
    <message>
        <source>MASCC %1 of %2</source>
        <translation>MASCC %1 分（满分 %2）</translation>
    </message>
    <message>
        <source>Low risk (≥ %1)</source>
        <translation>低风险（≥ %1）</translation>
    </message>
    <message>
        <source>Not low risk</source>
        <translation>非低风险</translation>
    </message>
    <message>
        <source>CISNE %1 of %2</source>
        <translation>CISNE %1 分（满分 %2）</translation>
    </message>
    <message>
        <source>Class I — low risk</source>
        <translation>I 级——低风险</translation>
    </message>
    <message>
        <source>Class II — intermediate</source>
        <translation>II 级——中风险</translation>
    </message>
    <message>
        <source>Class III — high</source>
        <translation>III 级——高风险</translation>
    </message>
    <message>
        <source>Times in %1 · temperatures in %2</source>
        <translation>时间采用 %1 时区 · 体温单位为 %2</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>，出生于 %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>接听</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>回拨号码</translation>
    </message>
    <message>
        <source> (reported as %1)</source>
        <translation>（反映为 %1）</translation>
    </message>
    <message>
        <source> · %1 · %2</source>
        <translation> · %1 · %2</translation>
    </message>
    <message>
        <source> · after a fever medicine</source>
        <translation> · 服用退烧药后</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>未反映</translation>
    </message>
    <message>
        <source>What the caller reported</source>
        <translation>来电人反映的情况</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Fever medicines</source>
        <translation>退烧药</translation>
    </message>
    <message>
        <source>Assessment during the call</source>
        <translation>通话中的评估</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Reason for the choice</source>
        <translation>选择的理由</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>给出的建议</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>应于 %1 完成</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>已于 %1 由 %2 完成</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>随访电话</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>MASCC</source>
        <translation>MASCC</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <source>CISNE</source>
        <translation>CISNE</translation>
    </message>
    <message>
        <source>Decision support for clinicians</source>
        <translation>临床医护人员决策支持</translation>
    </message>
    <message>
        <source>MASCC and CISNE risk scores, kept with the call; never shown to the patient.</source>
        <translation>MASCC 和 CISNE 风险评分，与通话记录一同保存；从不向患者显示。</translation>
    </message>
    <message>
        <source>Call taken on %1.</source>
        <translation>通话接听时间：%1。</translation>
    </message>
    <message>
        <source>Call taken by %1 on %2.</source>
        <translation>通话由 %1 于 %2 接听。</translation>
    </message>
    <message>
        <source>For the clinic&apos;s records. The assessment, the disposition and the risk scores support clinical judgement; they do not replace it.</source>
        <translation>供诊所存档。评估、处置和风险评分用于辅助临床判断，不能取代临床判断。</translation>
    </message>
</context>
<context>
    <name>nc::CardDialog</name>
    <message>
        <source>Print a wallet alert card for %1</source>
        <translation>为 %1 打印随身警示卡</translation>
    </message>
    <message>
        <source>&amp;Name on the card:</source>
        <translation>卡上姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>As on their ID or hospital records. Kept for the next card.</source>
        <translation>与身份证件或医院病历上的一致。将保留用于下次制卡。</translation>
    </message>
    <message>
        <source>&amp;Patient&apos;s side in:</source>
        <translation>患者面语言(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Emergency staff&apos;s side in:</source>
        <translation>急诊人员面语言(&amp;E)：</translation>
    </message>
    <message>
        <source>The language of the clinic or hospital. When it differs from the patient&apos;s side, this side is printed in both.</source>
        <translation>诊所或医院使用的语言。如果与患者面不同，这一面会用两种语言打印。</translation>
    </message>
    <message>
        <source>Name on the card: %1</source>
        <translation>卡上姓名：%1</translation>
    </message>
</context>
<context>
    <name>nc::CaregiverBanner</name>
    <message>
        <source>%1 needs a call to the care team now</source>
        <translation>%1 需要立即给医护团队打电话</translation>
    </message>
    <message>
        <source>%1 needs a call to the care team today</source>
        <translation>%1 需要今天给医护团队打电话</translation>
    </message>
    <message>
        <source>%1 needs a temperature check now: the recheck is overdue</source>
        <translation>%1 需要现在量体温：复测已逾期</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>查看 %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>切换到 %1</translation>
    </message>
</context>
<context>
    <name>nc::ClinicUpdateCard</name>
    <message>
        <source>What &amp;changed</source>
        <translation>更改内容(&amp;C)</translation>
    </message>
    <message>
        <source>What your clinic changed</source>
        <translation>诊所做了哪些更改</translation>
    </message>
    <message>
        <source>your fever protocol</source>
        <translation>您的发热处理方案</translation>
    </message>
    <message>
        <source>your clinic&apos;s name</source>
        <translation>您的诊所名称</translation>
    </message>
    <message>
        <source>the daytime phone number</source>
        <translation>日间电话号码</translation>
    </message>
    <message>
        <source>the evenings and weekends number</source>
        <translation>晚间及周末电话号码</translation>
    </message>
    <message>
        <source>the lower limit of normal (LLN)</source>
        <translation>正常值下限 (LLN)</translation>
    </message>
    <message>
        <source>your usual level (baseline ANC)</source>
        <translation>您的平常水平（基线 ANC）</translation>
    </message>
    <message>
        <source>advice from your nurse</source>
        <translation>护士给您的建议</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day, then a time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Updated by your clinic on %1.</source>
        <translation>诊所已于 %1 更新。</translation>
    </message>
    <message>
        <source>Updated by your clinic on %1: %2.</source>
        <translation>诊所已于 %1 更新：%2。</translation>
    </message>
    <message>
        <source>Advice from your nurse: “%1”</source>
        <translation>护士给您的建议：“%1”</translation>
    </message>
</context>
<context>
    <name>nc::ClinicValuesForm</name>
    <message>
        <source>Set by your clinic</source>
        <translation>由诊所设定</translation>
    </message>
    <message>
        <source>Set these only as your clinic tells you. Leave them empty if you were not given them.</source>
        <translation>请仅按照诊所的告知填写这些数值。如果诊所没有给您，请留空。</translation>
    </message>
    <message>
        <source>Usual neutrophil level, cells per microlitre</source>
        <translation>中性粒细胞平常水平，单位为每微升细胞数</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Usual level (&amp;baseline ANC)</source>
        <translation>平常水平（基线 ANC）(&amp;B)</translation>
    </message>
    <message>
        <source>/µL</source>
        <translation>/µL</translation>
    </message>
    <message>
        <source>For people whose healthy neutrophil count is usually low. A count from this level up to %1/µL then reads “at your usual level”. At least %2/µL.</source>
        <translation>适用于健康时中性粒细胞计数通常就偏低的人。计数在此水平至 %1/µL 之间时，将显示为“处于您的平常水平”。最低 %2/µL。</translation>
    </message>
    <message>
        <source>Lower limit of normal, cells per microlitre</source>
        <translation>正常值下限，单位为每微升细胞数</translation>
    </message>
    <message>
        <source>Lower limi&amp;t of normal (LLN)</source>
        <translation>正常值下限 (LLN)(&amp;T)</translation>
    </message>
    <message>
        <source>The lab&apos;s lower limit for neutrophils, used to grade blood counts in the report (CTCAE v5.0). At least %1/µL.</source>
        <translation>化验室的中性粒细胞下限，用于在报告中对血常规结果分级（CTCAE v5.0）。最低 %1/µL。</translation>
    </message>
    <message>
        <source>%1/µL, set by your clinic&apos;s protocol file.</source>
        <translation>%1/µL，由诊所的方案文件设定。</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>未设置：%1</translation>
    </message>
    <message>
        <source>The usual level must be a number of neutrophils per µL, such as %1.</source>
        <translation>平常水平必须是每微升中性粒细胞的数量，例如 %1。</translation>
    </message>
    <message>
        <source>The usual level must be at least %1/µL. Leave it empty if your clinic has not given you one.</source>
        <translation>平常水平至少为 %1/µL。如果诊所没有给您这个数值，请留空。</translation>
    </message>
    <message>
        <source>The usual level must be at most %1/µL.</source>
        <translation>平常水平最高为 %1/µL。</translation>
    </message>
    <message>
        <source>The lower limit of normal must be a number of neutrophils per µL, such as %1.</source>
        <translation>正常值下限必须是每微升中性粒细胞的数量，例如 %1。</translation>
    </message>
    <message>
        <source>The lower limit of normal %1. Leave it empty if your clinic has not given you one.</source>
        <translation>正常值下限%1。如果诊所没有给您这个数值，请留空。</translation>
    </message>
</context>
<context>
    <name>nc::ClinicValuesPage</name>
    <message>
        <source>These values are the clinic&apos;s. Changes are recorded in the audit trail with your login, and reach the patient&apos;s app through the home link.</source>
        <translation>这些数值由诊所设定。更改会连同您的登录名记入审计记录，并通过“与诊所连接”同步到患者的应用中。</translation>
    </message>
    <message>
        <source>Fever protocol</source>
        <translation>发热处理方案</translation>
    </message>
    <message>
        <source>Clinic&apos;s &amp;file…</source>
        <translation>诊所文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Use the clinic&apos;s own protocol file</source>
        <translation>使用诊所自己的方案文件</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>方案(&amp;P)：</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>诊所名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>诊所名称</translation>
    </message>
    <message>
        <source>&amp;In hours:</source>
        <translation>工作时间(&amp;I)：</translation>
    </message>
    <message>
        <source>Clinic number in hours</source>
        <translation>诊所工作时间电话</translation>
    </message>
    <message>
        <source>&amp;Out of hours:</source>
        <translation>非工作时间(&amp;O)：</translation>
    </message>
    <message>
        <source>Clinic number out of hours</source>
        <translation>诊所非工作时间电话</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>&amp;Save clinic values</source>
        <translation>保存诊所数值(&amp;S)</translation>
    </message>
    <message>
        <source>Save the clinic values</source>
        <translation>保存诊所数值</translation>
    </message>
    <message>
        <source>The clinic&apos;s protocol file</source>
        <translation>诊所的方案文件</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>方案文件 (*.json)</translation>
    </message>
    <message>
        <source>%1 (clinic&apos;s file)</source>
        <translation>%1（诊所文件）</translation>
    </message>
    <message>
        <source>This protocol file was not used: %1</source>
        <translation>未使用此方案文件：%1</translation>
    </message>
    <message>
        <source>Read %1. Save to apply it.</source>
        <translation>已读取 %1。保存后生效。</translation>
    </message>
    <message>
        <source>In hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved. The audit trail records the change with your login.</source>
        <translation>已保存。审计记录已连同您的登录名记下此次更改。</translation>
    </message>
</context>
<context>
    <name>nc::ConnectionSpec</name>
    <message>
        <source>The server&apos;s port &quot;%1&quot; is not a port number.</source>
        <translation>服务器端口“%1”不是有效的端口号。</translation>
    </message>
    <message>
        <source>The connection setting %1 cannot contain &quot;;&quot;.</source>
        <translation>连接设置 %1 不能包含“;”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connection settings has no value (write key=value).</source>
        <translation>连接设置中的“%1”没有值（请写成 key=value）。</translation>
    </message>
    <message>
        <source>A quoted value in the connection settings is not closed.</source>
        <translation>连接设置中有一个带引号的值没有闭合。</translation>
    </message>
    <message>
        <source>The server address is not a valid postgresql:// address: %1</source>
        <translation>服务器地址不是有效的 postgresql:// 地址：%1</translation>
    </message>
    <message>
        <source>this computer&apos;s PostgreSQL</source>
        <translation>本机的 PostgreSQL</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>nc::ContentCatalogue</name>
    <message>
        <source>Read next</source>
        <translation>延伸阅读</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reviewed on %1.</source>
        <translation>审核日期：%1。</translation>
    </message>
</context>
<context>
    <name>nc::Database</name>
    <message>
        <source>%1 is not a clinic server (a postgresql:// address, or host= and dbname=).</source>
        <translation>%1 不是诊所服务器（应为 postgresql:// 地址，或 host= 和 dbname=）。</translation>
    </message>
    <message>
        <source>This NeutroCare cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>此 NeutroCare 无法连接 PostgreSQL 服务器：未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Could not connect to the clinic server (%1): %2 Check that the server is running and reachable from this computer, and that the login and password are right.</source>
        <translation>无法连接到诊所服务器（%1）：%2 请检查服务器是否正在运行、本机能否访问它，以及登录名和密码是否正确。</translation>
    </message>
    <message>
        <source>Could not read the data version on the clinic server (%1).</source>
        <translation>无法读取诊所服务器上的数据版本（%1）。</translation>
    </message>
    <message>
        <source>The clinic server holds data version %1; this NeutroCare understands up to %2. Please update NeutroCare.</source>
        <translation>诊所服务器上的数据版本为 %1；此 NeutroCare 最高只支持 %2。请更新 NeutroCare。</translation>
    </message>
    <message>
        <source>The clinic server (%1) has no NeutroCare data yet. The clinic&apos;s administrator sets it up with: neutrocare-cli server init</source>
        <translation>诊所服务器（%1）上还没有 NeutroCare 数据。诊所管理员可用以下命令进行设置：neutrocare-cli server init</translation>
    </message>
    <message>
        <source>The clinic server (%1) holds data version %2; this NeutroCare needs version %3. The clinic&apos;s administrator upgrades it with: neutrocare-cli server init</source>
        <translation>诊所服务器（%1）上的数据版本为 %2；此 NeutroCare 需要版本 %3。诊所管理员可用以下命令升级：neutrocare-cli server init</translation>
    </message>
    <message>
        <source>Could not read the data version of the database.</source>
        <translation>无法读取数据库的数据版本。</translation>
    </message>
    <message>
        <source>The database file %1 is empty: the data it held has been lost, perhaps by a disk or copy problem. It has not been changed.</source>
        <translation>数据库文件 %1 是空的：其中的数据已经丢失，可能是磁盘或复制出了问题。该文件未被更改。</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file or its folder is read-only. NeutroCare needs to write there to keep your entries; check the permissions. It has not been changed.</source>
        <translation>无法写入数据库 %1：该文件或其所在文件夹为只读。NeutroCare 需要在那里写入才能保存您的记录；请检查权限。该文件未被更改。</translation>
    </message>
    <message>
        <source>The file %1 could not be read as a NeutroCare database. It may be damaged or not a database at all; it has not been changed.</source>
        <translation>无法将文件 %1 作为 NeutroCare 数据库读取。它可能已损坏，或者根本不是数据库；该文件未被更改。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of NeutroCare (data version %1; this version understands up to %2). Please update NeutroCare. The file has not been changed.</source>
        <translation>此数据库是由更新版本的 NeutroCare 创建的（数据版本 %1；当前版本最高只支持 %2）。请更新 NeutroCare。该文件未被更改。</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not create the database %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>The database %1 is damaged (SQLite&apos;s integrity check failed). It has not been changed. Restore it from a backup.</source>
        <translation>数据库 %1 已损坏（SQLite 完整性检查未通过）。该文件未被更改。请从备份中恢复。</translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it: %1</source>
        <translation>升级前无法备份数据库：%1</translation>
    </message>
    <message>
        <source>Could not configure the database: %1</source>
        <translation>无法配置数据库：%1</translation>
    </message>
    <message>
        <source>Could not upgrade the database to data version %1: %2</source>
        <translation>无法将数据库升级到数据版本 %1：%2</translation>
    </message>
    <message>
        <source>Could not create the database tables: %1</source>
        <translation>无法创建数据库表：%1</translation>
    </message>
    <message>
        <source>a record refers to a profile that is not there</source>
        <translation>有一条记录指向不存在的档案</translation>
    </message>
    <message>
        <source>NeutroCare backs up only its own database files. Back up the clinic server with pg_dump (docs/clinic-server.md).</source>
        <translation>NeutroCare 只备份它自己的数据库文件。请用 pg_dump 备份诊所服务器（见 docs/clinic-server.md）。</translation>
    </message>
</context>
<context>
    <name>nc::DatabaseRecovery</name>
    <message>
        <source>NeutroCare cannot reach the clinic server</source>
        <translation>NeutroCare 无法连接到诊所服务器</translation>
    </message>
    <message>
        <source>Your NeutroCare data is damaged</source>
        <translation>您的 NeutroCare 数据已损坏</translation>
    </message>
    <message>
        <source>Your data needs a newer NeutroCare</source>
        <translation>您的数据需要更新版本的 NeutroCare</translation>
    </message>
    <message>
        <source>NeutroCare cannot open your data</source>
        <translation>NeutroCare 无法打开您的数据</translation>
    </message>
    <message>
        <source>The details below say what the server answered. Check that this computer is connected to the network, then try again; if the login was refused, ask the clinic for a new one. Nothing has been changed.

You can also open the NeutroCare data kept on this computer instead.</source>
        <translation>下方的详细信息显示了服务器的回复。请检查本机是否已连接网络，然后重试；如果登录被拒绝，请向诊所申请新的登录账号。未做任何更改。

您也可以改为打开保存在本机上的 NeutroCare 数据。</translation>
    </message>
    <message>
        <source>The file with your data cannot be read safely. This can happen after a power cut or a disk problem. Nothing has been changed or deleted.

A backup from %1 has been checked and is good. Restoring it brings back your data as it was then; anything entered later will be missing. The damaged file is kept.</source>
        <translation>无法安全读取保存您数据的文件。断电或磁盘故障后可能会出现这种情况。没有任何内容被更改或删除。

已检查了一份 %1 的备份，该备份完好。恢复后，您的数据将回到当时的状态；之后录入的内容将会缺失。已损坏的文件会被保留。</translation>
    </message>
    <message>
        <source>The file with your data cannot be read safely. This can happen after a power cut or a disk problem. Nothing has been changed or deleted.

No good backup was found next to it. If you have a copy elsewhere (for example on a USB stick), restore from that file.</source>
        <translation>无法安全读取保存您数据的文件。断电或磁盘故障后可能会出现这种情况。没有任何内容被更改或删除。

在它旁边没有找到完好的备份。如果您在其他地方（例如 U 盘上）有副本，请从那个文件恢复。</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of NeutroCare than this one. Please install the newer version. Nothing has been changed.</source>
        <translation>您的数据是由比当前版本更新的 NeutroCare 保存的。请安装更新的版本。未做任何更改。</translation>
    </message>
    <message>
        <source>The file with your data could not be opened. Check that the disk is connected and that the file may be read and written. Nothing has been changed.</source>
        <translation>无法打开保存您数据的文件。请检查磁盘是否已连接，以及该文件是否可读写。未做任何更改。</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>没有可用于恢复的完好备份。</translation>
    </message>
    <message>
        <source>This data cannot be replaced from here.</source>
        <translation>无法在此处替换这些数据。</translation>
    </message>
</context>
<context>
    <name>nc::DeskWindow</name>
    <message>
        <source>NeutroCare triage desk — %1</source>
        <translation>NeutroCare 分诊台——%1</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按姓名搜索</translation>
    </message>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>按姓名搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;My follow-ups only</source>
        <translation>仅显示我的随访(&amp;M)</translation>
    </message>
    <message>
        <source>Show only the follow-up calls I owe</source>
        <translation>仅显示由我负责的随访电话</translation>
    </message>
    <message>
        <source>Patients, most urgent first</source>
        <translation>患者（最紧急的在前）</translation>
    </message>
    <message>
        <source>Signed in as %1 to %2</source>
        <translation>已以 %1 身份登录到 %2</translation>
    </message>
    <message>
        <source>%1 Reconnecting… The board may be out of date until then.</source>
        <translation>%1 正在重新连接…在此之前，看板上的信息可能不是最新的。</translation>
    </message>
    <message>
        <source>Reconnected at %1 after a lost connection; the board is up to date.</source>
        <translation>连接中断后已于 %1 重新连接；看板上的信息已是最新。</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>分诊台(&amp;D)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>分诊台</translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>打开患者(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge alert</source>
        <translation>确认警示(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>新建通话(&amp;N)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>审计记录(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find a patient</source>
        <translation>查找患者(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>%1: call now, not acknowledged for %2</source>
        <translation>%1：立即打电话，已 %2 未确认</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message numerus="yes">
        <source>(%n escalated) NeutroCare triage desk — %1</source>
        <translation>
            <numerusform>（%n 例已升级）NeutroCare 分诊台——%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no alert waiting to be acknowledged.</source>
        <translation>%1 没有等待确认的警示。</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Acknowledged %1&apos;s alert as %2.</source>
        <translation>已将 %1 的警示确认为：%2。</translation>
    </message>
    <message>
        <source>Call saved.</source>
        <translation>通话已保存。</translation>
    </message>
    <message>
        <source>Audit trail — %1</source>
        <translation>审计记录——%1</translation>
    </message>
</context>
<context>
    <name>nc::DesktopNotifier</name>
    <message>
        <source>I contacted my care team</source>
        <translation>我已联系了医护团队</translation>
    </message>
    <message>
        <source>Log a temperature</source>
        <translation>记录一次体温</translation>
    </message>
    <message>
        <source>Open NeutroCare</source>
        <translation>打开 NeutroCare</translation>
    </message>
    <message>
        <source>Quit NeutroCare</source>
        <translation>退出 NeutroCare</translation>
    </message>
</context>
<context>
    <name>nc::ExchangeActions</name>
    <message>
        <source>Spreadsheet (CSV) (*.csv)</source>
        <translation>电子表格 (CSV) (*.csv)</translation>
    </message>
    <message>
        <source>FHIR lab results (JSON) (*.json)</source>
        <translation>FHIR 化验结果 (JSON) (*.json)</translation>
    </message>
    <message>
        <source>Import records for %1</source>
        <translation>为 %1 导入记录</translation>
    </message>
    <message>
        <source>CSV or FHIR files (*.csv *.json);;All files (*)</source>
        <translation>CSV 或 FHIR 文件 (*.csv *.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export records of %1</source>
        <translation>导出 %1 的记录</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>请先选择一个档案。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>导出已取消。未写入任何文件。</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
</context>
<context>
    <name>nc::FirstRunDialog</name>
    <message>
        <source>Welcome to NeutroCare</source>
        <translation>欢迎使用 NeutroCare</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>A new profile</source>
        <translation>新档案</translation>
    </message>
    <message>
        <source>NeutroCare helps you keep an eye on your temperature and blood counts during chemotherapy, and tells you clearly when to call your care team. Ask your nurse which fever protocol and phone numbers to use. You can change all of this later in Settings.</source>
        <translation>NeutroCare 帮助您在化疗期间留意自己的体温和血常规，并清楚地告诉您什么时候该给医护团队打电话。请向您的护士询问应使用哪种发热处理方案和哪些电话号码。这些以后都可以在“设置”中更改。</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>创建档案(&amp;C)</translation>
    </message>
    <message>
        <source>Quit NeutroCare?</source>
        <translation>退出 NeutroCare？</translation>
    </message>
    <message>
        <source>Quit NeutroCare without creating a profile?</source>
        <translation>不创建档案就退出 NeutroCare？</translation>
    </message>
    <message>
        <source>NeutroCare needs a profile to keep your readings in. Nothing has been saved yet.</source>
        <translation>NeutroCare 需要一个档案来保存您的读数。目前还没有保存任何内容。</translation>
    </message>
    <message>
        <source>&amp;Quit NeutroCare</source>
        <translation>退出 NeutroCare(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>返回(&amp;G)</translation>
    </message>
</context>
<context>
    <name>nc::FollowService</name>
    <message>
        <source>No news of %1</source>
        <translation>没有 %1 的最新消息</translation>
    </message>
    <message>
        <source>NeutroCare has not reached the clinic server for %1, so it cannot say how %2 is now. If you are worried, call %2.</source>
        <translation>NeutroCare 已有 %1 没能连接到诊所服务器，因此无法知道 %2 现在的情况。如果您担心，请给 %2 打电话。</translation>
    </message>
    <message>
        <source>%1: fever or warning sign — call now</source>
        <translation>%1：发烧或出现警示迹象——请立即打电话</translation>
    </message>
    <message>
        <source>%1&apos;s NeutroCare says to call the care team now. Make sure %1 has called, or call for them.</source>
        <translation>%1 的 NeutroCare 提示需要立即给医护团队打电话。请确认 %1 已经打过电话，或者由您代为打电话。</translation>
    </message>
    <message>
        <source>From the clinic server, last update %1.</source>
        <translation>来自诊所服务器，最后更新于 %1。</translation>
    </message>
    <message>
        <source>No connection to the clinic server for %1: what you see may be out of date. If you are worried, call %2.</source>
        <translation>已有 %1 未连接到诊所服务器：您看到的信息可能不是最新的。如果您担心，请给 %2 打电话。</translation>
    </message>
    <message>
        <source>Connecting to the clinic server…</source>
        <translation>正在连接诊所服务器…</translation>
    </message>
    <message>
        <source>Cannot reach the clinic server yet: %1</source>
        <translation>暂时无法连接到诊所服务器：%1</translation>
    </message>
    <message>
        <source>From the clinic server — last update %1; trying to reconnect.</source>
        <translation>来自诊所服务器——最后更新于 %1；正在尝试重新连接。</translation>
    </message>
    <message>
        <source>From the clinic server — last update %1.</source>
        <translation>来自诊所服务器——最后更新于 %1。</translation>
    </message>
</context>
<context>
    <name>nc::FollowedWindow</name>
    <message>
        <source>%1 — followed, read-only</source>
        <translation>%1——关注中，只读</translation>
    </message>
    <message>
        <source>%1&apos;s screens</source>
        <translation>%1 的界面</translation>
    </message>
</context>
<context>
    <name>nc::Handout</name>
    <message>
        <source>Sources: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>Content reviewed %1. Your care team&apos;s advice comes first.</source>
        <translation>内容审核于 %1。请以医护团队的建议为准。</translation>
    </message>
</context>
<context>
    <name>nc::HistoryScreen</name>
    <message>
        <source>▲ Fever level</source>
        <translation>▲ 发热水平</translation>
    </message>
    <message>
        <source>△ Raised</source>
        <translation>△ 偏高</translation>
    </message>
    <message>
        <source>▼ Low</source>
        <translation>▼ 偏低</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Blood counts</source>
        <translation>血常规</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Painkiller doses</source>
        <translation>止痛药用药</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Alerts and calls</source>
        <translation>警示和通话</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>时间段(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>编辑所选条目</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected entry (can be undone)</source>
        <translation>删除所选条目（可撤销）</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>判读</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>录入值</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Painkiller</source>
        <translation>止痛药</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Yes — may be masked</source>
        <translation>是——可能被掩盖</translation>
    </message>
    <message>
        <source>Delete temperature</source>
        <translation>删除体温</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>采血时间</translation>
    </message>
    <message>
        <source>ANC (/µL)</source>
        <translation>ANC (/µL)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>化验室</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>From WBC × %</source>
        <translation>由 WBC × % 算出</translation>
    </message>
    <message>
        <source>Delete blood count</source>
        <translation>删除血常规</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Delete symptom</source>
        <translation>删除症状</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Delete painkiller dose</source>
        <translation>删除止痛药用药</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>治疗方案</translation>
    </message>
    <message>
        <source>Delete treatment</source>
        <translation>删除治疗</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Delete medicine</source>
        <translation>删除药物</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Outcome logged</source>
        <translation>结果记录时间</translation>
    </message>
    <message>
        <source>Delete alert</source>
        <translation>删除警示</translation>
    </message>
    <message>
        <source>Deleted — Ctrl+Z to undo</source>
        <translation>已删除——按 Ctrl+Z 撤销</translation>
    </message>
</context>
<context>
    <name>nc::HomeLink</name>
    <message>
        <source>&quot;%1&quot; is a file; a link goes to the clinic&apos;s PostgreSQL server (postgresql://… or host=… dbname=…).</source>
        <translation>“%1”是一个文件；连接的对象应是诊所的 PostgreSQL 服务器（postgresql://… 或 host=… dbname=…）。</translation>
    </message>
    <message>
        <source>The server&apos;s address holds a password; give the password on its own instead.</source>
        <translation>服务器地址中包含密码；请去掉它，单独填写密码。</translation>
    </message>
    <message>
        <source>Give the login the clinic gave you.</source>
        <translation>请填写诊所给您的登录名。</translation>
    </message>
    <message>
        <source>A link starts from a patient&apos;s own file, not a server.</source>
        <translation>连接要从患者自己的文件发起，而不是从服务器发起。</translation>
    </message>
    <message>
        <source>The link&apos;s server address cannot be read.</source>
        <translation>无法读取此连接的服务器地址。</translation>
    </message>
    <message>
        <source>The clinic&apos;s values could not be read: %1</source>
        <translation>无法读取诊所的数值：%1</translation>
    </message>
    <message>
        <source>This login follows nobody on the clinic&apos;s server: ask the clinic to link it to the person you look after.</source>
        <translation>此登录账号在诊所服务器上没有关注任何人：请让诊所把它与您照护的人关联起来。</translation>
    </message>
    <message>
        <source>This profile is not linked to a clinic.</source>
        <translation>此档案未与诊所连接。</translation>
    </message>
    <message>
        <source>The fever protocol from your clinic could not be used (%1), so nothing the clinic changed was applied and your app keeps what it had. Please tell your clinic.</source>
        <translation>无法使用诊所发来的发热处理方案（%1），因此诊所所做的更改都没有应用，您的应用仍保持原有设置。请告知您的诊所。</translation>
    </message>
    <message>
        <source>The clinic&apos;s server has no patient for this login: ask your nurse to check the login they gave you.</source>
        <translation>诊所服务器上没有与此登录账号对应的患者：请让您的护士核对给您的登录名。</translation>
    </message>
</context>
<context>
    <name>nc::HomeLinkService</name>
    <message>
        <source>A link starts from a patient&apos;s own file, not from the clinic&apos;s server.</source>
        <translation>连接要从患者自己的文件发起，而不是从诊所服务器发起。</translation>
    </message>
</context>
<context>
    <name>nc::ImportDialog</name>
    <message>
        <source>Import records for %1</source>
        <translation>为 %1 导入记录</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>导入状态</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was imported.</source>
        <translation>读取已取消。未导入任何内容。</translation>
    </message>
    <message>
        <source>Into the records of: %1</source>
        <translation>导入到以下人员的记录：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 cannot be imported. Nothing was stored. Fix these problems in the file and try again:</source>
        <translation>无法导入 %1。未保存任何内容。请修正文件中的以下问题后重试：</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>文件中的问题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the first %1 are listed.</source>
        <translation>
            <numerusform>发现 %n 个问题；下面列出前 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>What importing %1 will do:</source>
        <translation>导入 %1 将会：</translation>
    </message>
    <message>
        <source>Records in the file</source>
        <translation>文件中的记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新记录</translation>
    </message>
    <message>
        <source>Already stored (skipped)</source>
        <translation>已保存（跳过）</translation>
    </message>
    <message>
        <source>Results NeutroCare does not track (not imported):</source>
        <translation>NeutroCare 不跟踪的结果（不导入）：</translation>
    </message>
    <message>
        <source>Results not imported</source>
        <translation>未导入的结果</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) the lab marked as entered in error or cancelled (not imported).</source>
        <translation>
            <numerusform>%n 个结果被化验室标记为录入错误或已取消（不导入）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is stored until you press Import.</source>
        <translation>点击“导入”之前，不会保存任何内容。</translation>
    </message>
    <message>
        <source>Everything in this file is already stored: there is nothing to import.</source>
        <translation>此文件中的所有内容都已保存：没有需要导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n record(s)</source>
        <translation>
            <numerusform>导入 %n 条记录(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>导入已取消。未保存任何内容。</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
</context>
<context>
    <name>nc::ImportError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1，字段 %2：%3</translation>
    </message>
</context>
<context>
    <name>nc::JsonReader</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>不是有效的 JSON，位置 %1：%2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>必须是对象或 null</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must lie between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>必须是非空文本</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time with an offset, like 2026-03-10T08:00:00+01:00</source>
        <translation>不是带时区偏移的 ISO 8601 时间，例如 2026-03-10T08:00:00+01:00</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>未知的%1“%2”</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
</context>
<context>
    <name>nc::LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation>了解</translation>
    </message>
    <message>
        <source>Short articles in plain words, checked against medical guidelines. They explain; your care team decides.</source>
        <translation>用通俗语言写成的简短文章，已对照医学指南核实。文章用于解释说明，由您的医护团队做决定。</translation>
    </message>
    <message>
        <source>&amp;Search the articles</source>
        <translation>搜索文章(&amp;S)</translation>
    </message>
    <message>
        <source>Search the articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>For example: fever, food, G-CSF</source>
        <translation>例如：发烧、饮食、G-CSF</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous article</source>
        <translation>返回上一篇文章</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>后退 (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Forward to the next article</source>
        <translation>前往下一篇文章</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>前进 (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print this article as a handout</source>
        <translation>将这篇文章打印为健康教育单</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <source>No article matches “%1”. Try a shorter or different word.</source>
        <translation>没有与“%1”匹配的文章。请试试更短的词或换个词。</translation>
    </message>
    <message>
        <source>1 article matches “%1”</source>
        <translation>1 篇文章与“%1”匹配</translation>
    </message>
    <message>
        <source>%1 articles match “%2”</source>
        <translation>%1 篇文章与“%2”匹配</translation>
    </message>
</context>
<context>
    <name>nc::LinkDialog</name>
    <message>
        <source>Link %1 to the clinic</source>
        <translation>将 %1 与诊所连接</translation>
    </message>
    <message>
        <source>Follow someone you look after</source>
        <translation>关注您照护的人</translation>
    </message>
    <message>
        <source>Your clinic gives you the server&apos;s address, a login and a password. Once linked, what you log here is also sent to the clinic, so your nurses see it. Everything stays on this computer too, and your alerts keep working without the internet.</source>
        <translation>诊所会提供服务器地址、登录名和密码。连接后，您在这里记录的内容也会发送给诊所，您的护士就能看到。所有内容同样保存在这台电脑上，即使没有网络，警示也照常工作。</translation>
    </message>
    <message>
        <source>The clinic gives a caregiver the server&apos;s address, a login and a password. You then see the person&apos;s Today, charts and history as the clinic&apos;s server has them, and get their alerts here. You can look, not change anything.</source>
        <translation>诊所会向照护者提供服务器地址、登录名和密码。之后，您可以看到诊所服务器上此人的“今天”、“图表”和“历史记录”，并在这里收到其警示。您只能查看，不能更改任何内容。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>服务器地址(&amp;S)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>How the server is checked</source>
        <translation>服务器验证方式</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate (safest)</source>
        <translation>验证服务器证书（最安全）</translation>
    </message>
    <message>
        <source>Encrypt, but do not check the certificate (less safe)</source>
        <translation>加密，但不验证证书（安全性较低）</translation>
    </message>
    <message>
        <source>Do not encrypt (least safe: only inside the clinic&apos;s own network)</source>
        <translation>不加密（安全性最低：仅限诊所内部网络使用）</translation>
    </message>
    <message>
        <source>&amp;Checking</source>
        <translation>验证(&amp;C)</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>密码保存位置</translation>
    </message>
    <message>
        <source>In this computer&apos;s &amp;keyring (recommended)</source>
        <translation>保存在这台电脑的密钥环中（推荐）(&amp;K)</translation>
    </message>
    <message>
        <source>In a password &amp;file that only you can read, for computers without a keyring</source>
        <translation>保存在只有您能读取的密码文件中，适用于没有密钥环的电脑(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>连接(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>关注(&amp;F)</translation>
    </message>
    <message>
        <source>Less safe: the connection is encrypted, but someone who pretends to be the clinic&apos;s server would not be noticed.</source>
        <translation>安全性较低：连接是加密的，但如果有人冒充诊所服务器，将无法察觉。</translation>
    </message>
    <message>
        <source>Least safe: anyone on the network between this computer and the clinic could read or change what is sent. Choose this only if the clinic asks you to.</source>
        <translation>安全性最低：这台电脑与诊所之间网络上的任何人都可能读取或篡改发送的内容。只有在诊所要求时才选择此项。</translation>
    </message>
    <message>
        <source>Type the password the clinic gave you.</source>
        <translation>请输入诊所给您的密码。</translation>
    </message>
    <message>
        <source>Trying the login with the clinic&apos;s server…</source>
        <translation>正在用诊所服务器验证登录…</translation>
    </message>
    <message>
        <source>The clinic refused the login. Check the login and password, or ask your nurse for a new one.</source>
        <translation>诊所拒绝了此登录。请检查登录名和密码，或向您的护士申请新的登录账号。</translation>
    </message>
    <message>
        <source>You can keep the password in a file that only you can read instead: choose it above and press Link again.</source>
        <translation>您也可以改为将密码保存在只有您能读取的文件中：请在上方选择该选项，然后再次点击“连接”。</translation>
    </message>
</context>
<context>
    <name>nc::LinkSection</name>
    <message>
        <source>Link to my clinic</source>
        <translation>与我的诊所连接</translation>
    </message>
    <message>
        <source>Link to my &amp;clinic…</source>
        <translation>与我的诊所连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>立即发送(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>断开连接(&amp;U)…</translation>
    </message>
    <message>
        <source>Link &amp;again with a new login…</source>
        <translation>用新的登录名重新连接(&amp;A)…</translation>
    </message>
    <message>
        <source>%1 is linked to the clinic: what is logged is sent there from now on, and what was logged before goes first.</source>
        <translation>%1 已与诊所连接：从现在起，记录的内容会发送到诊所，之前记录的内容会先发送。</translation>
    </message>
    <message>
        <source>Unlink from the clinic</source>
        <translation>断开与诊所的连接</translation>
    </message>
    <message>
        <source>Stop sending %1&apos;s entries to the clinic?</source>
        <translation>停止向诊所发送 %1 的记录？</translation>
    </message>
    <message>
        <source>Everything stays on this computer. The clinic keeps the copy it already has: to have it removed, ask the clinic.</source>
        <translation>所有内容仍保存在这台电脑上。诊所会保留已有的副本：如需删除，请联系诊所。</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>断开连接(&amp;U)</translation>
    </message>
    <message>
        <source>Unlinked. Everything stays on this computer; the clinic keeps its copy until you ask them to remove it.</source>
        <translation>已断开连接。所有内容仍保存在这台电脑上；诊所会保留其副本，直到您要求删除。</translation>
    </message>
</context>
<context>
    <name>nc::LinkStatus</name>
    <message>
        <source>Not linked to a clinic: everything stays on this computer.</source>
        <translation>未与诊所连接：所有内容都只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>The clinic refused the login: ask your nurse for a new one.</source>
        <translation>诊所拒绝了此登录：请向您的护士申请新的登录账号。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting to be sent — no connection since %1</source>
        <translation>
            <numerusform>%n 条记录等待发送——自 %1 起未连接</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to %1 — no connection since %2</source>
        <translation>已与 %1 连接——自 %2 起未连接</translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting to be sent — the clinic server did not take them</source>
        <translation>
            <numerusform>%n 条记录等待发送——诊所服务器未接收</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n entries to %1…</source>
        <translation>
            <numerusform>正在向 %1 发送 %n 条记录…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked to %1 — %n entries to send</source>
        <translation>
            <numerusform>已与 %1 连接——%n 条记录待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to %1 — nothing sent yet</source>
        <translation>已与 %1 连接——尚未发送任何内容</translation>
    </message>
    <message>
        <source>Linked to %1 — last sent %2</source>
        <translation>已与 %1 连接——最近一次发送于 %2</translation>
    </message>
</context>
<context>
    <name>nc::LinkStatusLine</name>
    <message>
        <source>Link to the clinic</source>
        <translation>与诊所连接</translation>
    </message>
</context>
<context>
    <name>nc::LogDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>记录对象：%1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>N&amp;ote (optional)</source>
        <translation>备注（可选）(&amp;O)</translation>
    </message>
    <message>
        <source>%1: %2 is later than now. Please check the date and time: only what has already happened can be logged.</source>
        <translation>%1：%2 晚于当前时间。请检查日期和时间：只能记录已经发生的事情。</translation>
    </message>
    <message>
        <source>%1: %2 is after today. Please check the date: only what has already happened can be logged.</source>
        <translation>%1：%2 晚于今天。请检查日期：只能记录已经发生的事情。</translation>
    </message>
</context>
<context>
    <name>nc::MainWindow</name>
    <message>
        <source>call now</source>
        <translation>立即打电话</translation>
    </message>
    <message>
        <source>call today</source>
        <translation>今天打电话</translation>
    </message>
    <message>
        <source>take temperature now</source>
        <translation>现在量体温</translation>
    </message>
    <message>
        <source>recheck soon</source>
        <translation>尽快复测</translation>
    </message>
    <message>
        <source>take extra care</source>
        <translation>格外小心</translation>
    </message>
    <message>
        <source>no recent temperature</source>
        <translation>近期无体温记录</translation>
    </message>
    <message>
        <source>no warning signs</source>
        <translation>无警示迹象</translation>
    </message>
    <message>
        <source>NeutroCare</source>
        <translation>NeutroCare</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>了解</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>防护措施</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your data was backed up to %1.</source>
        <translation>您的数据已备份到 %1。</translation>
    </message>
    <message>
        <source>Loo&amp;king after:</source>
        <translation>当前患者(&amp;K)：</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>新建档案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Follow someone you look after…</source>
        <translation>关注您照护的人(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation>备份到(&amp;T)…</translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation>备份到文件夹</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>记录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Temperature…</source>
        <translation>体温(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Blood count…</source>
        <translation>血常规(&amp;B)…</translation>
    </message>
    <message>
        <source>S&amp;ymptoms…</source>
        <translation>症状(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Painkiller dose…</source>
        <translation>止痛药用药(&amp;P)…</translation>
    </message>
    <message>
        <source>T&amp;reatment…</source>
        <translation>治疗(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Medicine…</source>
        <translation>药物(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>了解(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Precautions</source>
        <translation>防护措施(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About NeutroCare</source>
        <translation>关于 NeutroCare(&amp;A)</translation>
    </message>
    <message>
        <source>About NeutroCare</source>
        <translation>关于 NeutroCare</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;NeutroCare %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Self-monitoring and education for people on chemotherapy at risk of neutropenia. It does not diagnose: when in doubt, call your care team.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;NeutroCare %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;为正在接受化疗、有中性粒细胞减少症风险的人提供自我监测和健康教育。本软件不做诊断：如有疑问，请给您的医护团队打电话。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>NeutroCare is still running</source>
        <translation>NeutroCare 仍在运行</translation>
    </message>
    <message>
        <source>It keeps reminding you while its window is closed. To open it, start NeutroCare again. To quit, choose File ▸ Quit, or Quit NeutroCare here.</source>
        <translation>窗口关闭后，它仍会继续提醒您。要打开窗口，请再次启动 NeutroCare。要退出，请选择“文件 ▸ 退出”，或在这里选择“退出 NeutroCare”。</translation>
    </message>
    <message>
        <source>Your data was restored. What was there before was backed up first.</source>
        <translation>您的数据已恢复。恢复前已先备份了原有数据。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — followed, read-only</source>
        <translation>%1——关注中，只读</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation>——%1</translation>
    </message>
    <message>
        <source>%1 (followed, read-only): %2 %3</source>
        <translation>%1（关注中，只读）：%2 %3</translation>
    </message>
    <message>
        <source>Following %1, read-only: in “Looking after”, with their alerts here.</source>
        <translation>已关注 %1（只读）：可在“当前患者”中选择，其警示也会显示在这里。</translation>
    </message>
    <message>
        <source>Cannot reach the clinic server</source>
        <translation>无法连接到诊所服务器</translation>
    </message>
    <message>
        <source>This desktop shows NeutroCare&apos;s reminders only in this window: keep it open, and take your temperature at the times your care team gave you.</source>
        <translation>在此桌面环境中，NeutroCare 的提醒只会显示在这个窗口里：请保持窗口打开，并按照医护团队告诉您的时间量体温。</translation>
    </message>
</context>
<context>
    <name>nc::MedicineDialog</name>
    <message>
        <source>Edit medicine</source>
        <translation>编辑药物</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>添加药物</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>药物名称</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>药物(&amp;M)</translation>
    </message>
    <message>
        <source>Good to know: %1 can sometimes lower the neutrophil count. Keep taking it as prescribed and ask your care team about it.</source>
        <translation>提示：%1 有时会使中性粒细胞计数降低。请继续按医嘱服用，并向您的医护团队咨询。</translation>
    </message>
    <message>
        <source>Dose (optional)</source>
        <translation>剂量（可选）</translation>
    </message>
    <message>
        <source>&amp;Dose (optional)</source>
        <translation>剂量（可选）(&amp;D)</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <source>Please type the medicine&apos;s name.</source>
        <translation>请输入药物名称。</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>添加药物</translation>
    </message>
</context>
<context>
    <name>nc::PageFrame</name>
    <message>
        <source>In hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>Printed %1 with NeutroCare — education and self-monitoring, not a diagnosis.</source>
        <translation>由 NeutroCare 于 %1 打印——用于健康教育和自我监测，不作为诊断。</translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation>您的医护团队</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>nc::PasswordStore</name>
    <message>
        <source>The password could not be kept in this desktop&apos;s keyring (%1).</source>
        <translation>无法将密码保存到此桌面的密钥环中（%1）。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <translation>发热</translation>
    </message>
    <message>
        <source>sustained fever</source>
        <translation>持续发热</translation>
    </message>
    <message>
        <source>low temperature</source>
        <translation>体温过低</translation>
    </message>
    <message>
        <source>red-flag symptom</source>
        <translation>危险信号症状</translation>
    </message>
    <message>
        <source>sign of infection</source>
        <translation>感染迹象</translation>
    </message>
    <message>
        <source>borderline temperature</source>
        <translation>体温处于临界值</translation>
    </message>
    <message>
        <source>severe neutropenia</source>
        <translation>重度中性粒细胞减少症</translation>
    </message>
    <message>
        <source>several warning signs</source>
        <translation>多个警示信号</translation>
    </message>
    <message>
        <source>reading may be masked</source>
        <translation>读数可能被掩盖</translation>
    </message>
    <message>
        <source>recently contacted</source>
        <translation>近期已联系</translation>
    </message>
    <message>
        <source>low-count days</source>
        <translation>血细胞低值期</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>%1 的报告</translation>
    </message>
    <message>
        <source>STATUS ON %1</source>
        <translation>%1 的状况</translation>
    </message>
    <message>
        <source>%1 (at the usual level the clinic set)</source>
        <translation>%1（处于诊所设定的平常水平）</translation>
    </message>
    <message>
        <source>Latest ANC: &lt;b&gt;%1&lt;/b&gt; on %2 — %3; %4 grade %5, %6 grade %7%8</source>
        <translation>最近一次 ANC：%2 为 &lt;b&gt;%1&lt;/b&gt; — %3；%4 %5 级，%6 %7 级%8</translation>
    </message>
    <message>
        <source> (out of date)</source>
        <translation>（已过时）</translation>
    </message>
    <message>
        <source>No blood count on record.</source>
        <translation>没有血常规记录。</translation>
    </message>
    <message>
        <source>Chemotherapy on %1 (day %2); expected low-count days %3 to %4%5.</source>
        <translation>%1 化疗（第 %2 天）；预计血细胞低值期为 %3 至 %4%5。</translation>
    </message>
    <message>
        <source>, may be shorter with G-CSF</source>
        <translation>，使用 G-CSF 后可能缩短</translation>
    </message>
    <message>
        <source>TEMPERATURES</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>1 at fever level</source>
        <translation>1 次达到发热标准</translation>
    </message>
    <message>
        <source>%1 at fever level</source>
        <translation>%1 次达到发热标准</translation>
    </message>
    <message>
        <source>HIGHEST</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>LOWEST ANC</source>
        <translation>ANC 最低值</translation>
    </message>
    <message>
        <source>ALERTS</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>%1 with contact made</source>
        <translation>其中 %1 次已联系</translation>
    </message>
    <message>
        <source>Fever: %1 (%2).</source>
        <translation>发热：%1（%2）。</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>No temperatures in this period.</source>
        <translation>此期间没有体温记录。</translation>
    </message>
    <message>
        <source>▲ Fever</source>
        <translation>▲ 发热</translation>
    </message>
    <message>
        <source>▲ Raised</source>
        <translation>▲ 偏高</translation>
    </message>
    <message>
        <source>Borderline</source>
        <translation>临界</translation>
    </message>
    <message>
        <source>▼ Low</source>
        <translation>▼ 偏低</translation>
    </message>
    <message>
        <source>after a painkiller: may be masked</source>
        <translation>服用止痛药后：可能被掩盖</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>测量部位</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Severity by ANC; grades of “neutrophil count decreased” as %1 (LLN %2) / %3.</source>
        <translation>严重程度按 ANC 划分；“中性粒细胞计数降低”的分级依据 %1（LLN %2）/ %3。</translation>
    </message>
    <message>
        <source>LLN from the clinic&apos;s protocol file.</source>
        <translation>LLN 取自诊所的方案文件。</translation>
    </message>
    <message>
        <source>LLN set by the clinic.</source>
        <translation>LLN 由诊所设定。</translation>
    </message>
    <message>
        <source>Usual level set by the clinic: %1; a count from there up to %2 reads “at the usual level”.</source>
        <translation>诊所设定的平常水平：%1；计数从该值到 %2 之间时显示为“处于平常水平”。</translation>
    </message>
    <message>
        <source>Blood counts</source>
        <translation>血常规</translation>
    </message>
    <message>
        <source>No blood counts in this period.</source>
        <translation>此期间没有血常规记录。</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>WBC %1 × %2%</source>
        <translation>白细胞 %1 × %2%</translation>
    </message>
    <message>
        <source>%1 (usual level)</source>
        <translation>%1（平常水平）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>ANC</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>化验室</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>No symptoms logged in this period.</source>
        <translation>此期间没有记录症状。</translation>
    </message>
    <message>
        <source>⚠ Red flag: call now</source>
        <translation>⚠ 危险信号：立即打电话</translation>
    </message>
    <message>
        <source>Sign of infection</source>
        <translation>感染迹象</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>No treatments on record for this period.</source>
        <translation>此期间没有治疗记录。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>治疗方案</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Each “call your care team” alert from when it began, whether or not anyone said what happened.</source>
        <translation>列出每一条“请联系医护团队”警示及其开始时间，无论是否有人记录了后续情况。</translation>
    </message>
    <message>
        <source>No alerts in this period.</source>
        <translation>此期间没有警示。</translation>
    </message>
    <message>
        <source>⚠ Call now</source>
        <translation>⚠ 立即打电话</translation>
    </message>
    <message>
        <source>☎ Call today</source>
        <translation>☎ 今天打电话</translation>
    </message>
    <message>
        <source>logged %1</source>
        <translation>记录于 %1</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>发出时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Painkiller doses</source>
        <translation>止痛药服用记录</translation>
    </message>
    <message>
        <source>No painkiller doses logged in this period.</source>
        <translation>此期间没有记录服用止痛药。</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Precautions checklist</source>
        <translation>防护措施清单</translation>
    </message>
    <message>
        <source>Items ticked each day out of the %1 on the daily checklist.</source>
        <translation>每日清单共 %1 项，这里是每天勾选的项数。</translation>
    </message>
    <message>
        <source>No checklist ticks in this period.</source>
        <translation>此期间清单上没有任何勾选。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Overall: &lt;b&gt;%1%&lt;/b&gt; of the daily precautions ticked.</source>
        <translation>总计：每日防护措施勾选了 &lt;b&gt;%1%&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Days with ticks</source>
        <translation>有勾选的天数</translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation>已勾选项数</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>依从性</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>出生于 %1</translation>
    </message>
    <message>
        <source>temperatures in %1</source>
        <translation>体温单位：%1</translation>
    </message>
    <message>
        <source>Private notes are included at the patient&apos;s choice.</source>
        <translation>根据患者的选择，报告包含私人备注。</translation>
    </message>
    <message>
        <source>Private notes are not included.</source>
        <translation>报告不包含私人备注。</translation>
    </message>
    <message numerus="yes">
        <source>In this period and the %n days before it.</source>
        <translation>
            <numerusform>本期间及之前 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A fever medicine can lower a temperature for up to %n hours: readings taken then are flagged.</source>
        <translation>
            <numerusform>退烧药可使体温降低长达 %n 小时：在此期间测得的读数会被标记。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::PatientWindow</name>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Print the report, the wallet card or a sheet</source>
        <translation>打印报告、随身卡或健康教育单</translation>
    </message>
    <message>
        <source>Education &amp;sheet</source>
        <translation>健康教育单(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>新建通话(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a new telephone call about this patient</source>
        <translation>为该患者记录一次新的电话</translation>
    </message>
    <message>
        <source>Read-only: the patient&apos;s own records are theirs and cannot be changed from the desk. The clinic&apos;s values are on their own tab.</source>
        <translation>只读：患者自己的记录属于患者本人，分诊台无法更改。诊所设定的数值在单独的标签页中。</translation>
    </message>
    <message>
        <source>This patient&apos;s screens</source>
        <translation>该患者的页面</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <source>Clinic &amp;values</source>
        <translation>诊所数值(&amp;V)</translation>
    </message>
    <message>
        <source>Telephone calls, newest first</source>
        <translation>电话记录（最新的在前）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>接听人</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>The selected call</source>
        <translation>所选通话</translation>
    </message>
    <message>
        <source>Follow-up call &amp;made</source>
        <translation>已完成随访电话(&amp;M)</translation>
    </message>
    <message>
        <source>Mark the selected call&apos;s follow-up as made</source>
        <translation>将所选通话的随访标记为已完成</translation>
    </message>
    <message>
        <source>Print call &amp;record…</source>
        <translation>打印通话记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the selected call&apos;s record</source>
        <translation>打印所选通话的记录</translation>
    </message>
    <message>
        <source>A patient no longer on the server</source>
        <translation>已不在服务器上的患者</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1（出生于 %2）</translation>
    </message>
    <message>
        <source>%1 — NeutroCare triage desk</source>
        <translation>%1 — NeutroCare 分诊台</translation>
    </message>
    <message>
        <source>Made by %1</source>
        <translation>已由 %1 完成</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起已逾期</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>应于 %1 完成</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No call recorded yet. Use New call when the patient or a caregiver telephones.</source>
        <translation>尚未记录任何通话。患者或照护者来电时，请使用“新建通话”。</translation>
    </message>
    <message>
        <source>Taken by %1 on %2</source>
        <translation>由 %1 于 %2 接听</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>来电人：%1</translation>
    </message>
    <message>
        <source>Reported temperature: %1 (%2) at %3</source>
        <translation>反映的体温：%1（%2），时间：%3</translation>
    </message>
    <message>
        <source>Reported symptom: %1</source>
        <translation>反映的症状：%1</translation>
    </message>
    <message>
        <source>Fever medicine: %1 at %2</source>
        <translation>退烧药：%1，服用时间：%2</translation>
    </message>
    <message>
        <source>Assessment: %1 (protocol %2)</source>
        <translation>评估：%1（方案 %2）</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>Disposition: %1</source>
        <translation>处置：%1</translation>
    </message>
    <message>
        <source>Reason for a less urgent disposition: %1</source>
        <translation>选择较低紧急程度处置的原因：%1</translation>
    </message>
    <message>
        <source>Advice given: %1</source>
        <translation>给出的建议：%1</translation>
    </message>
    <message>
        <source>Decision support for clinicians: %1, %2</source>
        <translation>供临床医护人员参考的决策支持：%1，%2</translation>
    </message>
    <message>
        <source>Follow-up not marked</source>
        <translation>随访未标记</translation>
    </message>
</context>
<context>
    <name>nc::PrecautionsScreen</name>
    <message>
        <source>Precautions for today</source>
        <translation>今天的防护措施</translation>
    </message>
    <message>
        <source>Tick each one you have done today. Ticks are kept for each day, so tomorrow starts with a fresh list.</source>
        <translation>今天做到了哪一项，就勾选哪一项。勾选按天保存，所以明天会是一份新的清单。</translation>
    </message>
    <message>
        <source>Most important in your low-count days</source>
        <translation>血细胞低值期最重要</translation>
    </message>
    <message>
        <source>Most important in your low-count days. %1</source>
        <translation>血细胞低值期最重要。%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are in your low-count days: day %1 after treatment.&lt;/b&gt;&lt;br&gt;Your neutrophils are expected to be at their lowest until %2, so infections are more likely. The precautions marked &lt;b&gt;“Most important in your low-count days”&lt;/b&gt; matter most now. This is a prediction, not a blood test: a fever still means a call straight away.</source>
        <translation>&lt;b&gt;您正处于血细胞低值期：治疗后第 %1 天。&lt;/b&gt;&lt;br&gt;预计到 %2 为止，您的中性粒细胞都会处于最低水平，因此更容易感染。标有&lt;b&gt;“血细胞低值期最重要”&lt;/b&gt;的防护措施现在最为关键。这只是预测，不是验血结果：只要发烧，仍然要立即打电话。</translation>
    </message>
    <message>
        <source>You are in your low-count days</source>
        <translation>您正处于血细胞低值期</translation>
    </message>
    <message>
        <source>Your tick could not be saved: %1</source>
        <translation>您的勾选未能保存：%1</translation>
    </message>
    <message>
        <source>%1 of %2 done today</source>
        <translation>今天已完成 %1/%2 项</translation>
    </message>
    <message>
        <source>This cycle, day by day</source>
        <translation>本疗程，逐日查看</translation>
    </message>
    <message>
        <source>Create a profile to keep your ticks.</source>
        <translation>创建档案后即可保存您的勾选。</translation>
    </message>
    <message>
        <source>%1 of %2 ticks, and every precaution done on %3 of %4 days.</source>
        <translation>共勾选 %1/%2 项；%4 天中有 %3 天完成了全部防护措施。</translation>
    </message>
    <message>
        <source>Since your treatment on %1: %2</source>
        <translation>自 %1 治疗以来：%2</translation>
    </message>
    <message numerus="yes">
        <source>The last %n days</source>
        <translation>
            <numerusform>最近 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::PrintCommands</name>
    <message>
        <source>Print &amp;report…</source>
        <translation>打印报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Print wallet alert &amp;card…</source>
        <translation>打印随身警示卡(&amp;C)…</translation>
    </message>
    <message>
        <source>Print “&amp;When to call” sheet…</source>
        <translation>打印“何时打电话”单(&amp;W)…</translation>
    </message>
    <message>
        <source>Print preview — %1 — %2</source>
        <translation>打印预览 — %1 — %2</translation>
    </message>
</context>
<context>
    <name>nc::ProfileForm</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>For example: Maria</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Year of birth (optional)</source>
        <translation>出生年份（可选）</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>&amp;Year of birth (optional)</source>
        <translation>出生年份（可选）(&amp;Y)</translation>
    </message>
    <message>
        <source>Fever protocol</source>
        <translation>发热处理方案</translation>
    </message>
    <message>
        <source>Clinic&apos;s &amp;file…</source>
        <translation>诊所文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Load the clinic&apos;s protocol file</source>
        <translation>载入诊所的方案文件</translation>
    </message>
    <message>
        <source>Fever &amp;protocol</source>
        <translation>发热处理方案(&amp;P)</translation>
    </message>
    <message>
        <source>Clinic or care team name</source>
        <translation>诊所或医护团队名称</translation>
    </message>
    <message>
        <source>&amp;Clinic or care team</source>
        <translation>诊所或医护团队(&amp;C)</translation>
    </message>
    <message>
        <source>Care team phone number, daytime</source>
        <translation>医护团队白天电话</translation>
    </message>
    <message>
        <source>Phone, &amp;daytime</source>
        <translation>电话（白天）(&amp;D)</translation>
    </message>
    <message>
        <source>Care team phone number, evenings, nights and weekends</source>
        <translation>医护团队晚上、夜间和周末电话</translation>
    </message>
    <message>
        <source>Phone, &amp;evenings and weekends</source>
        <translation>电话（晚上和周末）(&amp;E)</translation>
    </message>
    <message>
        <source>Temperature unit</source>
        <translation>体温单位</translation>
    </message>
    <message>
        <source>Celsius (°C)</source>
        <translation>摄氏度 (°C)</translation>
    </message>
    <message>
        <source>Fahrenheit (°F)</source>
        <translation>华氏度 (°F)</translation>
    </message>
    <message>
        <source>Temperature &amp;unit</source>
        <translation>体温单位(&amp;U)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Call now at %1.</source>
        <translation>请立即拨打 %1。</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>，或 </translation>
    </message>
    <message>
        <source>From your clinic&apos;s protocol file.</source>
        <translation>来自您诊所的方案文件。</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>Clinic protocol: %1</source>
        <translation>诊所方案：%1</translation>
    </message>
    <message>
        <source>Open the clinic&apos;s protocol file</source>
        <translation>打开诊所的方案文件</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>方案文件 (*.json)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>This protocol file cannot be used: %1</source>
        <translation>无法使用此方案文件：%1</translation>
    </message>
    <message>
        <source>This protocol file cannot be used: &quot;%1&quot; %2</source>
        <translation>无法使用此方案文件：“%1”%2</translation>
    </message>
    <message>
        <source>Please enter a name for this profile.</source>
        <translation>请为此档案输入一个名字。</translation>
    </message>
</context>
<context>
    <name>nc::Protocol</name>
    <message>
        <source>IDSA / ASCO (United States)</source>
        <translation>IDSA / ASCO（美国）</translation>
    </message>
    <message>
        <source>CDC patient guidance (100.4 °F)</source>
        <translation>CDC 患者指南（100.4 °F）</translation>
    </message>
    <message>
        <source>ESMO 2016 (Europe)</source>
        <translation>ESMO 2016（欧洲）</translation>
    </message>
    <message>
        <source>NICE CG151 (United Kingdom)</source>
        <translation>NICE CG151（英国）</translation>
    </message>
    <message>
        <source>UK acute oncology alert card (37.5 °C)</source>
        <translation>英国急性肿瘤警示卡（37.5 °C）</translation>
    </message>
    <message>
        <source>must not be before nadir_start_day</source>
        <translation>不得早于 nadir_start_day</translation>
    </message>
    <message>
        <source>must not be above the single-reading threshold</source>
        <translation>不得高于单次读数阈值</translation>
    </message>
    <message>
        <source>must be below the single-reading threshold</source>
        <translation>必须低于单次读数阈值</translation>
    </message>
    <message>
        <source>a protocol file must hold one JSON object</source>
        <translation>方案文件必须只包含一个 JSON 对象</translation>
    </message>
</context>
<context>
    <name>nc::RecoveryDialog</name>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (recommended)</source>
        <translation>恢复 %1 的备份（推荐）</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation>恢复最近一次完好的备份</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>从其他文件恢复(&amp;A)…</translation>
    </message>
    <message>
        <source>Restore from another file</source>
        <translation>从其他文件恢复</translation>
    </message>
    <message>
        <source>Choose a NeutroCare backup</source>
        <translation>选择一个 NeutroCare 备份</translation>
    </message>
    <message>
        <source>NeutroCare data (*.sqlite);;All files (*)</source>
        <translation>NeutroCare 数据 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Try to connect to the clinic server again</source>
        <translation>再次尝试连接诊所服务器</translation>
    </message>
    <message>
        <source>Open the data on this &amp;computer instead</source>
        <translation>改为打开这台电脑上的数据(&amp;C)</translation>
    </message>
    <message>
        <source>Open the NeutroCare data on this computer instead</source>
        <translation>改为打开这台电脑上的 NeutroCare 数据</translation>
    </message>
    <message>
        <source>&amp;Quit NeutroCare</source>
        <translation>退出 NeutroCare(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit NeutroCare</source>
        <translation>退出 NeutroCare</translation>
    </message>
</context>
<context>
    <name>nc::Reminders</name>
    <message>
        <source>%1: %2</source>
        <comment>a reminder&apos;s title: the person&apos;s name, then the title</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Call your care team now. When you have, press &quot;I contacted my care team&quot;.</source>
        <translation>请立即打电话给医护团队。打完后，请点按“我已联系了医护团队”。</translation>
    </message>
    <message>
        <source>Temperature check</source>
        <translation>量体温</translation>
    </message>
    <message>
        <source>Your temperature check is overdue: please take your temperature now.</source>
        <translation>量体温的时间已经过了：请现在量一下体温。</translation>
    </message>
    <message>
        <source>It is time to take your temperature again.</source>
        <translation>该再量一次体温了。</translation>
    </message>
    <message>
        <source>You are in your low-count days: please take your temperature now.</source>
        <translation>您正处于血细胞低值期：请现在量一下体温。</translation>
    </message>
    <message>
        <source>G-CSF injection</source>
        <translation>G-CSF 升白针</translation>
    </message>
    <message>
        <source>Your %1 injection is due today.</source>
        <translation>今天该打 %1 针了。</translation>
    </message>
</context>
<context>
    <name>nc::ReportDialog</name>
    <message>
        <source>Print a report for %1</source>
        <translation>为 %1 打印报告</translation>
    </message>
    <message>
        <source>Report for: %1</source>
        <translation>报告对象：%1</translation>
    </message>
    <message>
        <source>A report for the care team: the status, charts, readings, blood counts, symptoms, alerts and checklist for the days you choose.</source>
        <translation>给医护团队看的报告：包含您所选日期内的状况、图表、读数、血常规、症状、警示和清单。</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>报告的第一天</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>报告的最后一天</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Include my private &amp;notes</source>
        <translation>包含我的私人备注(&amp;N)</translation>
    </message>
    <message>
        <source>Include the private notes in the report</source>
        <translation>在报告中包含私人备注</translation>
    </message>
    <message>
        <source>Notes are left out unless you tick this.</source>
        <translation>只有勾选此项，报告才会包含备注。</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation>预览报告</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>⚠ The first day is after the last day.</source>
        <translation>⚠ 第一天晚于最后一天。</translation>
    </message>
</context>
<context>
    <name>nc::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore from the file %1. Your data as it is now is saved first, so nothing is lost.</source>
        <translation>从文件 %1 恢复。会先保存您现在的数据，所以不会丢失任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>NeutroCare keeps a copy of your data every day, for the last %n days. Choose the copy to go back to. Your data as it is now is saved first, so nothing is lost.</source>
        <translation>
            <numerusform>NeutroCare 每天都会为您的数据保存一份副本，保留最近 %n 天的副本。请选择要恢复到哪一份。会先保存您现在的数据，所以不会丢失任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>备份（最新的在前）</translation>
    </message>
    <message>
        <source>There are no backups yet. The first one is made while NeutroCare runs, or with File ▸ Back up now.</source>
        <translation>还没有备份。NeutroCare 运行时会创建第一份备份，您也可以使用“文件 ▸ 立即备份”。</translation>
    </message>
    <message>
        <source>What to restore</source>
        <translation>恢复哪些内容</translation>
    </message>
    <message numerus="yes">
        <source>Every profile (%n in all)</source>
        <translation>
            <numerusform>所有档案（共 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1, the others stay as they are</source>
        <translation>只恢复 %1，其他档案保持不变</translation>
    </message>
    <message>
        <source>Res&amp;tore:</source>
        <translation>恢复(&amp;T)：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>恢复所选的备份</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>NeutroCare data (*.sqlite);;All files (*)</source>
        <translation>NeutroCare 数据 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This file cannot be restored. %1 Nothing was changed.</source>
        <translation>此文件无法恢复。%1 未做任何更改。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a backup&apos;s date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — made automatically before a restore</source>
        <translation>%1 — 恢复前自动创建</translation>
    </message>
    <message>
        <source>This replaces the data of %1 with the copy of %2. The other profiles stay as they are.</source>
        <translation>这会用 %2 的副本替换 %1 的数据。其他档案保持不变。</translation>
    </message>
    <message>
        <source>This replaces your data with the copy of %1.</source>
        <translation>这会用 %1 的副本替换您的数据。</translation>
    </message>
    <message numerus="yes">
        <source>This replaces all %n profiles with the copy of %1.</source>
        <translation>
            <numerusform>这会用 %1 的副本替换全部 %n 个档案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, added since then, will be removed, with its %n record(s).</source>
        <translation>
            <numerusform>%1 是之后添加的，将连同其 %n 条记录一起被删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, deleted since then, will come back, with its %n record(s).</source>
        <translation>
            <numerusform>%1 是之后删除的，将连同其 %n 条记录一起恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) made or changed since then, in %1, will be lost.</source>
        <translation>
            <numerusform>%1 中自那以后新建或更改的 %n 条记录将会丢失。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted since then, in %1, will come back.</source>
        <translation>
            <numerusform>%1 中自那以后删除的 %n 条记录将会恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings of %1 go back to what they were then.</source>
        <translation>%1 的设置将恢复到当时的状态。</translation>
    </message>
    <message>
        <source>Nothing has changed since then, so nothing will be lost.</source>
        <translation>自那以后没有任何变化，因此不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Your data as it is now is saved first, as a backup made automatically before a restore.</source>
        <translation>会先保存您现在的数据，作为恢复前自动创建的备份。</translation>
    </message>
    <message>
        <source>This backup cannot be used. %1 Nothing was changed.</source>
        <translation>此备份无法使用。%1 未做任何更改。</translation>
    </message>
    <message>
        <source>This backup holds no data for this profile: it was added after the backup was made. Nothing was changed.</source>
        <translation>此备份中没有该档案的数据：该档案是在备份之后添加的。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>nc::RiskScoresForm</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>None or mild</source>
        <translation>无或轻度</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <source>Decision support for clinicians</source>
        <translation>临床医护人员决策支持</translation>
    </message>
    <message>
        <source>MASCC and CISNE risk scores, kept with this call and never shown to the patient. They inform your clinical judgement; they do not replace it.</source>
        <translation>MASCC 和 CISNE 风险评分，与本次通话一起保存，绝不会向患者显示。评分用于辅助您的临床判断，不能替代临床判断。</translation>
    </message>
    <message>
        <source>Use &amp;MASCC (Multinational Association for Supportive Care in Cancer)</source>
        <translation>使用 MASCC（Multinational Association for Supportive Care in Cancer，癌症支持治疗多国学会）评分(&amp;M)</translation>
    </message>
    <message>
        <source>Use the MASCC score</source>
        <translation>使用 MASCC 评分</translation>
    </message>
    <message>
        <source>For adults with febrile neutropenia. Not validated during induction treatment for acute leukaemia, nor during conditioning for a stem-cell transplant.</source>
        <translation>适用于发热性中性粒细胞减少的成人患者。在急性白血病诱导治疗期间以及干细胞移植预处理期间未经验证。</translation>
    </message>
    <message>
        <source>Burden of illness</source>
        <translation>疾病负担</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Burden of illness</source>
        <translation>疾病负担(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Systolic blood pressure 90 mmHg or lower</source>
        <translation>收缩压 90 mmHg 或以下(&amp;S)</translation>
    </message>
    <message>
        <source>No hypotension (systolic &gt; 90 mmHg) — %1</source>
        <translation>无低血压（收缩压 &gt; 90 mmHg）— %1</translation>
    </message>
    <message>
        <source>Chronic obstructive pulmonary disease (C&amp;OPD)</source>
        <translation>慢性阻塞性肺疾病 (COPD)(&amp;O)</translation>
    </message>
    <message>
        <source>No COPD — %1</source>
        <translation>无 COPD — %1</translation>
    </message>
    <message>
        <source>&amp;Haematological cancer with a previous fungal infection</source>
        <translation>血液系统恶性肿瘤且既往有真菌感染(&amp;H)</translation>
    </message>
    <message>
        <source>A solid tumour, or a haematological cancer with no previous fungal infection — %1</source>
        <translation>实体瘤，或既往无真菌感染的血液系统恶性肿瘤 — %1</translation>
    </message>
    <message>
        <source>&amp;Dehydration needing intravenous fluids</source>
        <translation>脱水，需要静脉补液(&amp;D)</translation>
    </message>
    <message>
        <source>No dehydration needing IV fluids — %1</source>
        <translation>无需要静脉补液的脱水 — %1</translation>
    </message>
    <message>
        <source>O&amp;utpatient when the fever began</source>
        <translation>发热开始时为门诊患者(&amp;U)</translation>
    </message>
    <message>
        <source>Outpatient at the onset of fever — %1</source>
        <translation>发热开始时为门诊患者 — %1</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>年龄（岁）</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 岁</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>年龄(&amp;A)</translation>
    </message>
    <message>
        <source>Younger than %1 years — %2</source>
        <translation>年龄小于 %1 岁 — %2</translation>
    </message>
    <message>
        <source>Use &amp;CISNE (Clinical Index of Stable Febrile Neutropenia)</source>
        <translation>使用 CISNE（Clinical Index of Stable Febrile Neutropenia，稳定型发热性中性粒细胞减少临床指数）评分(&amp;C)</translation>
    </message>
    <message>
        <source>Use the CISNE score</source>
        <translation>使用 CISNE 评分</translation>
    </message>
    <message>
        <source>For adults with a solid tumour and febrile neutropenia who are clinically stable.</source>
        <translation>适用于临床情况稳定、患有实体瘤并发生发热性中性粒细胞减少的成人患者。</translation>
    </message>
    <message>
        <source>&amp;ECOG performance status 2 or more</source>
        <translation>ECOG 体能状态评分 2 分或以上(&amp;E)</translation>
    </message>
    <message>
        <source>Stress-induced hyper&amp;glycaemia</source>
        <translation>应激性高血糖(&amp;G)</translation>
    </message>
    <message>
        <source>Chronic obstructive &amp;pulmonary disease (COPD)</source>
        <translation>慢性阻塞性肺疾病 (COPD)(&amp;P)</translation>
    </message>
    <message>
        <source>Chronic cardio&amp;vascular disease</source>
        <translation>慢性心血管疾病(&amp;V)</translation>
    </message>
    <message>
        <source>Mucositis of NCI g&amp;rade 2 or more</source>
        <translation>NCI 分级 2 级或以上的黏膜炎(&amp;R)</translation>
    </message>
    <message>
        <source>Mo&amp;nocytes below 200/µL</source>
        <translation>单核细胞低于 200/µL(&amp;N)</translation>
    </message>
    <message>
        <source>MASCC not used</source>
        <translation>未使用 MASCC</translation>
    </message>
    <message>
        <source>CISNE not used</source>
        <translation>未使用 CISNE</translation>
    </message>
</context>
<context>
    <name>nc::ServerAdmin</name>
    <message>
        <source>pg_dump is not installed (Debian package postgresql-client), and the server is not changed without a backup.</source>
        <translation>未安装 pg_dump（Debian 软件包 postgresql-client），而在没有备份的情况下不会更改服务器。</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>pg_dump could not back up the server, so it was not changed: %1</source>
        <translation>pg_dump 无法备份服务器，因此服务器未被更改：%1</translation>
    </message>
    <message>
        <source>server init sets up a PostgreSQL server; NeutroCare&apos;s own files need no set-up.</source>
        <translation>server init 用于设置 PostgreSQL 服务器；NeutroCare 自己的文件无需设置。</translation>
    </message>
    <message>
        <source>The database name is too long to name its roles after it (50 characters at most).</source>
        <translation>数据库名称太长，无法用它来命名角色（最多 50 个字符）。</translation>
    </message>
    <message>
        <source>server init needs the PostgreSQL superuser (for example: sudo -u postgres neutrocare-cli server init --db dbname=%1).</source>
        <translation>server init 需要 PostgreSQL 超级用户（例如：sudo -u postgres neutrocare-cli server init --db dbname=%1）。</translation>
    </message>
    <message>
        <source>Could not read the data version on the server.</source>
        <translation>无法读取服务器上的数据版本。</translation>
    </message>
    <message>
        <source>The server holds data version %1; this NeutroCare understands up to %2. Use a newer neutrocare-cli.</source>
        <translation>服务器上的数据版本为 %1；此 NeutroCare 最高只支持到 %2。请使用较新版本的 neutrocare-cli。</translation>
    </message>
    <message>
        <source>The server&apos;s roles were set up by a newer NeutroCare (version %1). Use a newer neutrocare-cli.</source>
        <translation>服务器的角色是由较新版本的 NeutroCare（版本 %1）设置的。请使用较新版本的 neutrocare-cli。</translation>
    </message>
    <message>
        <source>Could not set up the server; nothing was changed: %1</source>
        <translation>无法设置服务器；未做任何更改：%1</translation>
    </message>
    <message>
        <source>A login named %1 already exists, so the role of that name cannot be NeutroCare&apos;s; rename or drop that login first.</source>
        <translation>已存在名为 %1 的登录名，因此同名角色不能归 NeutroCare 所有；请先重命名或删除该登录名。</translation>
    </message>
    <message>
        <source>There is no patient with the id %1 on the server.</source>
        <translation>服务器上没有 ID 为 %1 的患者。</translation>
    </message>
    <message>
        <source>The login name is empty.</source>
        <translation>登录名为空。</translation>
    </message>
    <message>
        <source>The login name is longer than PostgreSQL allows (63 bytes).</source>
        <translation>登录名超出了 PostgreSQL 允许的长度（63 字节）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name PostgreSQL or NeutroCare keeps for itself.</source>
        <translation>“%1”是 PostgreSQL 或 NeutroCare 保留的名称。</translation>
    </message>
    <message>
        <source>The login name holds a character PostgreSQL cannot store.</source>
        <translation>登录名包含 PostgreSQL 无法存储的字符。</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>密码为空。</translation>
    </message>
    <message>
        <source>A patient login names its patient (--patient ID).</source>
        <translation>患者登录名需要指定对应的患者 (--patient ID)。</translation>
    </message>
    <message>
        <source>Only a patient login names a patient; a caregiver is linked with server link.</source>
        <translation>只有患者登录名才能指定患者；照护者需通过 server link 关联。</translation>
    </message>
    <message>
        <source>A login named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的登录名已存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a caregiver login (see server users).</source>
        <translation>“%1”不是照护者登录名（参见 server users）。</translation>
    </message>
    <message>
        <source>A role named %1 already exists and has members, so it was not made by NeutroCare for this database; drop that role first.</source>
        <translation>已存在名为 %1 的角色且该角色有成员，因此它不是 NeutroCare 为此数据库创建的；请先删除该角色。</translation>
    </message>
    <message>
        <source>The database or its schema public belongs to %1, who could change anything in it; give it to the superuser first (ALTER DATABASE … OWNER TO postgres).</source>
        <translation>该数据库或其 public 模式归 %1 所有，其可以更改其中的任何内容；请先将其交给超级用户（ALTER DATABASE … OWNER TO postgres）。</translation>
    </message>
    <message>
        <source>Logins of this clinic belong to more than their one group, or have members of their own, and so could do more than their group allows: %1. Undo those memberships first.</source>
        <translation>此诊所的某些登录名属于不止一个组，或自身拥有成员，因此可能做到超出其组所允许的事：%1。请先撤销这些成员关系。</translation>
    </message>
    <message>
        <source>Default privileges set for %1 would give the tables NeutroCare makes to other roles; remove them first (ALTER DEFAULT PRIVILEGES … REVOKE …).</source>
        <translation>为 %1 设置的默认权限会把 NeutroCare 创建的表交给其他角色；请先将其移除（ALTER DEFAULT PRIVILEGES … REVOKE …）。</translation>
    </message>
    <message>
        <source>The clinic&apos;s database holds what NeutroCare did not make: %1. Its tables keep their rules only when everything in the schema public is NeutroCare&apos;s; move these to another schema or drop them first. Nothing was changed.</source>
        <translation>诊所数据库中有不是 NeutroCare 创建的对象：%1。只有当 public 模式中的一切都属于 NeutroCare 时，其表格才能保持其规则；请先将这些对象移到其他模式或将其删除。未做任何更改。</translation>
    </message>
    <message>
        <source>On PostgreSQL 15 a role with CREATEROLE can make itself the owner of every clinic&apos;s tables, and these can: %1. Take it away from them (ALTER ROLE … NOCREATEROLE) unless they are trusted as much as the superuser.</source>
        <translation>在 PostgreSQL 15 中，拥有 CREATEROLE 的角色可以让自己成为每家诊所的表的所有者，以下角色就可以：%1。除非对它们的信任程度与超级用户相同，否则请收回该权限（ALTER ROLE … NOCREATEROLE）。</translation>
    </message>
    <message>
        <source>Every login of the cluster, this clinic&apos;s too, may connect to %1, and there see who is connected to any database. Unless another program needs it, REVOKE CONNECT ON DATABASE … FROM PUBLIC for each.</source>
        <translation>集群中的每个登录名（包括此诊所的）都可以连接到 %1，并在那里看到谁连接到了任何数据库。除非其他程序需要，请对每个数据库执行 REVOKE CONNECT ON DATABASE … FROM PUBLIC。</translation>
    </message>
    <message>
        <source>These logins are in the clinic&apos;s groups but not on its list of logins, so no one made them through NeutroCare: %1. Check who they are, and drop them if unknown.</source>
        <translation>这些登录名在诊所的组中，却不在其登录名列表里，因此不是通过 NeutroCare 创建的：%1。请核实它们是谁，如不认识请将其删除。</translation>
    </message>
</context>
<context>
    <name>nc::ServerFeed</name>
    <message>
        <source>Not connected to a clinic server.</source>
        <translation>未连接到诊所服务器。</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost.</source>
        <translation>与诊所服务器的连接已断开。</translation>
    </message>
    <message>
        <source>This login may not follow that patient on the clinic server.</source>
        <translation>此登录名无法在诊所服务器上关注该患者。</translation>
    </message>
</context>
<context>
    <name>nc::Settings</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>nc::SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Unsaved changes: they apply only when you press “Save settings”.</source>
        <translation>有未保存的更改：只有点按“保存设置”后才会生效。</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>在这台电脑上</translation>
    </message>
    <message>
        <source>&amp;Large text everywhere</source>
        <translation>所有地方都使用大字体(&amp;L)</translation>
    </message>
    <message>
        <source>Large text everywhere</source>
        <translation>所有地方都使用大字体</translation>
    </message>
    <message>
        <source>Start NeutroCare when I log in, &amp;minimised to the background</source>
        <translation>登录时启动 NeutroCare，并最小化到后台(&amp;M)</translation>
    </message>
    <message>
        <source>Start in the background when I log in</source>
        <translation>登录时在后台启动</translation>
    </message>
    <message>
        <source>Morning temperature reminder</source>
        <translation>早晨量体温提醒</translation>
    </message>
    <message>
        <source>Morning &amp;reminder (low-count days)</source>
        <translation>早晨提醒（血细胞低值期）(&amp;R)</translation>
    </message>
    <message>
        <source>Evening temperature reminder</source>
        <translation>晚上量体温提醒</translation>
    </message>
    <message>
        <source>E&amp;vening reminder (low-count days)</source>
        <translation>晚上提醒（血细胞低值期）(&amp;V)</translation>
    </message>
    <message>
        <source>Keep reminding me when the &amp;window is closed</source>
        <translation>关闭窗口后继续提醒我(&amp;W)</translation>
    </message>
    <message>
        <source>Keep reminding me when the window is closed</source>
        <translation>关闭窗口后继续提醒我</translation>
    </message>
    <message>
        <source>Closing the window leaves NeutroCare running, so reminders still reach you. File ▸ Quit quits.</source>
        <translation>关闭窗口后，NeutroCare 仍会继续运行，所以提醒照样能送达。要完全退出，请使用“文件 ▸ 退出”。</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>In force now: %1, temperatures in %2. %3</source>
        <translation>当前使用：%1，体温单位为 %2。%3</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>未保存的设置</translation>
    </message>
    <message>
        <source>Your changes in Settings are not saved.</source>
        <translation>您在“设置”中所做的更改尚未保存。</translation>
    </message>
    <message>
        <source>Until you save them, NeutroCare keeps using %1, with temperatures in %2.</source>
        <translation>在您保存之前，NeutroCare 会继续使用 %1，体温单位为 %2。</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>The window is shown again in the new language.</source>
        <translation>窗口将以新的语言重新显示。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>nc::SignInDialog</name>
    <message>
        <source>Sign in to the triage desk</source>
        <translation>登录分诊台</translation>
    </message>
    <message>
        <source>Sign in with your own clinic login. Everything you do at the desk is recorded with it.</source>
        <translation>请使用您自己的诊所登录名登录。您在分诊台的所有操作都会以此登录名记录下来。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>clinic.example.org, or postgresql://…</source>
        <translation>clinic.example.org，或 postgresql://…</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Give the database and your login.</source>
        <translation>请填写数据库和您的登录名。</translation>
    </message>
</context>
<context>
    <name>nc::SingleInstance</name>
    <message>
        <source>Another NeutroCare is starting with this database and did not finish.</source>
        <translation>另一个 NeutroCare 正在用此数据库启动，但没有完成。</translation>
    </message>
    <message>
        <source>Could not listen for other launches of NeutroCare: %1</source>
        <translation>无法监听 NeutroCare 的其他启动请求：%1</translation>
    </message>
    <message>
        <source>NeutroCare is already running with this database but did not answer.</source>
        <translation>NeutroCare 已在用此数据库运行，但没有响应。</translation>
    </message>
    <message>
        <source>This NeutroCare has %1 open, not %2.</source>
        <translation>此 NeutroCare 打开的是 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>nc::StatusCard</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>当前状况</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>&quot;I am on chemotherapy.</source>
        <translation>“我正在接受化疗。</translation>
    </message>
    <message>
        <source>My temperature was %1 at %2 — %3.</source>
        <translation>我在 %2 量的体温是 %1 — %3。</translation>
    </message>
    <message>
        <source>My last temperature was %1 at %2 — %3.</source>
        <translation>我最近一次量体温是在 %2，体温 %1 — %3。</translation>
    </message>
    <message>
        <source>I took %1 at %2, before that reading.</source>
        <translation>在量那次体温之前，我在 %2 服用了 %1。</translation>
    </message>
    <message>
        <source>I took a fever medicine in the %1 before that reading.</source>
        <translation>在量那次体温之前的 %1 内，我服用过退烧药。</translation>
    </message>
    <message>
        <source>My last treatment was on %1.</source>
        <translation>我最近一次治疗是在 %1。</translation>
    </message>
    <message>
        <source>My last treatment was on %1 (%2).</source>
        <translation>我最近一次治疗是在 %1（%2）。</translation>
    </message>
    <message>
        <source>I may have neutropenia and an infection.&quot;</source>
        <translation>我可能有中性粒细胞减少症，而且可能有感染。”</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状况：%1</translation>
    </message>
    <message>
        <source>Fever rules: %1</source>
        <translation>发烧标准：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Keep taking your temperature as your care team advised, and whenever you feel unwell or shivery. If you are worried, call them.</source>
        <translation>请按照医护团队的建议继续量体温；只要感觉不舒服或发冷打寒战，也要量一下。如果您担心，就给他们打电话。</translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation>您的医护团队</translation>
    </message>
    <message>
        <source>Call your care team or your chemotherapy helpline now. (Add your care team&apos;s numbers in Settings so they show here.)</source>
        <translation>请立即打电话给您的医护团队或化疗求助热线。（在“设置”中添加医护团队的电话号码，号码就会显示在这里。）</translation>
    </message>
    <message>
        <source>Call your care team or your chemotherapy helpline today. (Add your care team&apos;s numbers in Settings so they show here.)</source>
        <translation>请今天打电话给您的医护团队或化疗求助热线。（在“设置”中添加医护团队的电话号码，号码就会显示在这里。）</translation>
    </message>
    <message>
        <source>%1, daytime: %2</source>
        <translation>%1，白天：%2</translation>
    </message>
    <message>
        <source>Evenings, nights and weekends: %1</source>
        <translation>晚上、夜间和周末：%1</translation>
    </message>
    <message>
        <source>What to say:</source>
        <translation>该怎么说：</translation>
    </message>
    <message>
        <source>Do not wait to see if it goes away, and do not take paracetamol or ibuprofen before you call. People on chemotherapy with a fever usually need antibiotics within an hour of arriving at hospital.</source>
        <translation>不要等着看它会不会自己退，打电话前也不要服用对乙酰氨基酚或布洛芬。正在化疗的人发烧时，通常需要在到达医院后一小时内使用抗生素。</translation>
    </message>
    <message>
        <source>If you cannot reach your care team, go to the nearest emergency department or call your local emergency number.</source>
        <translation>如果联系不上医护团队，请去最近的医院急诊科，或拨打当地的急救电话。</translation>
    </message>
    <message>
        <source>I contacted my care team…</source>
        <translation>我已联系了医护团队…</translation>
    </message>
    <message>
        <source>I contacted my care team</source>
        <translation>我已联系了医护团队</translation>
    </message>
    <message>
        <source>Record that you contacted your care team and what they told you (Ctrl+K)</source>
        <translation>记录您已联系医护团队，以及他们对您说了什么 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Take your temperature now.</source>
        <translation>请现在量体温。</translation>
    </message>
    <message>
        <source>Take your temperature again in %1 (by %2).</source>
        <translation>请在 %1 后再量一次体温（%2 之前）。</translation>
    </message>
</context>
<context>
    <name>nc::Storage</name>
    <message>
        <source>The clinic server accepts no changes on this connection (read-only), so this could not be saved.</source>
        <translation>诊所服务器不接受此连接上的更改（只读），因此无法保存。</translation>
    </message>
    <message>
        <source>Your login may not change this on the clinic server, so it was not saved.</source>
        <translation>您的登录名无权在诊所服务器上更改此项，因此未保存。</translation>
    </message>
    <message>
        <source>This entry is not valid for the database: %1</source>
        <translation>此条目对数据库无效：%1</translation>
    </message>
    <message>
        <source>The clinic server&apos;s disk is full, so this could not be saved. Nothing you typed is lost: tell the clinic, and try again later.</source>
        <translation>诊所服务器的磁盘已满，因此无法保存。您输入的内容都没有丢失：请告知诊所，稍后再试。</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost, so this was not saved. Nothing you typed is lost: try again in a moment.</source>
        <translation>与诊所服务器的连接已断开，因此未保存。您输入的内容都没有丢失：请稍后再试。</translation>
    </message>
    <message>
        <source>The clinic server is busy with another change. Try again in a moment.</source>
        <translation>诊所服务器正在处理另一项更改。请稍后再试。</translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. Free some space and try again.</source>
        <translation>磁盘已满，因此无法保存。请腾出一些空间后再试。</translation>
    </message>
    <message>
        <source>The database is read-only, so this could not be saved. Check the file&apos;s permissions.</source>
        <translation>数据库是只读的，因此无法保存。请检查文件的权限。</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>数据库正被另一个程序占用。请稍后再试。</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>此条目已不存在。</translation>
    </message>
    <message>
        <source>This alert no longer exists.</source>
        <translation>此警示已不存在。</translation>
    </message>
</context>
<context>
    <name>nc::SymptomDialog</name>
    <message>
        <source>Edit symptom</source>
        <translation>编辑症状</translation>
    </message>
    <message>
        <source>Log symptoms</source>
        <translation>记录症状</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>&amp;Symptom</source>
        <translation>症状(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;How do you feel?</source>
        <translation>您感觉怎么样？(&amp;H)</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>时间(&amp;H)</translation>
    </message>
    <message>
        <source>Tick at least one symptom (Space ticks the selected one).</source>
        <translation>请至少勾选一个症状（按空格键可勾选当前选中的症状）。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Log symptom</source>
        <translation>记录症状</translation>
    </message>
</context>
<context>
    <name>nc::Temperature</name>
    <message>
        <source>Please enter the temperature as a number.</source>
        <translation>请用数字填写体温。</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible body temperature. Did you mean %1 %3?</source>
        <translation>%1 %2 不像是真实的体温。您是想输入 %1 %3 吗？</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible body temperature: it must lie between %3 and %4 %2.</source>
        <translation>%1 %2 不像是真实的体温：体温应在 %3 到 %4 %2 之间。</translation>
    </message>
</context>
<context>
    <name>nc::TemperatureDialog</name>
    <message>
        <source>Edit temperature</source>
        <translation>编辑体温</translation>
    </message>
    <message>
        <source>Log a temperature</source>
        <translation>记录一次体温</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>for example 37.2</source>
        <translation>例如 37.2</translation>
    </message>
    <message>
        <source>for example 99.0</source>
        <translation>例如 99.0</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>体温(&amp;T)</translation>
    </message>
    <message>
        <source>Where you measured</source>
        <translation>测量部位</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>部位(&amp;W)</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>时间(&amp;H)</translation>
    </message>
    <message>
        <source>I took &amp;paracetamol or ibuprofen in the last %1</source>
        <translation>最近 %1 内我服用过对乙酰氨基酚或布洛芬(&amp;P)</translation>
    </message>
    <message>
        <source>I took a fever-lowering painkiller in the last %1</source>
        <translation>最近 %1 内我服用过有退烧作用的止痛药</translation>
    </message>
    <message>
        <source>Please type the temperature as a number, for example 37.8.</source>
        <translation>请用数字填写体温，例如 37.8。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Log temperature</source>
        <translation>记录体温</translation>
    </message>
</context>
<context>
    <name>nc::TemperatureTrigger</name>
    <message>
        <source>or higher</source>
        <translation>或更高</translation>
    </message>
    <message>
        <source>or lower</source>
        <translation>或更低</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation>%1 或更高</translation>
    </message>
    <message>
        <source>%1 or lower</source>
        <translation>%1 或更低</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>%1 for %2 or longer</source>
        <translation>%1，持续 %2 或更长时间</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::TodayScreen</name>
    <message>
        <source>&amp;Add your care team&apos;s numbers</source>
        <translation>添加医护团队的电话号码(&amp;A)</translation>
    </message>
    <message>
        <source>Add your care team&apos;s numbers</source>
        <translation>添加医护团队的电话号码</translation>
    </message>
    <message>
        <source>Latest temperature</source>
        <translation>最近一次体温</translation>
    </message>
    <message>
        <source>Latest neutrophil count (ANC)</source>
        <translation>最近一次中性粒细胞绝对计数 (ANC)</translation>
    </message>
    <message>
        <source>Treatment cycle</source>
        <translation>治疗周期</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Blood count</source>
        <translation>血常规</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Painkiller dose</source>
        <translation>止痛药用药</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>其他药物</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>记录%1</translation>
    </message>
    <message>
        <source>Today — %1</source>
        <translation>今天 — %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Your care team&apos;s phone numbers are not set. Add them, so they are here when you need to call.</source>
        <translation>您还没有设置医护团队的电话号码。请添加号码，这样需要打电话时就能在这里找到。</translation>
    </message>
    <message>
        <source>Your care team&apos;s number for evenings and weekends is not set.</source>
        <translation>还没有设置医护团队晚上和周末的电话号码。</translation>
    </message>
    <message>
        <source>Your care team&apos;s daytime phone number is not set.</source>
        <translation>还没有设置医护团队白天的电话号码。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <source>Log a temperature with %1.</source>
        <translation>用 %1 记录一次体温。</translation>
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
        <translation> — 处于您的平常水平</translation>
    </message>
    <message>
        <source> — old result: ask when your next blood test is</source>
        <translation> — 结果较旧：请问一下下次验血是什么时候</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>还没有结果</translation>
    </message>
    <message>
        <source>Log a blood count with %1.</source>
        <translation>用 %1 记录一次血常规。</translation>
    </message>
    <message>
        <source>Your usual level, set by your clinic: %1/µL.</source>
        <translation>您的平常水平（由诊所设定）：%1/µL。</translation>
    </message>
    <message>
        <source>Day %1 after chemotherapy</source>
        <translation>化疗后第 %1 天</translation>
    </message>
    <message>
        <source>In the expected low-count days (%1 – %2)</source>
        <translation>处于预计的血细胞低值期（%1 – %2）</translation>
    </message>
    <message>
        <source>Expected low-count days: %1 – %2</source>
        <translation>预计血细胞低值期：%1 – %2</translation>
    </message>
    <message>
        <source>. A prediction, not a blood count.</source>
        <translation>。这是预测，不是血常规结果。</translation>
    </message>
    <message>
        <source> May be shorter with G-CSF.</source>
        <translation>使用 G-CSF 后可能会缩短。</translation>
    </message>
    <message>
        <source>No recent chemotherapy</source>
        <translation>近期未化疗</translation>
    </message>
    <message>
        <source>Log a treatment with %1.</source>
        <translation>用 %1 记录一次治疗。</translation>
    </message>
</context>
<context>
    <name>nc::TreatmentDialog</name>
    <message>
        <source>Edit treatment</source>
        <translation>编辑治疗</translation>
    </message>
    <message>
        <source>Log a treatment</source>
        <translation>记录一次治疗</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>&amp;Treatment</source>
        <translation>治疗(&amp;T)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Regimen (optional)</source>
        <translation>治疗方案（可选）</translation>
    </message>
    <message>
        <source>for example FEC-T, cycle 2</source>
        <translation>例如 FEC-T，第 2 疗程</translation>
    </message>
    <message>
        <source>&amp;Regimen (optional)</source>
        <translation>治疗方案（可选）(&amp;R)</translation>
    </message>
    <message>
        <source>My team gave me different low-count days for this regimen</source>
        <translation>医护团队告诉我，这个治疗方案的血细胞低值期不一样</translation>
    </message>
    <message>
        <source>Use different low-count days</source>
        <translation>使用不同的血细胞低值期</translation>
    </message>
    <message>
        <source>Low-count days start, days after the dose</source>
        <translation>血细胞低值期开始：用药后第几天</translation>
    </message>
    <message>
        <source>Low-count days end, days after the dose</source>
        <translation>血细胞低值期结束：用药后第几天</translation>
    </message>
    <message>
        <source>from day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>to day</source>
        <translation>结束日</translation>
    </message>
    <message>
        <source>Low-count days</source>
        <translation>血细胞低值期</translation>
    </message>
    <message>
        <source>The last low-count day cannot be before the first.</source>
        <translation>血细胞低值期的最后一天不能早于第一天。</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>治疗方案</translation>
    </message>
    <message>
        <source>Log treatment</source>
        <translation>记录治疗</translation>
    </message>
</context>
<context>
    <name>nc::TriageStore</name>
    <message>
        <source>The triage desk works on the clinic&apos;s server, not on a file.</source>
        <translation>分诊台在诊所的服务器上运行，而不是在文件上。</translation>
    </message>
    <message>
        <source>This login is not one of the clinic&apos;s NeutroCare logins. Ask the clinic&apos;s NeutroCare administrator for a staff login.</source>
        <translation>此登录名不是诊所的 NeutroCare 登录名。请向诊所的 NeutroCare 管理员申请一个工作人员登录名。</translation>
    </message>
    <message>
        <source>This is a %1 login: the triage desk is for clinic staff only. Patients and caregivers use NeutroCare itself.</source>
        <translation>这是%1登录名：分诊台仅供诊所工作人员使用。患者和照护者请使用 NeutroCare 本身。</translation>
    </message>
    <message>
        <source>patient&apos;s</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>caregiver&apos;s</source>
        <translation>照护者</translation>
    </message>
    <message>
        <source>This server was set up before the triage desk. Ask the administrator to run: neutrocare-cli server init</source>
        <translation>此服务器是在有分诊台之前设置的。请让管理员运行：neutrocare-cli server init</translation>
    </message>
    <message>
        <source>Choose the patient the call is about.</source>
        <translation>请选择这次通话涉及的患者。</translation>
    </message>
    <message>
        <source>The disposition is less urgent than the one suggested (%1): say why.</source>
        <translation>所选处置的紧急程度低于建议的处置（%1）：请说明原因。</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>回拨号码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>That call has no follow-up to mark as made.</source>
        <translation>该通话没有可标记为已完成的随访。</translation>
    </message>
</context>
<context>
    <name>nc::WalletCard</name>
    <message>
        <source>Chemotherapy alert card</source>
        <translation>化疗警示卡</translation>
    </message>
    <message>
        <source>TEMPERATURE TRIGGERS — %1</source>
        <translation>体温警戒值 — %1</translation>
    </message>
    <message>
        <source>⚠ CHEMOTHERAPY ALERT</source>
        <translation>⚠ 化疗警示</translation>
    </message>
    <message>
        <source>At risk of neutropenic sepsis — please read the back</source>
        <translation>有中性粒细胞减少性脓毒症风险 — 请阅读背面</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>REGIMEN</source>
        <translation>治疗方案</translation>
    </message>
    <message>
        <source>LAST TREATMENT</source>
        <translation>最近一次治疗</translation>
    </message>
    <message>
        <source>CARE TEAM</source>
        <translation>医护团队</translation>
    </message>
    <message>
        <source>CARE TEAM — %1</source>
        <translation>医护团队 — %1</translation>
    </message>
    <message>
        <source>In hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>FOR EMERGENCY STAFF</source>
        <translation>致急诊医护人员</translation>
    </message>
    <message>
        <source>Possible neutropenic sepsis: treat as an emergency</source>
        <translation>可能为中性粒细胞减少性脓毒症：请按急症处理</translation>
    </message>
    <message>
        <source>This person is on chemotherapy and at risk of neutropenic sepsis.</source>
        <translation>此人正在接受化疗，有发生中性粒细胞减少性脓毒症的风险。</translation>
    </message>
    <message>
        <source>Assess at once and give antibiotics within one hour — do not wait for the blood count.</source>
        <translation>请立即评估，并在一小时内给予抗生素 — 不要等待血常规结果。</translation>
    </message>
    <message>
        <source>Oncology team:</source>
        <translation>肿瘤科团队：</translation>
    </message>
    <message>
        <source>out of hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>Cut along the marks, fold along the dashed line with the printed sides out, and keep the card with you. Show it at any hospital or urgent care.</source>
        <translation>请沿裁切标记剪下，印刷面朝外沿虚线对折，并随身携带此卡。在任何医院或急诊就诊时出示。</translation>
    </message>
    <message>
        <source>Left: the front, for you. Right: the back, for emergency staff.
Print at actual size (not “fit to page”): folded, the card is %1 × %2 mm.</source>
        <translation>左侧：正面，给您自己看。右侧：背面，给急诊医护人员看。
请按实际尺寸打印（不要选“适合页面”）：对折后卡片大小为 %1 × %2 mm。</translation>
    </message>
</context>
<context>
    <name>nc::WhenToCallSheet</name>
    <message>
        <source>When to call your care team</source>
        <translation>何时给医护团队打电话</translation>
    </message>
    <message>
        <source>Protocol: %1 (set by your clinic).</source>
        <translation>方案：%1（由诊所设定）。</translation>
    </message>
    <message>
        <source>Protocol: %1 — %2.</source>
        <translation>方案：%1 — %2。</translation>
    </message>
    <message>
        <source>An infection during chemotherapy can turn serious within hours. Keep this by the phone.</source>
        <translation>化疗期间，感染可能在几小时内变得很严重。请把这张单子放在电话旁边。</translation>
    </message>
    <message>
        <source>⚠ Call now — day or night</source>
        <translation>⚠ 立即打电话 — 无论白天还是夜里</translation>
    </message>
    <message>
        <source>Do not wait until the morning.</source>
        <translation>不要等到第二天早上。</translation>
    </message>
    <message>
        <source>Your temperature is</source>
        <translation>您的体温为</translation>
    </message>
    <message>
        <source>or it stays</source>
        <translation>或持续在</translation>
    </message>
    <message>
        <source>for %1 or longer</source>
        <translation>达 %1 或更长时间</translation>
    </message>
    <message>
        <source>or it is</source>
        <translation>或体温为</translation>
    </message>
    <message>
        <source>or you have any of these, whatever your temperature:</source>
        <translation>或出现以下任何一种情况，无论体温多少：</translation>
    </message>
    <message>
        <source>In hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Out of hours, nights and weekends</source>
        <translation>非工作时间、夜间和周末</translation>
    </message>
    <message>
        <source>No answer? Go to the nearest emergency department or call your emergency number.</source>
        <translation>没人接听？请去最近的医院急诊科，或拨打急救电话。</translation>
    </message>
    <message>
        <source>Call the same day</source>
        <translation>当天打电话</translation>
    </message>
    <message>
        <source>if you have one of these. Two or more of them: call now.</source>
        <translation>如果出现以下其中一种情况。出现两种或以上：立即打电话。</translation>
    </message>
    <message>
        <source>Temperature %1?</source>
        <translation>体温 %1？</translation>
    </message>
    <message>
        <source>Take it again within %1. Call if it stays there or you feel worse.</source>
        <translation>请在 %1 内再量一次。如果体温仍在这个范围，或者您感觉更不舒服，请打电话。</translation>
    </message>
    <message>
        <source>When you call, say:</source>
        <translation>打电话时，请这样说：</translation>
    </message>
    <message>
        <source>I am having chemotherapy. My temperature is ______. My last treatment was on ______.</source>
        <translation>我正在接受化疗。我的体温是 ______。我最近一次治疗是在 ______。</translation>
    </message>
    <message>
        <source>Calling for someone?</source>
        <translation>替别人打电话？</translation>
    </message>
    <message>
        <source>My %1, %2, is having chemotherapy. Their temperature is ______. Their last treatment was on ______.</source>
        <translation>我的%1 %2 正在接受化疗。他/她的体温是 ______。他/她最近一次治疗是在 ______。</translation>
    </message>
    <message>
        <source>Check your temperature before paracetamol (acetaminophen) or ibuprofen; if high, call first. After a dose, if you feel hot, shivery or unwell, call even if the reading is normal.</source>
        <translation>服用对乙酰氨基酚（扑热息痛）或布洛芬之前，先量体温；如果体温高，先打电话。服药后，如果您感到发热、发冷打寒战或身体不适，即使读数正常也要打电话。</translation>
    </message>
    <message>
        <source>Take it by mouth (or as your team showed you) — never in the bottom.</source>
        <translation>从口腔测量（或按医护团队教您的方法）— 千万不要从肛门测量。</translation>
    </message>
    <message>
        <source>A fever usually needs antibiotics within an hour of arriving: go straight away if told to.</source>
        <translation>发烧通常需要在到达医院后一小时内使用抗生素：如果医护人员让您去医院，请马上去。</translation>
    </message>
</context>
<context>
    <name>nc::antipyretics</name>
    <message>
        <source>Paracetamol</source>
        <translation>对乙酰氨基酚（扑热息痛）</translation>
    </message>
    <message>
        <source>Acetaminophen (Tylenol)</source>
        <translation>对乙酰氨基酚（泰诺林）</translation>
    </message>
    <message>
        <source>Ibuprofen</source>
        <translation>布洛芬</translation>
    </message>
    <message>
        <source>Naproxen</source>
        <translation>萘普生</translation>
    </message>
    <message>
        <source>Aspirin</source>
        <translation>阿司匹林</translation>
    </message>
    <message>
        <source>Another anti-inflammatory painkiller (NSAID)</source>
        <translation>其他抗炎止痛药 (NSAID)</translation>
    </message>
</context>
<context>
    <name>nc::assessjson</name>
    <message>
        <source>unknown protocol preset &quot;%1&quot;</source>
        <translation>未知的预设方案“%1”</translation>
    </message>
    <message>
        <source>must be a preset id or a protocol object</source>
        <translation>必须是预设方案 ID 或方案对象</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>site</source>
        <translation>测量部位</translation>
    </message>
    <message>
        <source>a WBC needs its differential (neutrophils_pct, or segs_pct with optional bands_pct)</source>
        <translation>WBC 需要附带白细胞分类（neutrophils_pct，或 segs_pct 加可选的 bands_pct）</translation>
    </message>
    <message>
        <source>must be exactly one of: anc; wbc with neutrophils_pct; wbc with segs_pct and optional bands_pct</source>
        <translation>必须恰好是以下之一：anc；wbc 加 neutrophils_pct；wbc 加 segs_pct 和可选的 bands_pct</translation>
    </message>
    <message>
        <source>treatment kind</source>
        <translation>治疗类型</translation>
    </message>
    <message>
        <source>is not a date like 2026-03-01</source>
        <translation>不是类似 2026-03-01 的日期</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 365</source>
        <translation>必须是 0 到 365 之间的整数天数</translation>
    </message>
    <message>
        <source>must be at least 1000 cells/µL</source>
        <translation>必须至少为 1000 cells/µL</translation>
    </message>
    <message>
        <source>the document must be one JSON object</source>
        <translation>文档必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>symptom code</source>
        <translation>症状代码</translation>
    </message>
    <message>
        <source>antipyretic</source>
        <translation>退烧药</translation>
    </message>
</context>
<context>
    <name>nc::callerKinds</name>
    <message>
        <source>The patient</source>
        <translation>患者本人</translation>
    </message>
    <message>
        <source>A caregiver</source>
        <translation>照护者</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>nc::charts::AncChart</name>
    <message>
        <source>Blood count: neutrophils (ANC)</source>
        <translation>血常规：中性粒细胞 (ANC)</translation>
    </message>
    <message>
        <source>ANC measured by the lab</source>
        <translation>化验室测得的 ANC</translation>
    </message>
    <message>
        <source>ANC worked out from the white count</source>
        <translation>根据白细胞计数算出的 ANC</translation>
    </message>
    <message>
        <source>Usual level (set by clinic)</source>
        <translation>平常水平（由诊所设定）</translation>
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
        <translation>%1/µL 及以上</translation>
    </message>
    <message>
        <source>below %1/µL</source>
        <translation>低于 %1/µL</translation>
    </message>
    <message>
        <source>%1 to under %2/µL</source>
        <translation>%1 至不足 %2/µL</translation>
    </message>
    <message>
        <source>Usual level set by the clinic: %1/µL</source>
        <translation>诊所设定的平常水平：%1/µL</translation>
    </message>
    <message>
        <source>Lower limit of normal set by the clinic: %1/µL</source>
        <translation>诊所设定的正常值下限：%1/µL</translation>
    </message>
    <message>
        <source>Latest count is 1 day old: out of date</source>
        <translation>最近一次计数是 1 天前的：已过时</translation>
    </message>
    <message>
        <source>ANC (cells/µL, log scale)</source>
        <translation>ANC（cells/µL，对数刻度）</translation>
    </message>
    <message>
        <source>No blood counts in this period.
Log a blood count from your lab results (Log ▸ Blood count, Ctrl+B) to see it here.</source>
        <translation>此期间没有血常规记录。
根据化验结果记录一次血常规（记录 ▸ 血常规，Ctrl+B），就能在这里看到。</translation>
    </message>
    <message>
        <source>ANC %1/µL (%2)</source>
        <translation>ANC %1/µL（%2）</translation>
    </message>
    <message>
        <source>Measured by the lab</source>
        <translation>化验室测得</translation>
    </message>
    <message>
        <source>Worked out from the white count and differential</source>
        <translation>根据白细胞计数和白细胞分类算出</translation>
    </message>
    <message>
        <source>Lab: %1</source>
        <translation>化验室：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message numerus="yes">
        <source>Latest count is %n days old: out of date</source>
        <translation>
            <numerusform>最近一次计数是 %n 天前的：已过时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::charts::ChartRanges</name>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This cycle</source>
        <translation>本疗程</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>nc::charts::ChartRenderer</name>
    <message>
        <source>Could not write the picture to %1.</source>
        <translation>无法将图片写入 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>NeutroCare charts</source>
        <translation>NeutroCare 图表</translation>
    </message>
    <message>
        <source>Temperature and blood count from %1 to %2</source>
        <translation>%1 至 %2 的体温和血常规</translation>
    </message>
</context>
<context>
    <name>nc::charts::ChartsScreen</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Period to show</source>
        <translation>显示时段</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>First day to show</source>
        <translation>显示的第一天</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Last day to show</source>
        <translation>显示的最后一天</translation>
    </message>
    <message>
        <source>Save &amp;picture…</source>
        <translation>保存图片(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the charts as a PNG picture</source>
        <translation>将图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>另存为 SVG(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the charts as an SVG drawing</source>
        <translation>将图表保存为 SVG 矢量图</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the charts to the clipboard</source>
        <translation>将图表复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <source>Reset pan and zoom</source>
        <translation>重置平移和缩放</translation>
    </message>
    <message>
        <source>Temperature chart</source>
        <translation>体温图表</translation>
    </message>
    <message>
        <source>Blood count chart</source>
        <translation>血常规图表</translation>
    </message>
    <message>
        <source>%1 to %2. Drag or use the arrow keys to move in time, the mouse wheel or + and − to zoom, Home to go back. Point at a reading to see its details.</source>
        <translation>%1 至 %2。拖动或使用方向键可在时间轴上移动，使用鼠标滚轮或 + 和 − 键缩放，按 Home 键返回。将鼠标指向某个读数可查看详细信息。</translation>
    </message>
    <message>
        <source>1 temperature reading from %1 to %2.</source>
        <translation>%1 至 %2 共有 1 次体温读数。</translation>
    </message>
    <message>
        <source>%1 temperature readings from %2 to %3.</source>
        <translation>%2 至 %3 共有 %1 次体温读数。</translation>
    </message>
    <message>
        <source>1 blood count from %1 to %2.</source>
        <translation>%1 至 %2 共有 1 次血常规。</translation>
    </message>
    <message>
        <source>%1 blood counts from %2 to %3.</source>
        <translation>%2 至 %3 共有 %1 次血常规。</translation>
    </message>
    <message>
        <source>neutrocare-charts-%1</source>
        <translation>neutrocare-charts-%1</translation>
    </message>
    <message>
        <source>Save the charts</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>The charts were not saved</source>
        <translation>图表未保存</translation>
    </message>
</context>
<context>
    <name>nc::charts::TemperatureChart</name>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Fever or too low: call now</source>
        <translation>发烧或体温过低：立即打电话</translation>
    </message>
    <message>
        <source>May be masked by a fever medicine</source>
        <translation>可能被退烧药掩盖</translation>
    </message>
</context>
<context>
    <name>nc::charts::TemperatureChartModel</name>
    <message>
        <source>Fever, call now</source>
        <translation>发烧，立即打电话</translation>
    </message>
    <message>
        <source>Fever if it lasts %1 min</source>
        <translation>持续 %1 分钟即为发烧</translation>
    </message>
    <message>
        <source>Watch, check again</source>
        <translation>留意观察，再量一次</translation>
    </message>
    <message>
        <source>Too low, call now</source>
        <translation>体温过低，立即打电话</translation>
    </message>
    <message>
        <source>Temperature (%1)</source>
        <translation>体温（%1）</translation>
    </message>
    <message>
        <source>No temperatures in this period.
Log a temperature (Log ▸ Temperature, Ctrl+T) to see it here.</source>
        <translation>此期间没有体温记录。
记录一次体温（记录 ▸ 体温，Ctrl+T），就能在这里看到。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Fever: call your care team</source>
        <translation>发烧：请给医护团队打电话</translation>
    </message>
    <message>
        <source>Too low: call your care team</source>
        <translation>体温过低：请给医护团队打电话</translation>
    </message>
    <message>
        <source>May be masked: taken within %1 h of a fever-lowering medicine</source>
        <translation>可能被掩盖：在服用退烧药后 %1 小时内测量</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>nc::charts::TimeChart</name>
    <message>
        <source>Chemotherapy dose</source>
        <translation>化疗给药</translation>
    </message>
    <message>
        <source>G-CSF injection</source>
        <translation>G-CSF 升白针</translation>
    </message>
    <message>
        <source>Predicted low-count days (not a blood count)</source>
        <translation>预计的血细胞低值期（并非血常规结果）</translation>
    </message>
    <message>
        <source>Chemo</source>
        <translation>化疗</translation>
    </message>
    <message>
        <source>Chemo: %1</source>
        <translation>化疗：%1</translation>
    </message>
</context>
<context>
    <name>nc::charts::TreatmentOverlay</name>
    <message>
        <source>Low-count days: predicted, not a blood count (may be shorter with G-CSF)</source>
        <translation>血细胞低值期：为预测，并非血常规结果（使用 G-CSF 后可能会缩短）</translation>
    </message>
    <message>
        <source>Low-count days: predicted, not a blood count</source>
        <translation>血细胞低值期：为预测，并非血常规结果</translation>
    </message>
    <message>
        <source>Predicted, not a blood count</source>
        <translation>为预测，并非血常规结果</translation>
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
        <translation>assess：不接受任何参数；从 stdin 读取输入</translation>
    </message>
    <message>
        <source>cannot read stdin</source>
        <translation>无法读取 stdin</translation>
    </message>
    <message>
        <source>score: takes no arguments; it reads stdin</source>
        <translation>score：不接受任何参数；从 stdin 读取输入</translation>
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
        <translation>NeutroCare 的命令行工具。

命令：
  assess                       从 stdin 读取评估请求（JSON），输出评估结果（JSON）
  score                        从 stdin 读取 MASCC 和/或 CISNE 评分项（JSON），输出每项
                               评分及其分级（JSON）：供临床医护人员参考的决策支持
  patients --db PATH [--add NAME]  列出所有档案，或新建一个档案并输出其 ID
  backup --db PATH [-o FILE]   备份数据库（默认存入其备份文件夹）；输出备份文件的路径
  restore --db PATH FILE       检查 FILE，先备份数据库，再用 FILE 替换数据库
  check --db PATH              检查数据库文件：输出 ok，或输出问题所在（退出码 1）
  import --db PATH --patient ID --format csv|fhir FILE
                               读取记录（FILE 为 - 表示 stdin）；全部导入或全不导入；
                               输出已保存的内容和跳过的内容（重复项、未跟踪的代码、
                               化验室标记为录入错误的结果）
  export --db PATH --patient ID --format csv|fhir FILE
                               写出档案的记录（FILE 为 - 表示 stdout）；FHIR 包含体温
                               和化验结果
  sheet --topic ID [--lang CODE] [--db PATH --patient ID] -o FILE.pdf
                               打印健康教育单（sheet --list 列出所有主题）；指定档案时，
                               使用该档案的方案、电话号码、单位和语言
  card --db PATH --patient ID [--lang CODE] [--staff-lang CODE] [--name NAME] -o FILE.pdf
                               打印随身警示卡；背面使用 --staff-lang 指定的语言，
                               与正面语言不同时，背面同时使用两种语言
  report --db PATH --patient ID --from DATE --to DATE -o FILE.pdf [--include-notes]
                               打印给照护者/诊所的报告（日期格式为 YYYY-MM-DD）
  打印命令都接受 --paper a4|letter（默认 a4）。

  server init --db URI [--backup-dir DIR]
                               设置或升级诊所的 PostgreSQL 服务器：角色、数据库结构、
                               行级安全和审计记录（服务器上已有数据时先执行 pg_dump）；
                               可以安全地重复运行
  server add-user --db URI --role admin|staff|patient|caregiver --login NAME [--patient ID]
                               添加登录名；其密码从 stdin 读取（一行）
  server link --db URI --caregiver LOGIN --patient ID
                               允许某个照护者登录名读取某位患者的数据
  server users --db URI        列出所有登录名：名称、角色、患者
  link --db PATH --patient ID --server URI --login NAME [--keep-password keyring|password-file]
                               用诊所提供的登录名，将档案与诊所的服务器连接；密码从
                               stdin 读取，并保存在桌面的密钥环中（或保存在 libpq 的
                               密码文件中，只有您能读取）
  sync --db PATH [--patient ID]  发送上次同步以来更改的内容；输出已发送的内容和仍在
                               等待发送的内容（退出码 1：服务器无法连接或拒绝接收，
                               以一行说明）
  unlink --db PATH --patient ID  断开连接；所有数据仍保留在这台电脑上
  --db 可以是文件路径，也可以是 PostgreSQL 服务器（postgresql://… 或 host=… dbname=…）；
  服务器自身的密码来自 libpq（~/.pgpass、PGPASSWORD），绝不来自命令行。

退出码：0 表示成功，2 表示输入有误（在 stderr 上输出一行，指明出错的字段），1 表示其他失败。</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1：为必填项</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--db: %1: no such database</source>
        <translation>--db：%1：没有这个数据库</translation>
    </message>
    <message>
        <source>--patient: there is no profile with the id %1</source>
        <translation>--patient：没有 ID 为 %1 的档案</translation>
    </message>
    <message>
        <source>expects one backup FILE</source>
        <translation>需要指定一个备份 FILE</translation>
    </message>
    <message>
        <source>takes no FILE argument</source>
        <translation>不接受 FILE 参数</translation>
    </message>
    <message>
        <source>--db names a PostgreSQL server; this command is for NeutroCare&apos;s own database files. Use %1 (docs/clinic-server.md).</source>
        <translation>--db 指定的是 PostgreSQL 服务器；此命令只用于 NeutroCare 自己的数据库文件。请改用 %1（参见 docs/clinic-server.md）。</translation>
    </message>
    <message>
        <source>Create a profile named &lt;name&gt;; prints its id.</source>
        <translation>创建名为 &lt;name&gt; 的档案；输出其 ID。</translation>
    </message>
    <message>
        <source>--add: the name is empty</source>
        <translation>--add：名字为空</translation>
    </message>
    <message>
        <source>Write the backup to &lt;file&gt; instead of the backups folder.</source>
        <translation>将备份写入 &lt;file&gt;，而不是备份文件夹。</translation>
    </message>
    <message>
        <source>%1: already exists; a backup never overwrites a file</source>
        <translation>%1：已存在；备份绝不会覆盖已有文件</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1：%2 未做任何更改。</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s amcheck extension</source>
        <translation>PostgreSQL 的 amcheck 扩展</translation>
    </message>
    <message>
        <source>csv or fhir.</source>
        <translation>csv 或 fhir。</translation>
    </message>
    <message>
        <source>The file, or - for %1.</source>
        <translation>文件，或用 - 表示 %1。</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or fhir</source>
        <translation>--format：“%1”不是 csv 或 fhir</translation>
    </message>
    <message>
        <source>give one FILE, or - for %1</source>
        <translation>请给出一个 FILE，或用 - 表示 %1</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>无法写入 stdout</translation>
    </message>
    <message>
        <source> (and %1 more errors)</source>
        <translation>（另有 %1 个错误）</translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation>；未导入任何内容</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1；未导入任何内容</translation>
    </message>
    <message>
        <source>The clinic&apos;s server: postgresql://host/database or host=… dbname=….</source>
        <translation>诊所的服务器：postgresql://host/database 或 host=… dbname=…。</translation>
    </message>
    <message>
        <source>The login the clinic gave for this patient.</source>
        <translation>诊所为此患者提供的登录名。</translation>
    </message>
    <message>
        <source>Where the password is kept: keyring (the desktop&apos;s, the default) or password-file (libpq&apos;s, readable only by you).</source>
        <translation>密码的保存位置：keyring（桌面的密钥环，默认）或 password-file（libpq 的密码文件，只有您能读取）。</translation>
    </message>
    <message>
        <source>--keep-password: &quot;%1&quot; is not keyring or password-file</source>
        <translation>--keep-password：“%1”不是 keyring 或 password-file</translation>
    </message>
    <message>
        <source>--db: a link starts from a patient&apos;s own file, not a server</source>
        <translation>--db：连接要从患者自己的文件发起，而不是从服务器发起</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>stdin: the password is empty; give it as one line on stdin</source>
        <translation>stdin：密码为空；请在 stdin 中用一行提供密码</translation>
    </message>
    <message>
        <source> To keep it in libpq&apos;s password file instead (readable only by you), run link again with --keep-password password-file.</source>
        <translation>如需改为保存在 libpq 的密码文件中（只有您能读取），请加上 --keep-password password-file 重新运行 link。</translation>
    </message>
    <message>
        <source>--patient: profile %1 is not linked to a clinic (see link)</source>
        <translation>--patient：档案 %1 未与诊所连接（参见 link）</translation>
    </message>
    <message>
        <source>--db: no profile in it is linked to a clinic (see link)</source>
        <translation>--db：其中没有任何档案与诊所连接（参见 link）</translation>
    </message>
    <message>
        <source>profile %1: %2 (%3 records still to send)</source>
        <translation>档案 %1：%2（还有 %3 条记录待发送）</translation>
    </message>
    <message>
        <source>--patient: profile %1 is not linked</source>
        <translation>--patient：档案 %1 未连接</translation>
    </message>
    <message>
        <source>no command given; see --help</source>
        <translation>未指定命令；请参见 --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>未知命令“%1”；请参见 --help</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4（默认）或 letter。</translation>
    </message>
    <message>
        <source>--paper: &quot;%1&quot; is not a4 or letter</source>
        <translation>--paper：“%1”不是 a4 或 letter</translation>
    </message>
    <message>
        <source>List the topics, one id and title a line.</source>
        <translation>列出所有主题，每行一个 ID 和标题。</translation>
    </message>
    <message>
        <source>The topic id (see --list).</source>
        <translation>主题 ID（参见 --list）。</translation>
    </message>
    <message>
        <source>The language code (default: the patient&apos;s, else en).</source>
        <translation>语言代码（默认：患者的语言，否则为 en）。</translation>
    </message>
    <message>
        <source>A protocol preset id or a clinic&apos;s protocol file (default: the patient&apos;s, else us-idsa).</source>
        <translation>预设方案 ID 或诊所的方案文件（默认：患者的方案，否则为 us-idsa）。</translation>
    </message>
    <message>
        <source>C or F (default: the patient&apos;s, else C).</source>
        <translation>C 或 F（默认：患者的单位，否则为 C）。</translation>
    </message>
    <message>
        <source>The clinic&apos;s name for the header.</source>
        <translation>页眉中的诊所名称。</translation>
    </message>
    <message>
        <source>The care team&apos;s number in hours.</source>
        <translation>医护团队工作时间的电话号码。</translation>
    </message>
    <message>
        <source>The care team&apos;s number out of hours.</source>
        <translation>医护团队非工作时间的电话号码。</translation>
    </message>
    <message>
        <source>--lang: no content in &quot;%1&quot; (there is: %2)</source>
        <translation>--lang：没有“%1”语言的内容（现有：%2）</translation>
    </message>
    <message>
        <source>--topic: is required (see --list)</source>
        <translation>--topic：为必填项（参见 --list）</translation>
    </message>
    <message>
        <source>--topic: unknown topic &quot;%1&quot; (see --list)</source>
        <translation>--topic：未知主题“%1”（参见 --list）</translation>
    </message>
    <message>
        <source>--protocol: &quot;%1&quot; is neither a preset nor a readable file</source>
        <translation>--protocol：“%1”既不是预设方案，也不是可读取的文件</translation>
    </message>
    <message>
        <source>--unit: &quot;%1&quot; is not C or F</source>
        <translation>--unit：“%1”不是 C 或 F</translation>
    </message>
    <message>
        <source>The language of the page and the front (default: the patient&apos;s).</source>
        <translation>页面和卡片正面的语言（默认：患者的语言）。</translation>
    </message>
    <message>
        <source>The language of the back, for emergency staff (default: the clinic&apos;s as last chosen, else --lang); when it differs, the back speaks both.</source>
        <translation>卡片背面的语言，供急诊人员阅读（默认：诊所上次选择的语言，否则同 --lang）；与正面语言不同时，背面同时使用两种语言。</translation>
    </message>
    <message>
        <source>The name on the card (default: the name on documents, else the profile&apos;s).</source>
        <translation>卡上的姓名（默认：证件上的姓名，否则为档案中的名字）。</translation>
    </message>
    <message>
        <source>%1: no language &quot;%2&quot; (there is: %3)</source>
        <translation>%1：没有“%2”这种语言（现有：%3）</translation>
    </message>
    <message>
        <source>--name: the name is empty</source>
        <translation>--name：姓名为空</translation>
    </message>
    <message>
        <source>cannot read profile %1</source>
        <translation>无法读取档案 %1</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation>起始日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The last day, included (YYYY-MM-DD).</source>
        <translation>结束日期，包含当天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Include the private notes.</source>
        <translation>包含私人备注。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1：“%2”不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--to: %1 is before --from %2</source>
        <translation>--to：%1 早于 --from %2</translation>
    </message>
    <message>
        <source>--db: &quot;%1&quot; is a file; server commands take a PostgreSQL server (postgresql://… or host=… dbname=…)</source>
        <translation>--db：“%1”是一个文件；server 命令需要 PostgreSQL 服务器（postgresql://… 或 host=… dbname=…）</translation>
    </message>
    <message>
        <source>Where the pg_dump taken before an upgrade goes (default: NeutroCare&apos;s data folder).</source>
        <translation>升级前生成的 pg_dump 备份的存放位置（默认：NeutroCare 的数据文件夹）。</translation>
    </message>
    <message>
        <source>admin, staff, patient or caregiver.</source>
        <translation>admin、staff、patient 或 caregiver。</translation>
    </message>
    <message>
        <source>The new login&apos;s name.</source>
        <translation>新的登录名。</translation>
    </message>
    <message>
        <source>--role: &quot;%1&quot; is not admin, staff, patient or caregiver</source>
        <translation>--role：“%1”不是 admin、staff、patient 或 caregiver</translation>
    </message>
    <message>
        <source>Password for %1 (one line): </source>
        <translation>%1 的密码（一行）：</translation>
    </message>
    <message>
        <source>The caregiver&apos;s login.</source>
        <translation>照护者的登录名。</translation>
    </message>
    <message>
        <source>server: expects init, add-user, link or users</source>
        <translation>server：需要 init、add-user、link 或 users 子命令</translation>
    </message>
    <message>
        <source>server: unknown command &quot;%1&quot;; expects init, add-user, link or users</source>
        <translation>server：未知命令“%1”；应为 init、add-user、link 或 users</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>The profile&apos;s id (see patients).</source>
        <translation>档案的 ID（参见 patients）。</translation>
    </message>
    <message>
        <source>--patient: &quot;%1&quot; is not a profile id</source>
        <translation>--patient：“%1”不是有效的档案 ID</translation>
    </message>
    <message>
        <source>--patient: &quot;%1&quot; is not a patient id</source>
        <translation>--patient：“%1”不是有效的患者 ID</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>nc::content::Fill</name>
    <message>
        <source>Level</source>
        <translation>程度</translation>
    </message>
    <message>
        <source>Neutrophils per µL</source>
        <translation>每微升中性粒细胞数</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>以 %1 计</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 或以上</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>%1 至不足 %2</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>不足 %1</translation>
    </message>
    <message>
        <source>%1 for %2 minutes or more</source>
        <translation>%1，持续 %2 分钟或更长时间</translation>
    </message>
</context>
<context>
    <name>nc::csv</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>give either the anc, or the wbc with its differential, not both</source>
        <translation>请填写 anc，或填写 wbc 及其白细胞分类，不能两者都填</translation>
    </message>
    <message>
        <source>a blood count needs the anc, or the wbc with its differential</source>
        <translation>血常规需要 anc，或 wbc 及其白细胞分类</translation>
    </message>
    <message>
        <source>give both nadir days, or neither</source>
        <translation>两个最低点天数（nadir_start_day 和 nadir_end_day）要么都填，要么都不填</translation>
    </message>
    <message>
        <source>the last low-count day cannot be before the first</source>
        <translation>血细胞低值期的最后一天不能早于第一天</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason code; separate codes with spaces</source>
        <translation>“%1”不是原因代码；多个代码请用空格分隔</translation>
    </message>
    <message>
        <source>the file is empty; it needs the header row</source>
        <translation>文件为空；至少需要表头行</translation>
    </message>
    <message>
        <source>unknown column; the columns are listed in docs/csv-format.md</source>
        <translation>未知的列；所有列见 docs/csv-format.md</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>该列出现了两次</translation>
    </message>
    <message>
        <source>the header has no kind column</source>
        <translation>表头中没有 kind 列</translation>
    </message>
    <message>
        <source>has %1 cells but the header has %2</source>
        <translation>有 %1 个单元格，但表头有 %2 个</translation>
    </message>
</context>
<context>
    <name>nc::csv::RecordStream</name>
    <message>
        <source>a quoted cell is never closed</source>
        <translation>带引号的单元格缺少结尾引号</translation>
    </message>
    <message>
        <source>text follows the closing quote; write a quote inside a quoted cell as two quotes</source>
        <translation>结尾引号后面还有文字；在带引号的单元格内，引号要写成两个连续的引号</translation>
    </message>
    <message>
        <source>a quote inside a cell that does not start with one; quote the whole cell</source>
        <translation>单元格内有引号，但单元格不是以引号开头；请给整个单元格加上引号</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>文件不是 UTF-8 文本；请另存为“CSV UTF-8”后重试</translation>
    </message>
</context>
<context>
    <name>nc::csv::RowReader</name>
    <message>
        <source>is not used in %1 rows; leave it empty</source>
        <translation>%1 类型的行不使用此项；请留空</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time with an offset, like 2026-03-10T08:00:00+01:00</source>
        <translation>不是带时区偏移的 ISO 8601 时间，例如 2026-03-10T08:00:00+01:00</translation>
    </message>
    <message>
        <source>is not a date like 2026-03-10</source>
        <translation>不是类似 2026-03-10 的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a dot for decimals)</source>
        <translation>“%1”不是数字（小数请用点号）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of days</source>
        <translation>“%1”不是整数天数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known code (see docs/csv-format.md)</source>
        <translation>“%1”不是已知代码（见 docs/csv-format.md）</translation>
    </message>
</context>
<context>
    <name>nc::dispositions</name>
    <message>
        <source>Self-care advice, call back if worse</source>
        <translation>居家自我护理建议，病情加重时再来电</translation>
    </message>
    <message>
        <source>Review within 24 hours</source>
        <translation>24 小时内复查</translation>
    </message>
    <message>
        <source>Attend now: come in or go to the emergency department</source>
        <translation>立即就诊：来诊所或去急诊科</translation>
    </message>
</context>
<context>
    <name>nc::fhir</name>
    <message>
        <source>(an observation without a code)</source>
        <translation>（没有编码的观察记录）</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：第 %2 个字符处 %1</translation>
    </message>
    <message>
        <source>not a FHIR resource (a JSON object)</source>
        <translation>不是 FHIR 资源（JSON 对象）</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Bundle or an Observation</source>
        <translation>“%1”不是 Bundle 或 Observation</translation>
    </message>
</context>
<context>
    <name>nc::fhir::Reader</name>
    <message>
        <source>entry %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>entry %1 (Observation %2)</source>
        <translation>条目 %1（Observation %2）</translation>
    </message>
    <message>
        <source>is required: a result without a time cannot be placed</source>
        <translation>为必填项：没有时间的结果无法确定其时间位置</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time with an offset, like 2026-03-10T08:00:00+01:00</source>
        <translation>“%1”不是带时区偏移的日期和时间，例如 2026-03-10T08:00:00+01:00</translation>
    </message>
    <message>
        <source>is required: this result has no number</source>
        <translation>为必填项：此结果没有数值</translation>
    </message>
    <message>
        <source>the lab gave no exact value (&quot;%1&quot;); enter this result by hand</source>
        <translation>化验室没有给出确切数值（“%1”）；请手动录入此结果</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a result NeutroCare can store (final, amended, corrected or preliminary)</source>
        <translation>“%1”不是 NeutroCare 可以存储的结果状态（final、amended、corrected 或 preliminary）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit for a percentage; expected %</source>
        <translation>“%1”不是百分比单位；应为 %</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a blood count unit NeutroCare reads (10*3/uL, 10*9/L, /uL, cells/uL)</source>
        <translation>“%1”不是 NeutroCare 可识别的血细胞计数单位（10*3/uL、10*9/L、/uL、cells/uL）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a temperature unit NeutroCare reads (Cel, [degF])</source>
        <translation>“%1”不是 NeutroCare 可识别的体温单位（Cel、[degF]）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a measurement site</source>
        <translation>“%1”不是测量部位</translation>
    </message>
    <message>
        <source>the measured ANC of the same time was used</source>
        <translation>使用了同一时间实测的 ANC</translation>
    </message>
    <message>
        <source>a second, different %1 at the same time; which one is right cannot be told</source>
        <translation>同一时间还有另一个不同的 %1；无法判断哪个正确</translation>
    </message>
    <message>
        <source>no white cell count at the same time</source>
        <translation>同一时间没有白细胞计数</translation>
    </message>
    <message>
        <source>no differential at the same time, so no ANC</source>
        <translation>同一时间没有白细胞分类，因此无法得出 ANC</translation>
    </message>
    <message>
        <source>the total neutrophil % was used</source>
        <translation>使用了中性粒细胞总百分比</translation>
    </message>
</context>
<context>
    <name>nc::grading</name>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Mild neutropenia</source>
        <translation>轻度中性粒细胞减少症</translation>
    </message>
    <message>
        <source>Moderate neutropenia</source>
        <translation>中度中性粒细胞减少症</translation>
    </message>
    <message>
        <source>Severe neutropenia</source>
        <translation>重度中性粒细胞减少症</translation>
    </message>
    <message>
        <source>Profound neutropenia</source>
        <translation>极重度中性粒细胞减少症</translation>
    </message>
</context>
<context>
    <name>nc::printing</name>
    <message>
        <source>cannot paint %1</source>
        <translation>无法绘制 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>nc::recordkinds</name>
    <message>
        <source>Temperatures</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Blood counts</source>
        <translation>血常规</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Painkiller doses</source>
        <translation>止痛药用药</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
</context>
<context>
    <name>nc::records::FutureRule</name>
    <message>
        <source>is in the future (now is %1); only what has already happened can be stored</source>
        <translation>时间在未来（现在是 %1）；只能存储已经发生的事</translation>
    </message>
    <message>
        <source>is in the future (today is %1); only what has already happened can be stored</source>
        <translation>日期在未来（今天是 %1）；只能存储已经发生的事</translation>
    </message>
</context>
<context>
    <name>nc::scorejson</name>
    <message>
        <source>burden of illness</source>
        <translation>疾病负担</translation>
    </message>
    <message>
        <source>the document must be one JSON object</source>
        <translation>文档必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>give &quot;mascc&quot;, &quot;cisne&quot; or both</source>
        <translation>请提供 &quot;mascc&quot;、&quot;cisne&quot; 或两者</translation>
    </message>
</context>
<context>
    <name>nc::sites</name>
    <message>
        <source>By mouth (oral)</source>
        <translation>口腔（口温）</translation>
    </message>
    <message>
        <source>In the ear (tympanic)</source>
        <translation>耳内（耳温）</translation>
    </message>
    <message>
        <source>Forehead (temporal)</source>
        <translation>额头（额温）</translation>
    </message>
    <message>
        <source>Under the arm (axillary)</source>
        <translation>腋下（腋温）</translation>
    </message>
    <message>
        <source>Rectal (not advised)</source>
        <translation>肛门（肛温，不建议）</translation>
    </message>
</context>
<context>
    <name>nc::symptoms</name>
    <message>
        <source>Shaking chills (rigors)</source>
        <translation>寒战（全身发抖）</translation>
    </message>
    <message>
        <source>Hard to breathe or short of breath</source>
        <translation>呼吸困难或气短</translation>
    </message>
    <message>
        <source>Chest pain</source>
        <translation>胸痛</translation>
    </message>
    <message>
        <source>Confused or very drowsy</source>
        <translation>意识模糊或非常嗜睡</translation>
    </message>
    <message>
        <source>Fainting or nearly fainting</source>
        <translation>晕倒或差点晕倒</translation>
    </message>
    <message>
        <source>Feeling very unwell, even without a fever</source>
        <translation>感觉非常不舒服，即使没有发烧</translation>
    </message>
    <message>
        <source>Bleeding that will not stop</source>
        <translation>出血止不住</translation>
    </message>
    <message>
        <source>No urine for 12 hours</source>
        <translation>12 小时没有排尿</translation>
    </message>
    <message>
        <source>Cannot keep fluids down</source>
        <translation>喝下的水都会吐出来</translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation>喉咙痛</translation>
    </message>
    <message>
        <source>Mouth sores or ulcers</source>
        <translation>口腔溃疡或口疮</translation>
    </message>
    <message>
        <source>New cough</source>
        <translation>新出现的咳嗽</translation>
    </message>
    <message>
        <source>Burning or stinging when passing urine</source>
        <translation>排尿时有烧灼感或刺痛</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>腹泻</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>呕吐</translation>
    </message>
    <message>
        <source>A new rash</source>
        <translation>新出现的皮疹</translation>
    </message>
    <message>
        <source>Redness, swelling or pus at a wound or line site</source>
        <translation>伤口或置管处发红、肿胀或流脓</translation>
    </message>
    <message>
        <source>Swollen glands (lymph nodes)</source>
        <translation>淋巴结肿大</translation>
    </message>
    <message>
        <source>Chills or feeling cold</source>
        <translation>发冷或怕冷</translation>
    </message>
    <message>
        <source>Sores, ulcers or pain around the back passage (anus)</source>
        <translation>肛门周围溃疡、破损或疼痛</translation>
    </message>
    <message>
        <source>Needing to pass urine urgently or more often</source>
        <translation>尿急或尿频</translation>
    </message>
    <message>
        <source>A swollen, painful lump filled with pus (abscess)</source>
        <translation>又肿又痛、里面有脓的包块（脓肿）</translation>
    </message>
    <message>
        <source>A cut or sore that is slow to heal</source>
        <translation>伤口或破损愈合得慢</translation>
    </message>
    <message>
        <source>Pain in the belly (abdomen)</source>
        <translation>肚子痛（腹痛）</translation>
    </message>
    <message>
        <source>New or much worse tiredness</source>
        <translation>新出现的疲乏或疲乏明显加重</translation>
    </message>
</context>
<context>
    <name>nc::text</name>
    <message>
        <source>%1 characters, more than the %2 allowed; please shorten it</source>
        <translation>%1 个字符，超过了允许的 %2 个；请缩短一些</translation>
    </message>
    <message>
        <source>a control character (U+%1) at character %2; only tabs and line breaks are allowed</source>
        <translation>第 %2 个字符处有控制字符 (U+%1)；只允许使用制表符和换行符</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
</context>
<context>
    <name>nc::timetext</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::treatments</name>
    <message>
        <source>Chemotherapy</source>
        <translation>化疗</translation>
    </message>
    <message>
        <source>Filgrastim (daily G-CSF)</source>
        <translation>非格司亭（每日注射的 G-CSF）</translation>
    </message>
    <message>
        <source>Pegfilgrastim (G-CSF once a cycle)</source>
        <translation>培非格司亭（每疗程注射一次的 G-CSF）</translation>
    </message>
</context>
</TS>
