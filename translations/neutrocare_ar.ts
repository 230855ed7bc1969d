<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>The NeutroCare triage desk for clinic staff</source>
        <translation>مكتب الفرز في NeutroCare لموظفي العيادة</translation>
    </message>
    <message>
        <source>The clinic server: a host name, or a postgresql:// address.</source>
        <translation>خادم العيادة: اسم مضيف، أو عنوان postgresql://.</translation>
    </message>
    <message>
        <source>The clinic&apos;s database on that server.</source>
        <translation>قاعدة بيانات العيادة على ذلك الخادم.</translation>
    </message>
    <message>
        <source>Your login.</source>
        <translation>اسم الدخول الخاص بك.</translation>
    </message>
    <message>
        <source>neutrocare-desk: unexpected argument %1
</source>
        <translation>neutrocare-desk: وسيطة غير متوقعة %1
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the database &lt;path&gt;: a file, or a clinic&apos;s PostgreSQL server (postgresql://host/dbname or host=… dbname=…).</source>
        <translation>استخدم قاعدة البيانات &lt;path&gt;: ملف، أو خادم PostgreSQL الخاص بعيادة (postgresql://host/dbname أو host=… dbname=…).</translation>
    </message>
    <message>
        <source>Start with the window minimised.</source>
        <translation>ابدأ والنافذة مصغّرة.</translation>
    </message>
    <message>
        <source>Start with no window, the reminders running (used at login).</source>
        <translation>ابدأ دون نافذة، مع تشغيل التذكيرات (يُستخدم عند تسجيل الدخول).</translation>
    </message>
    <message>
        <source>NeutroCare opens no file named on its command line (%1); to use another database, give --database &lt;path&gt;.</source>
        <translation>لا يفتح NeutroCare أي ملف يُذكر في سطر الأوامر (%1)؛ لاستخدام قاعدة بيانات أخرى، استخدم --database &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Neutropenia self-monitoring during chemotherapy</source>
        <translation>المراقبة الذاتية لقلة العدلات أثناء العلاج الكيميائي</translation>
    </message>
    <message>
        <source>NeutroCare is already running with %1, and did not take this command line: %2</source>
        <translation>NeutroCare يعمل بالفعل مع %1، ولم يقبل سطر الأوامر هذا: %2</translation>
    </message>
</context>
<context>
    <name>nc</name>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>لا يوجد ملف شخصي بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>تعذّر حفظ البيانات المستوردة: %1</translation>
    </message>
</context>
<context>
    <name>nc::AcknowledgeDialog</name>
    <message>
        <source>I contacted my care team</source>
        <translation>اتصلت بفريق الرعاية الصحية</translation>
    </message>
    <message>
        <source>They told me to go to hospital</source>
        <translation>طلبوا مني الذهاب إلى المستشفى</translation>
    </message>
    <message>
        <source>They told me to stay at home and keep checking</source>
        <translation>طلبوا مني البقاء في المنزل ومواصلة القياس</translation>
    </message>
    <message>
        <source>I could not reach them</source>
        <translation>لم أتمكن من الوصول إليهم</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>ماذا حدث؟</translation>
    </message>
    <message>
        <source>If you cannot reach your care team, go to the nearest emergency department and say you are on chemotherapy. The warning stays on until you reach them.</source>
        <translation>إذا لم تتمكن من الوصول إلى فريق الرعاية الصحية، فاذهب إلى أقرب قسم طوارئ وأخبرهم أنك تتلقى العلاج الكيميائي. يبقى التنبيه ظاهرًا حتى تتواصل معهم.</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Please choose what happened.</source>
        <translation>من فضلك اختر ما حدث.</translation>
    </message>
    <message>
        <source>Contacted care team</source>
        <translation>تم الاتصال بفريق الرعاية الصحية</translation>
    </message>
</context>
<context>
    <name>nc::AdherenceStrip</name>
    <message>
        <source>a predicted low-count day</source>
        <translation>يوم متوقَّع لانخفاض تعداد الدم</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1 of %2 precautions ticked</source>
        <translation>تم وضع علامة على %1 من %2 من الاحتياطات</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>اليوم %1</translation>
    </message>
    <message>
        <source>day %1 after treatment</source>
        <translation>اليوم %1 بعد العلاج</translation>
    </message>
    <message>
        <source>A predicted low-count day</source>
        <translation>يوم متوقَّع لانخفاض تعداد الدم</translation>
    </message>
</context>
<context>
    <name>nc::AlertEpisodes</name>
    <message>
        <source>Not acknowledged</source>
        <translation>لم يُؤكَّد</translation>
    </message>
    <message>
        <source>Told to go to hospital</source>
        <translation>طُلب منه الذهاب إلى المستشفى</translation>
    </message>
    <message>
        <source>Told to stay at home and keep checking</source>
        <translation>طُلب منه البقاء في المنزل ومواصلة القياس</translation>
    </message>
    <message>
        <source>Could not reach the care team</source>
        <translation>تعذّر الوصول إلى فريق الرعاية الصحية</translation>
    </message>
</context>
<context>
    <name>nc::AntipyreticDialog</name>
    <message>
        <source>Edit painkiller dose</source>
        <translation>تعديل جرعة المسكّن</translation>
    </message>
    <message>
        <source>Log a painkiller dose</source>
        <translation>سجّل جرعة مسكّن</translation>
    </message>
    <message>
        <source>Take your temperature before a painkiller: if it is high, call your care team first. For %1 after a dose a reading may look lower than it really is: if you feel hot, shivery or unwell, call even if the thermometer reads normal.</source>
        <translation>قِس درجة حرارتك قبل تناول المسكّن: إذا كانت مرتفعة، فاتصل بفريق الرعاية الصحية أولًا. خلال %1 بعد الجرعة قد تبدو القراءة أقل من حقيقتها: إذا شعرت بالسخونة أو القشعريرة أو بتوعّك، فاتصل حتى لو أظهر ميزان الحرارة قراءة طبيعية.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>الد&amp;واء</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Log painkiller</source>
        <translation>سجّل المسكّن</translation>
    </message>
</context>
<context>
    <name>nc::Article</name>
    <message>
        <source>the file must start with a &quot;---&quot; line</source>
        <translation>يجب أن يبدأ الملف بسطر &quot;---&quot;</translation>
    </message>
    <message>
        <source>the front matter has no closing &quot;---&quot; line</source>
        <translation>الترويسة (front matter) ليس لها سطر &quot;---&quot; للإغلاق</translation>
    </message>
    <message>
        <source>a list item &quot;%1&quot; follows no list key</source>
        <translation>عنصر القائمة &quot;%1&quot; لا يتبع أي مفتاح قائمة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a &quot;key: value&quot; line</source>
        <translation>&quot;%1&quot; ليس سطرًا بصيغة &quot;key: value&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>مفتاح غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>&quot;%1&quot; مذكور مرتين</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>يجب أن يكون تاريخًا مكتوبًا بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>is required: lower-case letters, digits and dashes</source>
        <translation>مطلوب: أحرف لاتينية صغيرة وأرقام وشرطات</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>at least one source is required</source>
        <translation>مطلوب مصدر واحد على الأقل</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (lower-case letters, digits and dashes)</source>
        <translation>&quot;%1&quot; ليس معرّفًا (أحرف لاتينية صغيرة وأرقام وشرطات)</translation>
    </message>
</context>
<context>
    <name>nc::Assessment</name>
    <message>
        <source>%1 (typed as %2)</source>
        <translation>%1 (أُدخلت بصيغة %2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>A temperature was taken within %1 after a fever medicine (paracetamol or ibuprofen), so it may read lower than your real temperature and can never clear an alert. If you feel hot, shivery or unwell, call even if the thermometer reads normal: the medicine can hide a fever.</source>
        <translation>قيست درجة الحرارة خلال %1 بعد تناول دواء خافض للحرارة (باراسيتامول أو إيبوبروفين)، لذا قد تظهر أقل من حرارتك الحقيقية ولا يمكنها أبدًا إلغاء تنبيه. إذا شعرت بالسخونة أو القشعريرة أو بتوعّك، فاتصل حتى لو أظهر ميزان الحرارة قراءة طبيعية: فالدواء قد يُخفي الحمى.</translation>
    </message>
    <message>
        <source>Your temperature of %1 at %2 reached your clinic&apos;s fever limit (%3).</source>
        <translation>درجة حرارتك %1 عند الساعة %2 بلغت حد الحمى الذي حددته عيادتك (%3).</translation>
    </message>
    <message>
        <source>Your temperature of %1 at %2 is at your clinic&apos;s low limit (%3). A low temperature can also be a sign of a serious infection.</source>
        <translation>درجة حرارتك %1 عند الساعة %2 عند الحد الأدنى الذي حددته عيادتك (%3). انخفاض درجة الحرارة قد يكون أيضًا علامة على عدوى خطيرة.</translation>
    </message>
    <message>
        <source>Ear, forehead and under-the-arm thermometers can read lower than a thermometer in the mouth. If you feel unwell, call even if the number looks normal.</source>
        <translation>موازين الحرارة التي تُستخدم في الأذن أو على الجبهة أو تحت الإبط قد تعطي قراءة أقل من ميزان الفم. إذا شعرت بتوعّك، فاتصل حتى لو بدا الرقم طبيعيًا.</translation>
    </message>
    <message>
        <source>Please avoid taking your temperature in the bottom (rectally) while your blood count may be low: it can cause infection or bleeding.</source>
        <translation>من فضلك تجنّب قياس الحرارة من فتحة الشرج (عبر المستقيم) ما دام تعداد دمك قد يكون منخفضًا: فقد يسبب ذلك عدوى أو نزيفًا.</translation>
    </message>
    <message>
        <source>Your temperature has stayed at %1 for %2 or longer (highest %3 at %4).</source>
        <translation>بقيت درجة حرارتك عند %1 لمدة %2 أو أكثر (أعلى قراءة %3 عند الساعة %4).</translation>
    </message>
    <message>
        <source>You reported &quot;%1&quot;. This needs a call to your care team straight away.</source>
        <translation>لقد أبلغت عن «%1». هذا يستدعي الاتصال بفريق الرعاية الصحية فورًا.</translation>
    </message>
    <message>
        <source>Your neutrophil count is at your usual level, as your clinic recorded it.</source>
        <translation>عدد العدلات لديك عند مستواه المعتاد، كما سجّلته عيادتك.</translation>
    </message>
    <message>
        <source>You reported a possible sign of infection: %1. Call your care team today.</source>
        <translation>أبلغت عن علامة محتملة للعدوى: %1. اتصل بفريق الرعاية الصحية اليوم.</translation>
    </message>
    <message>
        <source>Your temperature of %1 at %2 is raised but not at the fever limit (%3). Take it again soon.</source>
        <translation>درجة حرارتك %1 عند الساعة %2 مرتفعة لكنها لم تبلغ حد الحمى (%3). قِسها مرة أخرى قريبًا.</translation>
    </message>
    <message>
        <source>Your last blood count shows very few neutrophils (%1/µL): you can catch infections easily. Take extra care and check your temperature often.</source>
        <translation>يُظهر آخر تحليل دم لديك عددًا قليلًا جدًا من العدلات (%1/µL): يمكن أن تُصاب بالعدوى بسهولة. احرص جيدًا وقِس حرارتك كثيرًا.</translation>
    </message>
    <message>
        <source>Two or more warning signs together need a call to your care team now.</source>
        <translation>وجود علامتي تحذير أو أكثر معًا يستدعي الاتصال بفريق الرعاية الصحية الآن.</translation>
    </message>
    <message>
        <source>You contacted your care team: follow the advice they gave you.</source>
        <translation>لقد تواصلت مع فريق الرعاية الصحية: اتبع النصيحة التي قدّموها لك.</translation>
    </message>
    <message>
        <source>You are in the days after chemotherapy when your blood count is expected to be lowest (day %1). This is a prediction, not a blood count: check your temperature at least twice a day and whenever you feel unwell.</source>
        <translation>أنت في الأيام التالية للعلاج الكيميائي التي يُتوقع أن يكون فيها تعداد دمك في أدنى مستوى (اليوم %1). هذا توقّع وليس نتيجة تحليل دم: قِس حرارتك مرتين يوميًا على الأقل وكلما شعرت بتوعّك.</translation>
    </message>
    <message>
        <source>You had a G-CSF injection this cycle: the low-count days may be shorter.</source>
        <translation>تلقيت حقنة G-CSF في هذه الدورة: قد تكون أيام انخفاض تعداد الدم أقصر.</translation>
    </message>
    <message>
        <source>No temperature logged in the last %1. Take your temperature now, and whenever you feel unwell.</source>
        <translation>لم تُسجَّل أي درجة حرارة خلال آخر %1. قِس حرارتك الآن، وكلما شعرت بتوعّك.</translation>
    </message>
    <message>
        <source>No warning signs right now</source>
        <translation>لا توجد علامات تحذير الآن</translation>
    </message>
    <message>
        <source>Take extra care</source>
        <translation>احرص جيدًا</translation>
    </message>
    <message>
        <source>Take your temperature again soon</source>
        <translation>قِس حرارتك مرة أخرى قريبًا</translation>
    </message>
    <message>
        <source>Call your care team today</source>
        <translation>اتصل بفريق الرعاية الصحية اليوم</translation>
    </message>
    <message>
        <source>Fever or warning sign — call your care team now</source>
        <translation>حمى أو علامة تحذير — اتصل الآن بفريق الرعاية الصحية</translation>
    </message>
    <message>
        <source>Take your temperature — none logged in the last %1</source>
        <translation>قِس حرارتك — لم تُسجَّل أي قراءة خلال آخر %1</translation>
    </message>
    <message>
        <source>Take your temperature now</source>
        <translation>قِس حرارتك الآن</translation>
    </message>
    <message numerus="yes">
        <source>Your pegfilgrastim injection is dated on a day of chemotherapy or in the %n days before one. It is usually given at least a day after chemotherapy: please check the dates with your care team.</source>
        <translation>
            <numerusform>تاريخ حقنة البيغفيلغراستيم (pegfilgrastim) يقع في يوم علاج كيميائي أو خلال الـ %n يوم التي تسبقه. عادةً تُعطى بعد يوم واحد على الأقل من العلاج الكيميائي: من فضلك راجع التواريخ مع فريق الرعاية الصحية.</numerusform>
            <numerusform>تاريخ حقنة البيغفيلغراستيم (pegfilgrastim) يقع في يوم علاج كيميائي أو خلال الـ %n يوم التي تسبقه. عادةً تُعطى بعد يوم واحد على الأقل من العلاج الكيميائي: من فضلك راجع التواريخ مع فريق الرعاية الصحية.</numerusform>
            <numerusform>تاريخ حقنة البيغفيلغراستيم (pegfilgrastim) يقع في يوم علاج كيميائي أو خلال الـ %n يوم التي تسبقه. عادةً تُعطى بعد يوم واحد على الأقل من العلاج الكيميائي: من فضلك راجع التواريخ مع فريق الرعاية الصحية.</numerusform>
            <numerusform>تاريخ حقنة البيغفيلغراستيم (pegfilgrastim) يقع في يوم علاج كيميائي أو خلال الأيام الـ %n التي تسبقه. عادةً تُعطى بعد يوم واحد على الأقل من العلاج الكيميائي: من فضلك راجع التواريخ مع فريق الرعاية الصحية.</numerusform>
            <numerusform>تاريخ حقنة البيغفيلغراستيم (pegfilgrastim) يقع في يوم علاج كيميائي أو خلال الـ %n يومًا التي تسبقه. عادةً تُعطى بعد يوم واحد على الأقل من العلاج الكيميائي: من فضلك راجع التواريخ مع فريق الرعاية الصحية.</numerusform>
            <numerusform>تاريخ حقنة البيغفيلغراستيم (pegfilgrastim) يقع في يوم علاج كيميائي أو خلال الـ %n يوم التي تسبقه. عادةً تُعطى بعد يوم واحد على الأقل من العلاج الكيميائي: من فضلك راجع التواريخ مع فريق الرعاية الصحية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::AuditModel</name>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Settings and clinic values</source>
        <translation>الإعدادات وقيم العيادة</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>تفضيل</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Blood count</source>
        <translation>تعداد الدم</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>عَرَض</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>علاج</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>دواء</translation>
    </message>
    <message>
        <source>Painkiller dose</source>
        <translation>جرعة مسكّن</translation>
    </message>
    <message>
        <source>Checklist tick</source>
        <translation>علامة في قائمة التحقق</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Removal note</source>
        <translation>ملاحظة حذف</translation>
    </message>
    <message>
        <source>Telephone triage call</source>
        <translation>مكالمة فرز هاتفية</translation>
    </message>
    <message>
        <source>Clinic acknowledgement</source>
        <translation>إقرار العيادة</translation>
    </message>
    <message>
        <source>added</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Patient %1 (removed)</source>
        <translation>المريض %1 (محذوف)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A record kind and what was done to it: &quot;Temperature added&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Server login</source>
        <translation>اسم دخول الخادم</translation>
    </message>
    <message>
        <source>Who may see a patient</source>
        <translation>من يمكنه رؤية مريض</translation>
    </message>
</context>
<context>
    <name>nc::AuditScreen</name>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(خالٍ)</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <extracomment>The first line of a change&apos;s details: &quot;Temperature changed by nurse.kim on …&quot;.</extracomment>
        <translation>%1 بواسطة %2 في %3</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>المريض: %1</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>القيد: %1</translation>
    </message>
    <message>
        <source>No value changed but the time of the change.</source>
        <translation>لم تتغير أي قيمة سوى وقت التغيير.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Added with these values:</source>
        <translation>أُضيف بهذه القيم:</translation>
    </message>
    <message>
        <source>Removed; it held:</source>
        <translation>حُذف؛ وكان يحتوي على:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>The audit trail cannot be changed by anyone.</source>
        <translation>لا يمكن لأي أحد تغيير سجل التدقيق.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;المريض</translation>
    </message>
    <message>
        <source>Who (login)</source>
        <translation>من (اسم الدخول)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>بد&amp;ءًا من</translation>
    </message>
    <message>
        <source>Only from a day on</source>
        <translation>فقط ابتداءً من يوم محدد</translation>
    </message>
    <message>
        <source>The first day shown</source>
        <translation>أول يوم معروض</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Only up to a day</source>
        <translation>فقط حتى يوم محدد</translation>
    </message>
    <message>
        <source>The last day shown</source>
        <translation>آخر يوم معروض</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Read the audit trail again</source>
        <translation>اقرأ سجل التدقيق مرة أخرى</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export the entries shown as a CSV file</source>
        <translation>صدّر الإدخالات المعروضة كملف CSV</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>التغييرات، الأحدث أولًا</translation>
    </message>
    <message>
        <source>&amp;Values of the selected change</source>
        <translation>قيم التغيير المحد&amp;د</translation>
    </message>
    <message>
        <source>Values of the selected change</source>
        <translation>قيم التغيير المحدد</translation>
    </message>
    <message>
        <source>Select a change to see its old and new values.</source>
        <translation>اختر تغييرًا لترى قيمه القديمة والجديدة.</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>جميع المرضى</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A patient in the list: the name, then the patient&apos;s number on the server.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>The newest %1 changes are shown; choose a patient, a login or days to see older ones.</source>
        <translation>تُعرض أحدث %1 من التغييرات؛ اختر مريضًا أو اسم دخول أو أيامًا لترى التغييرات الأقدم.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n تغييرات.</numerusform>
            <numerusform>%n تغيير.</numerusform>
            <numerusform>%n تغييران.</numerusform>
            <numerusform>%n تغييرات.</numerusform>
            <numerusform>%n تغييرًا.</numerusform>
            <numerusform>%n تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>neutrocare-audit-%1.csv</source>
        <extracomment>The file name suggested for an export of the audit trail, dated.</extracomment>
        <translation>neutrocare-audit-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit trail was not exported</source>
        <translation>لم يُصدَّر سجل التدقيق</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exported to %1.</source>
        <translation>
            <numerusform>صُدِّر %n تغييرات إلى %1.</numerusform>
            <numerusform>صُدِّر %n تغيير إلى %1.</numerusform>
            <numerusform>صُدِّر %n تغييران إلى %1.</numerusform>
            <numerusform>صُدِّر %n تغييرات إلى %1.</numerusform>
            <numerusform>صُدِّر %n تغييرًا إلى %1.</numerusform>
            <numerusform>صُدِّر %n تغيير إلى %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::AuditTrail</name>
    <message>
        <source>The audit trail is kept on a clinic server; this database is a file on this computer.</source>
        <translation>يُحفظ سجل التدقيق على خادم العيادة؛ أما قاعدة البيانات هذه فهي ملف على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Your login may not read the audit trail: only clinic staff and admin logins may.</source>
        <translation>لا يُسمح لاسم الدخول الخاص بك بقراءة سجل التدقيق: هذا مسموح فقط لأسماء دخول موظفي العيادة والمسؤولين.</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost, so the audit trail could not be read. Try again in a moment.</source>
        <translation>انقطع الاتصال بخادم العيادة، لذا تعذّرت قراءة سجل التدقيق. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>تعذّرت قراءة سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>The audit trail could not be saved as %1: %2</source>
        <translation>تعذّر حفظ سجل التدقيق باسم %1: %2</translation>
    </message>
</context>
<context>
    <name>nc::BackupManager</name>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في %1: %2</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في %1.</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية %1.</translation>
    </message>
    <message>
        <source>The database is not open, so it cannot be backed up.</source>
        <translation>قاعدة البيانات غير مفتوحة، لذا لا يمكن عمل نسخة احتياطية منها.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be found. Is the drive still connected?</source>
        <translation>تعذّر العثور على المجلد %1. هل ما زال القرص موصولًا؟</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>تعذّر فتح الملف %1.</translation>
    </message>
    <message>
        <source>The file %1 could not be compared with your data.</source>
        <translation>تعذّرت مقارنة الملف %1 ببياناتك.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>The file %1 is empty: the data it held has been lost.</source>
        <translation>الملف %1 فارغ: البيانات التي كانت فيه قد فُقدت.</translation>
    </message>
    <message>
        <source>The file %1 is not a NeutroCare database, or it is damaged beyond reading.</source>
        <translation>الملف %1 ليس قاعدة بيانات NeutroCare، أو أنه تالف بحيث لا يمكن قراءته.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: SQLite&apos;s integrity check found errors.</source>
        <translation>الملف %1 تالف: وجد فحص السلامة في SQLite أخطاء.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>تعذّرت قراءة الملف %1.</translation>
    </message>
    <message>
        <source>The file %1 was written by a newer version of NeutroCare (data version %2; this version understands up to %3). Please update NeutroCare.</source>
        <translation>الملف %1 كُتب بإصدار أحدث من NeutroCare (إصدار البيانات %2؛ وهذا الإصدار يفهم حتى %3). من فضلك حدّث NeutroCare.</translation>
    </message>
    <message>
        <source>The file %1 is not a NeutroCare database.</source>
        <translation>الملف %1 ليس قاعدة بيانات NeutroCare.</translation>
    </message>
    <message>
        <source>The current database could not be copied to %1 before restoring.</source>
        <translation>تعذّر نسخ قاعدة البيانات الحالية إلى %1 قبل الاستعادة.</translation>
    </message>
    <message>
        <source>This backup cannot be used. %1 Nothing was changed.</source>
        <translation>لا يمكن استخدام هذه النسخة الاحتياطية. %1 لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This is the database itself, not a backup. Nothing was changed.</source>
        <translation>هذه قاعدة البيانات نفسها وليست نسخة احتياطية. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The database is open in another program (NeutroCare itself?). Close it first. Nothing was changed.</source>
        <translation>قاعدة البيانات مفتوحة في برنامج آخر (ربما NeutroCare نفسه؟). أغلقه أولًا. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The current data could not be backed up first, so nothing was restored. %1</source>
        <translation>تعذّر عمل نسخة احتياطية من البيانات الحالية أولًا، لذا لم تتم استعادة أي شيء. %1</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database. Nothing was changed.</source>
        <translation>تعذّر نسخ النسخة الاحتياطية إلى جانب قاعدة البيانات. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database (is the disk full?). Nothing was changed.</source>
        <translation>تعذّر نسخ النسخة الاحتياطية إلى جانب قاعدة البيانات (هل القرص ممتلئ؟). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The database&apos;s journal file could not be removed, so nothing was restored.</source>
        <translation>تعذّر حذف ملف اليومية (journal) الخاص بقاعدة البيانات، لذا لم تتم استعادة أي شيء.</translation>
    </message>
    <message>
        <source>The restored file could not replace the database: %1. Nothing was changed.</source>
        <translation>تعذّر أن يحل الملف المستعاد محل قاعدة البيانات: %1. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The backup was restored but could not be opened: %1</source>
        <translation>تمت استعادة النسخة الاحتياطية لكن تعذّر فتحها: %1</translation>
    </message>
    <message>
        <source>This backup was made by another version of NeutroCare, so one profile cannot be taken from it. Restore all of it instead. Nothing was changed.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بإصدار آخر من NeutroCare، لذا لا يمكن أخذ ملف شخصي واحد منها. استعدها كاملة بدلًا من ذلك. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The database is not open. Nothing was changed.</source>
        <translation>قاعدة البيانات غير مفتوحة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The backup could not be opened. Nothing was changed.</source>
        <translation>تعذّر فتح النسخة الاحتياطية. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This backup holds no data for this profile. Nothing was changed.</source>
        <translation>لا تحتوي هذه النسخة الاحتياطية على بيانات لهذا الملف الشخصي. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The profile could not be restored (%1). Nothing was changed.</source>
        <translation>تعذّرت استعادة الملف الشخصي (%1). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The profile could not be restored: the database refused the change. Nothing was changed.</source>
        <translation>تعذّرت استعادة الملف الشخصي: رفضت قاعدة البيانات التغيير. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>nc::BloodCount</name>
    <message>
        <source>Please enter the %1 as a number.</source>
        <translation>من فضلك أدخل %1 كرقم.</translation>
    </message>
    <message>
        <source>The %1 cannot be negative.</source>
        <translation>لا يمكن أن تكون قيمة %1 سالبة.</translation>
    </message>
    <message>
        <source>%1 %2 is too high for a %3: check the number and its unit (the highest accepted is %4 cells/µL).</source>
        <translation>القيمة %1 %2 مرتفعة جدًا بالنسبة إلى %3: تحقّق من الرقم ووحدته (أعلى قيمة مقبولة هي %4 cells/µL).</translation>
    </message>
    <message>
        <source>The %1 must be a percentage from 0 to 100.</source>
        <translation>يجب أن تكون قيمة %1 نسبة مئوية من 0 إلى 100.</translation>
    </message>
    <message>
        <source>neutrophil count (ANC)</source>
        <translation>العدد المطلق للعدلات (ANC)</translation>
    </message>
    <message>
        <source>white cell count (WBC)</source>
        <translation>عدد خلايا الدم البيضاء (WBC)</translation>
    </message>
    <message>
        <source>A white cell count needs its differential (neutrophils %) to give an ANC.</source>
        <translation>يحتاج عدد خلايا الدم البيضاء إلى التعداد التفريقي (نسبة العدلات %) لحساب العدد المطلق للعدلات (ANC).</translation>
    </message>
    <message>
        <source>Enter either the total neutrophils % or the segmented and band %, not both.</source>
        <translation>أدخل إما النسبة الكلية للعدلات % أو نسبتي العدلات المفصّصة والعصوية %، وليس كليهما.</translation>
    </message>
    <message>
        <source>Band neutrophils need the segmented neutrophils % as well.</source>
        <translation>تحتاج العدلات العصوية إلى نسبة العدلات المفصّصة % أيضًا.</translation>
    </message>
    <message>
        <source>neutrophils percentage</source>
        <translation>نسبة العدلات</translation>
    </message>
    <message>
        <source>segmented neutrophils percentage</source>
        <translation>نسبة العدلات المفصّصة</translation>
    </message>
    <message>
        <source>bands percentage</source>
        <translation>نسبة العدلات العصوية</translation>
    </message>
    <message>
        <source>Segmented and band neutrophils together cannot be more than 100%.</source>
        <translation>لا يمكن أن يزيد مجموع العدلات المفصّصة والعصوية على 100%.</translation>
    </message>
    <message>
        <source>A white cell count (WBC) of %1 %2 with %3% neutrophils gives a neutrophil count (ANC) of %4 cells/µL, above the highest accepted %5 cells/µL: check the numbers and their unit.</source>
        <translation>عدد خلايا الدم البيضاء (WBC) البالغ %1 %2 مع نسبة عدلات %3% يعطي عددًا مطلقًا للعدلات (ANC) قدره %4 cells/µL، وهذا أعلى من أقصى قيمة مقبولة وهي %5 cells/µL: تحقّق من الأرقام ووحداتها.</translation>
    </message>
</context>
<context>
    <name>nc::BloodCountDialog</name>
    <message>
        <source>Edit blood count</source>
        <translation>تعديل تعداد الدم</translation>
    </message>
    <message>
        <source>Log a blood count</source>
        <translation>سجّل تعداد الدم</translation>
    </message>
    <message>
        <source>What the lab report shows</source>
        <translation>ما يُظهره تقرير المختبر</translation>
    </message>
    <message>
        <source>The neutrophil count (ANC)</source>
        <translation>العدد المطلق للعدلات (ANC)</translation>
    </message>
    <message>
        <source>White cells (WBC) and total neutrophils %</source>
        <translation>خلايا الدم البيضاء (WBC) والنسبة الكلية للعدلات %</translation>
    </message>
    <message>
        <source>White cells (WBC), segmented % and bands %</source>
        <translation>خلايا الدم البيضاء (WBC) ونسبة المفصّصة % ونسبة العصوية %</translation>
    </message>
    <message>
        <source>The report &amp;shows</source>
        <translation>يُظهر &amp;التقرير</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>الوحد&amp;ة</translation>
    </message>
    <message>
        <source>Neutrophil count (ANC)</source>
        <translation>العدد المطلق للعدلات (ANC)</translation>
    </message>
    <message>
        <source>&amp;ANC</source>
        <translation>&amp;ANC</translation>
    </message>
    <message>
        <source>White cell count (WBC)</source>
        <translation>عدد خلايا الدم البيضاء (WBC)</translation>
    </message>
    <message>
        <source>&amp;WBC</source>
        <translation>&amp;WBC</translation>
    </message>
    <message>
        <source>Neutrophils, percent</source>
        <translation>العدلات، نسبة مئوية</translation>
    </message>
    <message>
        <source>&amp;Neutrophils %</source>
        <translation>&amp;العدلات %</translation>
    </message>
    <message>
        <source>Segmented neutrophils, percent</source>
        <translation>العدلات المفصّصة، نسبة مئوية</translation>
    </message>
    <message>
        <source>S&amp;egmented %</source>
        <translation>&amp;المفصّصة %</translation>
    </message>
    <message>
        <source>Band neutrophils, percent (optional)</source>
        <translation>العدلات العصوية، نسبة مئوية (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Bands % (optional)</source>
        <translation>العصوية % (اختيا&amp;ري)</translation>
    </message>
    <message>
        <source>Blood &amp;taken</source>
        <translation>تا&amp;ريخ سحب الدم</translation>
    </message>
    <message>
        <source>Laboratory or clinic (optional)</source>
        <translation>المختبر أو العيادة (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Lab (optional)</source>
        <translation>المختبر (اختيا&amp;ري)</translation>
    </message>
    <message>
        <source>Please type the neutrophil count (ANC) as a number.</source>
        <translation>من فضلك اكتب العدد المطلق للعدلات (ANC) كرقم.</translation>
    </message>
    <message>
        <source>Please type the white cell count (WBC) as a number.</source>
        <translation>من فضلك اكتب عدد خلايا الدم البيضاء (WBC) كرقم.</translation>
    </message>
    <message>
        <source>Please type the neutrophils percentage as a number.</source>
        <translation>من فضلك اكتب نسبة العدلات كرقم.</translation>
    </message>
    <message>
        <source>Please type the segmented neutrophils percentage as a number.</source>
        <translation>من فضلك اكتب نسبة العدلات المفصّصة كرقم.</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>Blood taken</source>
        <translation>سحب الدم</translation>
    </message>
    <message>
        <source>Log blood count</source>
        <translation>سجّل تعداد الدم</translation>
    </message>
</context>
<context>
    <name>nc::BoardModel</name>
    <message>
        <source>1 · Call now — not acknowledged</source>
        <translation>1 · اتصل الآن — لم يُؤكَّد</translation>
    </message>
    <message>
        <source>2 · Follow-up call overdue</source>
        <translation>2 · مكالمة المتابعة متأخرة</translation>
    </message>
    <message>
        <source>3 · Call now already acknowledged, or call today</source>
        <translation>3 · «اتصل الآن» مؤكَّد مسبقًا، أو اتصل اليوم</translation>
    </message>
    <message>
        <source>4 · Recheck overdue</source>
        <translation>4 · إعادة القياس متأخرة</translation>
    </message>
    <message>
        <source>5 · No recent temperature in the low-count days</source>
        <translation>5 · لا توجد درجة حرارة حديثة في أيام انخفاض تعداد الدم</translation>
    </message>
    <message>
        <source>6 · Recheck</source>
        <translation>6 · إعادة القياس</translation>
    </message>
    <message>
        <source>7 · Caution</source>
        <translation>7 · تنبيه للحذر</translation>
    </message>
    <message>
        <source>8 · No warning signs</source>
        <translation>8 · لا توجد علامات تحذير</translation>
    </message>
    <message numerus="yes">
        <source>None in the last %n hour(s)</source>
        <translation>
            <numerusform>لا توجد قراءة خلال آخر %n ساعة</numerusform>
            <numerusform>لا توجد قراءة خلال آخر %n ساعة</numerusform>
            <numerusform>لا توجد قراءة خلال آخر %n ساعتين</numerusform>
            <numerusform>لا توجد قراءة خلال آخر %n ساعات</numerusform>
            <numerusform>لا توجد قراءة خلال آخر %n ساعة</numerusform>
            <numerusform>لا توجد قراءة خلال آخر %n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>لا توجد نتيجة</translation>
    </message>
    <message>
        <source>%1/µL, %2%3</source>
        <translation>%1/µL، %2%3</translation>
    </message>
    <message>
        <source> (old)</source>
        <translation> (قديمة)</translation>
    </message>
    <message>
        <source>No recent chemotherapy</source>
        <translation>لا يوجد علاج كيميائي حديث</translation>
    </message>
    <message>
        <source>Day %1 — low-count days</source>
        <translation>اليوم %1 — أيام انخفاض تعداد الدم</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>اليوم %1</translation>
    </message>
    <message>
        <source>ESCALATED — not acknowledged for %1</source>
        <translation>تم التصعيد — لم يُؤكَّد منذ %1</translation>
    </message>
    <message>
        <source>Not acknowledged — waiting %1</source>
        <translation>لم يُؤكَّد — في الانتظار منذ %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>أكّده %1 عند الساعة %2</translation>
    </message>
    <message>
        <source>Overdue since %1 (%2)</source>
        <translation>متأخرة منذ %1 (%2)</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>موعدها %1 (%2)</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Latest temperature</source>
        <translation>آخر درجة حرارة</translation>
    </message>
    <message>
        <source>Latest ANC</source>
        <translation>آخر ANC</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>التنبيه</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>مكالمة المتابعة</translation>
    </message>
</context>
<context>
    <name>nc::CallDialog</name>
    <message>
        <source>New telephone call</source>
        <translation>مكالمة هاتفية جديدة</translation>
    </message>
    <message>
        <source>Who is calling</source>
        <translation>من المتصل</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;المريض:</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;المتصل:</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>اسم المتصل</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>Relationship to the patient</source>
        <translation>صلة القرابة بالمريض</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;الصلة:</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>رقم معاودة الاتصال</translation>
    </message>
    <message>
        <source>Call-&amp;back number:</source>
        <translation>&amp;رقم معاودة الاتصال:</translation>
    </message>
    <message>
        <source>What they report</source>
        <translation>ما يُبلغون عنه</translation>
    </message>
    <message>
        <source>Reported temperature</source>
        <translation>درجة الحرارة المُبلَّغ عنها</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Where it was taken</source>
        <translation>مكان القياس</translation>
    </message>
    <message>
        <source>Minutes ago</source>
        <translation>منذ كم دقيقة</translation>
    </message>
    <message>
        <source> min ago</source>
        <translation> دقيقة مضت</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <source>Add the reported temperature</source>
        <translation>أضف درجة الحرارة المُبلَّغ عنها</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;درجة الحرارة:</translation>
    </message>
    <message>
        <source>Temperatures reported</source>
        <translation>درجات الحرارة المُبلَّغ عنها</translation>
    </message>
    <message>
        <source>&amp;Symptoms (tick what they describe):</source>
        <translation>الأعر&amp;اض (ضع علامة على ما يصفونه):</translation>
    </message>
    <message>
        <source>Symptoms reported</source>
        <translation>الأعراض المُبلَّغ عنها</translation>
    </message>
    <message>
        <source>&amp;Fever medicines taken:</source>
        <translation>أد&amp;وية خفض الحمى التي أُخذت:</translation>
    </message>
    <message>
        <source>Fever medicines taken</source>
        <translation>أدوية خفض الحمى التي أُخذت</translation>
    </message>
    <message>
        <source>Hours since the fever medicine</source>
        <translation>الساعات منذ تناول دواء خفض الحمى</translation>
    </message>
    <message>
        <source> h ago</source>
        <translation> ساعة مضت</translation>
    </message>
    <message>
        <source>Assessment on the stored history plus this report</source>
        <translation>التقييم بناءً على السجل المحفوظ وهذا البلاغ</translation>
    </message>
    <message>
        <source>Disposition and advice</source>
        <translation>التوجيه والنصيحة</translation>
    </message>
    <message>
        <source>Disposition chosen</source>
        <translation>التوجيه المختار</translation>
    </message>
    <message>
        <source>&amp;Disposition:</source>
        <translation>&amp;التوجيه:</translation>
    </message>
    <message>
        <source>Reason for a less urgent disposition</source>
        <translation>سبب اختيار توجيه أقل استعجالًا</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>النصيحة المقدَّمة</translation>
    </message>
    <message>
        <source>Ad&amp;vice given:</source>
        <translation>&amp;النصيحة المقدَّمة:</translation>
    </message>
    <message>
        <source>&amp;Save call</source>
        <translation>حفظ &amp;المكالمة</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>No warning signs in the history or the report.</source>
        <translation>لا توجد علامات تحذير في السجل أو في البلاغ.</translation>
    </message>
    <message>
        <source>Suggested: %1 (protocol %2)</source>
        <translation>المقترح: %1 (البروتوكول %2)</translation>
    </message>
    <message>
        <source>R&amp;eason (required: less urgent than suggested):</source>
        <translation>&amp;السبب (مطلوب: أقل استعجالًا من المقترح):</translation>
    </message>
    <message>
        <source>A follow-up call will be due by %1.</source>
        <translation>يجب إجراء مكالمة متابعة قبل %1.</translation>
    </message>
    <message>
        <source>No follow-up call is set.</source>
        <translation>لم تُحدَّد أي مكالمة متابعة.</translation>
    </message>
</context>
<context>
    <name>nc::CallRecord</name>
    <message>
        <source>Triage call record</source>
        <translation>سجل مكالمة الفرز</translation>
    </message>
    <message>
        <source>MASCC %1 of %2</source>
        <translation>MASCC %1 من %2</translation>
    </message>
    <message>
        <source>Low risk (≥ %1)</source>
        <translation>خطورة منخفضة (≥ %1)</translation>
    </message>
    <message>
        <source>Not low risk</source>
        <translation>ليست خطورة منخفضة</translation>
    </message>
    <message>
        <source>CISNE %1 of %2</source>
        <translation>CISNE %1 من %2</translation>
    </message>
    <message>
        <source>Class I — low risk</source>
        <translation>الفئة I — خطورة منخفضة</translation>
    </message>
    <message>
        <source>Class II — intermediate</source>
        <translation>الفئة II — خطورة متوسطة</translation>
    </message>
    <message>
        <source>Class III — high</source>
        <translation>الفئة III — خطورة مرتفعة</translation>
    </message>
    <message>
        <source>Times in %1 · temperatures in %2</source>
        <translation>الأوقات بتوقيت %1 · درجات الحرارة بوحدة %2</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>، مواليد %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>المكالمة</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>وقت الاستقبال</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 بواسطة %2</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>المتصل</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>رقم معاودة الاتصال</translation>
    </message>
    <message>
        <source> (reported as %1)</source>
        <translation> (أُبلغ عنها بقيمة %1)</translation>
    </message>
    <message>
        <source> · %1 · %2</source>
        <translation> · %1 · %2</translation>
    </message>
    <message>
        <source> · after a fever medicine</source>
        <translation> · بعد دواء خافض للحرارة</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>لم يُبلَّغ عن شيء</translation>
    </message>
    <message>
        <source>What the caller reported</source>
        <translation>ما أبلغ عنه المتصل</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>درجات الحرارة</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>الأعراض</translation>
    </message>
    <message>
        <source>Fever medicines</source>
        <translation>أدوية خفض الحمى</translation>
    </message>
    <message>
        <source>Assessment during the call</source>
        <translation>التقييم أثناء المكالمة</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>المختار</translation>
    </message>
    <message>
        <source>Reason for the choice</source>
        <translation>سبب الاختيار</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>النصيحة المقدَّمة</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>موعدها %1</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>لم تُحدَّد</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>أُجريت في %1</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>أجراها %2 في %1</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>مكالمة المتابعة</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>التوجيه</translation>
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
        <translation>دعم القرار للأطباء والممرضين</translation>
    </message>
    <message>
        <source>MASCC and CISNE risk scores, kept with the call; never shown to the patient.</source>
        <translation>مقاييس الخطورة MASCC وCISNE، محفوظة مع المكالمة؛ ولا تُعرض على المريض أبدًا.</translation>
    </message>
    <message>
        <source>Call taken on %1.</source>
        <translation>استُقبلت المكالمة في %1.</translation>
    </message>
    <message>
        <source>Call taken by %1 on %2.</source>
        <translation>استقبل المكالمة %1 في %2.</translation>
    </message>
    <message>
        <source>For the clinic&apos;s records. The assessment, the disposition and the risk scores support clinical judgement; they do not replace it.</source>
        <translation>لسجلات العيادة. التقييم والتوجيه ومقاييس الخطورة تدعم الحكم السريري؛ ولا تحل محله.</translation>
    </message>
</context>
<context>
    <name>nc::CardDialog</name>
    <message>
        <source>Print a wallet alert card for %1</source>
        <translation>اطبع بطاقة الجيب التحذيرية لـ %1</translation>
    </message>
    <message>
        <source>&amp;Name on the card:</source>
        <translation>&amp;الاسم على البطاقة:</translation>
    </message>
    <message>
        <source>As on their ID or hospital records. Kept for the next card.</source>
        <translation>كما هو في بطاقة الهوية أو في سجلات المستشفى. يُحفظ للبطاقة التالية.</translation>
    </message>
    <message>
        <source>&amp;Patient&apos;s side in:</source>
        <translation>&amp;وجه المريض باللغة:</translation>
    </message>
    <message>
        <source>&amp;Emergency staff&apos;s side in:</source>
        <translation>وجه فريق الطوا&amp;رئ باللغة:</translation>
    </message>
    <message>
        <source>The language of the clinic or hospital. When it differs from the patient&apos;s side, this side is printed in both.</source>
        <translation>لغة العيادة أو المستشفى. إذا اختلفت عن لغة وجه المريض، يُطبع هذا الوجه باللغتين.</translation>
    </message>
    <message>
        <source>Name on the card: %1</source>
        <translation>الاسم على البطاقة: %1</translation>
    </message>
</context>
<context>
    <name>nc::CaregiverBanner</name>
    <message>
        <source>%1 needs a call to the care team now</source>
        <translation>%1 بحاجة إلى الاتصال بفريق الرعاية الصحية الآن</translation>
    </message>
    <message>
        <source>%1 needs a call to the care team today</source>
        <translation>%1 بحاجة إلى الاتصال بفريق الرعاية الصحية اليوم</translation>
    </message>
    <message>
        <source>%1 needs a temperature check now: the recheck is overdue</source>
        <translation>%1 بحاجة إلى قياس درجة الحرارة الآن: موعد إعادة القياس قد فات</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>عرض %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>الانتقال إلى %1</translation>
    </message>
</context>
<context>
    <name>nc::ClinicUpdateCard</name>
    <message>
        <source>What &amp;changed</source>
        <translation>ما &amp;الذي تغيّر</translation>
    </message>
    <message>
        <source>What your clinic changed</source>
        <translation>ما الذي غيّرته عيادتك</translation>
    </message>
    <message>
        <source>your fever protocol</source>
        <translation>بروتوكول الحمى الخاص بك</translation>
    </message>
    <message>
        <source>your clinic&apos;s name</source>
        <translation>اسم عيادتك</translation>
    </message>
    <message>
        <source>the daytime phone number</source>
        <translation>رقم الهاتف خلال النهار</translation>
    </message>
    <message>
        <source>the evenings and weekends number</source>
        <translation>رقم المساء وعطلات نهاية الأسبوع</translation>
    </message>
    <message>
        <source>the lower limit of normal (LLN)</source>
        <translation>الحد الأدنى للمعدل الطبيعي (LLN)</translation>
    </message>
    <message>
        <source>your usual level (baseline ANC)</source>
        <translation>مستواك المعتاد (ANC الأساسي)</translation>
    </message>
    <message>
        <source>advice from your nurse</source>
        <translation>نصيحة من الممرض أو الممرضة</translation>
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
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day, then a time of day</comment>
        <translation>%1 عند الساعة %2</translation>
    </message>
    <message>
        <source>Updated by your clinic on %1.</source>
        <translation>حدّثت عيادتك البيانات في %1.</translation>
    </message>
    <message>
        <source>Updated by your clinic on %1: %2.</source>
        <translation>حدّثت عيادتك البيانات في %1: %2.</translation>
    </message>
    <message>
        <source>Advice from your nurse: “%1”</source>
        <translation>نصيحة من الممرض أو الممرضة: «%1»</translation>
    </message>
</context>
<context>
    <name>nc::ClinicValuesForm</name>
    <message>
        <source>Set by your clinic</source>
        <translation>تحددها عيادتك</translation>
    </message>
    <message>
        <source>Set these only as your clinic tells you. Leave them empty if you were not given them.</source>
        <translation>أدخل هذه القيم فقط كما تخبرك عيادتك. اتركها فارغة إذا لم تُعطَ لك.</translation>
    </message>
    <message>
        <source>Usual neutrophil level, cells per microlitre</source>
        <translation>مستوى العدلات المعتاد، خلايا لكل ميكرولتر</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Usual level (&amp;baseline ANC)</source>
        <translation>المستو&amp;ى المعتاد (ANC الأساسي)</translation>
    </message>
    <message>
        <source>/µL</source>
        <translation>/µL</translation>
    </message>
    <message>
        <source>For people whose healthy neutrophil count is usually low. A count from this level up to %1/µL then reads “at your usual level”. At least %2/µL.</source>
        <translation>للأشخاص الذين يكون عدد العدلات لديهم منخفضًا عادةً وهم بصحة جيدة. عندها يُعرض أي عدد من هذا المستوى حتى %1/µL على أنه «عند مستواك المعتاد». لا يقل عن %2/µL.</translation>
    </message>
    <message>
        <source>Lower limit of normal, cells per microlitre</source>
        <translation>الحد الأدنى للمعدل الطبيعي، خلايا لكل ميكرولتر</translation>
    </message>
    <message>
        <source>Lower limi&amp;t of normal (LLN)</source>
        <translation>الحد الأ&amp;دنى للمعدل الطبيعي (LLN)</translation>
    </message>
    <message>
        <source>The lab&apos;s lower limit for neutrophils, used to grade blood counts in the report (CTCAE v5.0). At least %1/µL.</source>
        <translation>الحد الأدنى للعدلات لدى المختبر، ويُستخدم لتصنيف درجة تعداد الدم في التقرير (CTCAE v5.0). لا يقل عن %1/µL.</translation>
    </message>
    <message>
        <source>%1/µL, set by your clinic&apos;s protocol file.</source>
        <translation>%1/µL، محدد في ملف البروتوكول الخاص بعيادتك.</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>غير محدد: %1</translation>
    </message>
    <message>
        <source>The usual level must be a number of neutrophils per µL, such as %1.</source>
        <translation>يجب أن يكون المستوى المعتاد عددًا من العدلات لكل µL، مثل %1.</translation>
    </message>
    <message>
        <source>The usual level must be at least %1/µL. Leave it empty if your clinic has not given you one.</source>
        <translation>يجب ألا يقل المستوى المعتاد عن %1/µL. اتركه فارغًا إذا لم تعطك عيادتك قيمة له.</translation>
    </message>
    <message>
        <source>The usual level must be at most %1/µL.</source>
        <translation>يجب ألا يزيد المستوى المعتاد على %1/µL.</translation>
    </message>
    <message>
        <source>The lower limit of normal must be a number of neutrophils per µL, such as %1.</source>
        <translation>يجب أن يكون الحد الأدنى للمعدل الطبيعي عددًا من العدلات لكل µL، مثل %1.</translation>
    </message>
    <message>
        <source>The lower limit of normal %1. Leave it empty if your clinic has not given you one.</source>
        <translation>الحد الأدنى للمعدل الطبيعي %1. اتركه فارغًا إذا لم تعطك عيادتك قيمة له.</translation>
    </message>
</context>
<context>
    <name>nc::ClinicValuesPage</name>
    <message>
        <source>These values are the clinic&apos;s. Changes are recorded in the audit trail with your login, and reach the patient&apos;s app through the home link.</source>
        <translation>هذه القيم خاصة بالعيادة. تُسجَّل التغييرات في سجل التدقيق مع اسم الدخول الخاص بك، وتصل إلى تطبيق المريض عبر الربط بالعيادة.</translation>
    </message>
    <message>
        <source>Fever protocol</source>
        <translation>بروتوكول الحمى</translation>
    </message>
    <message>
        <source>Clinic&apos;s &amp;file…</source>
        <translation>ملف العيا&amp;دة…</translation>
    </message>
    <message>
        <source>Use the clinic&apos;s own protocol file</source>
        <translation>استخدم ملف البروتوكول الخاص بالعيادة</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>البر&amp;وتوكول:</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>اسم العيا&amp;دة:</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>اسم العيادة</translation>
    </message>
    <message>
        <source>&amp;In hours:</source>
        <translation>&amp;أثناء ساعات الدوام:</translation>
    </message>
    <message>
        <source>Clinic number in hours</source>
        <translation>رقم العيادة أثناء ساعات الدوام</translation>
    </message>
    <message>
        <source>&amp;Out of hours:</source>
        <translation>خا&amp;رج ساعات الدوام:</translation>
    </message>
    <message>
        <source>Clinic number out of hours</source>
        <translation>رقم العيادة خارج ساعات الدوام</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>تر&amp;اجع</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>&amp;Save clinic values</source>
        <translation>حفظ قيم العيا&amp;دة</translation>
    </message>
    <message>
        <source>Save the clinic values</source>
        <translation>احفظ قيم العيادة</translation>
    </message>
    <message>
        <source>The clinic&apos;s protocol file</source>
        <translation>ملف البروتوكول الخاص بالعيادة</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>ملفات البروتوكول (*.json)</translation>
    </message>
    <message>
        <source>%1 (clinic&apos;s file)</source>
        <translation>%1 (ملف العيادة)</translation>
    </message>
    <message>
        <source>This protocol file was not used: %1</source>
        <translation>لم يُستخدم ملف البروتوكول هذا: %1</translation>
    </message>
    <message>
        <source>Read %1. Save to apply it.</source>
        <translation>تمت قراءة %1. احفظ لتطبيقه.</translation>
    </message>
    <message>
        <source>In hours</source>
        <translation>أثناء ساعات الدوام</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>خارج ساعات الدوام</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Saved. The audit trail records the change with your login.</source>
        <translation>تم الحفظ. يُسجّل سجل التدقيق التغيير مع اسم الدخول الخاص بك.</translation>
    </message>
</context>
<context>
    <name>nc::ConnectionSpec</name>
    <message>
        <source>The server&apos;s port &quot;%1&quot; is not a port number.</source>
        <translation>منفذ الخادم &quot;%1&quot; ليس رقم منفذ.</translation>
    </message>
    <message>
        <source>The connection setting %1 cannot contain &quot;;&quot;.</source>
        <translation>لا يمكن أن يحتوي إعداد الاتصال %1 على &quot;;&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connection settings has no value (write key=value).</source>
        <translation>&quot;%1&quot; في إعدادات الاتصال ليس له قيمة (اكتب key=value).</translation>
    </message>
    <message>
        <source>A quoted value in the connection settings is not closed.</source>
        <translation>توجد قيمة بين علامتي اقتباس في إعدادات الاتصال لم تُغلق.</translation>
    </message>
    <message>
        <source>The server address is not a valid postgresql:// address: %1</source>
        <translation>عنوان الخادم ليس عنوان postgresql:// صالحًا: %1</translation>
    </message>
    <message>
        <source>this computer&apos;s PostgreSQL</source>
        <translation>PostgreSQL على هذا الحاسوب</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 على %2</translation>
    </message>
</context>
<context>
    <name>nc::ContentCatalogue</name>
    <message>
        <source>Read next</source>
        <translation>اقرأ أيضًا</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Reviewed on %1.</source>
        <translation>رُوجع في %1.</translation>
    </message>
</context>
<context>
    <name>nc::Database</name>
    <message>
        <source>%1 is not a clinic server (a postgresql:// address, or host= and dbname=).</source>
        <translation>%1 ليس خادم عيادة (عنوان postgresql://، أو host= وdbname=).</translation>
    </message>
    <message>
        <source>This NeutroCare cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>لا يستطيع NeutroCare هذا الوصول إلى خادم PostgreSQL: برنامج تشغيل PostgreSQL الخاص بـ Qt غير مثبّت (حزمة Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to the clinic server (%1): %2 Check that the server is running and reachable from this computer, and that the login and password are right.</source>
        <translation>تعذّر الاتصال بخادم العيادة (%1): %2 تأكد من أن الخادم يعمل ويمكن الوصول إليه من هذا الحاسوب، وأن اسم الدخول وكلمة المرور صحيحان.</translation>
    </message>
    <message>
        <source>Could not read the data version on the clinic server (%1).</source>
        <translation>تعذّرت قراءة إصدار البيانات على خادم العيادة (%1).</translation>
    </message>
    <message>
        <source>The clinic server holds data version %1; this NeutroCare understands up to %2. Please update NeutroCare.</source>
        <translation>يحتوي خادم العيادة على إصدار البيانات %1؛ وNeutroCare هذا يفهم حتى %2. من فضلك حدّث NeutroCare.</translation>
    </message>
    <message>
        <source>The clinic server (%1) has no NeutroCare data yet. The clinic&apos;s administrator sets it up with: neutrocare-cli server init</source>
        <translation>لا يحتوي خادم العيادة (%1) على بيانات NeutroCare بعد. يُعدّه مسؤول العيادة باستخدام: neutrocare-cli server init</translation>
    </message>
    <message>
        <source>The clinic server (%1) holds data version %2; this NeutroCare needs version %3. The clinic&apos;s administrator upgrades it with: neutrocare-cli server init</source>
        <translation>يحتوي خادم العيادة (%1) على إصدار البيانات %2؛ وNeutroCare هذا يحتاج إلى الإصدار %3. يرقّيه مسؤول العيادة باستخدام: neutrocare-cli server init</translation>
    </message>
    <message>
        <source>Could not read the data version of the database.</source>
        <translation>تعذّرت قراءة إصدار البيانات في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database file %1 is empty: the data it held has been lost, perhaps by a disk or copy problem. It has not been changed.</source>
        <translation>ملف قاعدة البيانات %1 فارغ: البيانات التي كانت فيه قد فُقدت، ربما بسبب مشكلة في القرص أو في النسخ. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file or its folder is read-only. NeutroCare needs to write there to keep your entries; check the permissions. It has not been changed.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات %1: الملف أو مجلده للقراءة فقط. يحتاج NeutroCare إلى الكتابة هناك لحفظ إدخالاتك؛ تحقّق من الأذونات. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>The file %1 could not be read as a NeutroCare database. It may be damaged or not a database at all; it has not been changed.</source>
        <translation>تعذّرت قراءة الملف %1 كقاعدة بيانات NeutroCare. ربما يكون تالفًا أو ليس قاعدة بيانات أصلًا؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of NeutroCare (data version %1; this version understands up to %2). Please update NeutroCare. The file has not been changed.</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من NeutroCare (إصدار البيانات %1؛ وهذا الإصدار يفهم حتى %2). من فضلك حدّث NeutroCare. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation>تعذّر إنشاء المجلد %1 لقاعدة البيانات.</translation>
    </message>
    <message>
        <source>Could not create the database %1: %2</source>
        <translation>تعذّر إنشاء قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation>تعذّر فتح قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged (SQLite&apos;s integrity check failed). It has not been changed. Restore it from a backup.</source>
        <translation>قاعدة البيانات %1 تالفة (فشل فحص السلامة في SQLite). لم تُغيَّر. استعدها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it: %1</source>
        <translation>تعذّر عمل نسخة احتياطية من قاعدة البيانات قبل ترقيتها: %1</translation>
    </message>
    <message>
        <source>Could not configure the database: %1</source>
        <translation>تعذّر إعداد قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Could not upgrade the database to data version %1: %2</source>
        <translation>تعذّرت ترقية قاعدة البيانات إلى إصدار البيانات %1: %2</translation>
    </message>
    <message>
        <source>Could not create the database tables: %1</source>
        <translation>تعذّر إنشاء جداول قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>a record refers to a profile that is not there</source>
        <translation>يشير أحد السجلات إلى ملف شخصي غير موجود</translation>
    </message>
    <message>
        <source>NeutroCare backs up only its own database files. Back up the clinic server with pg_dump (docs/clinic-server.md).</source>
        <translation>ينشئ NeutroCare نسخًا احتياطية لملفات قاعدة بياناته فقط. انسخ خادم العيادة احتياطيًا باستخدام pg_dump (docs/clinic-server.md).</translation>
    </message>
</context>
<context>
    <name>nc::DatabaseRecovery</name>
    <message>
        <source>NeutroCare cannot reach the clinic server</source>
        <translation>لا يستطيع NeutroCare الوصول إلى خادم العيادة</translation>
    </message>
    <message>
        <source>Your NeutroCare data is damaged</source>
        <translation>بيانات NeutroCare الخاصة بك تالفة</translation>
    </message>
    <message>
        <source>Your data needs a newer NeutroCare</source>
        <translation>بياناتك تحتاج إلى إصدار أحدث من NeutroCare</translation>
    </message>
    <message>
        <source>NeutroCare cannot open your data</source>
        <translation>لا يستطيع NeutroCare فتح بياناتك</translation>
    </message>
    <message>
        <source>The details below say what the server answered. Check that this computer is connected to the network, then try again; if the login was refused, ask the clinic for a new one. Nothing has been changed.

You can also open the NeutroCare data kept on this computer instead.</source>
        <translation>توضح التفاصيل أدناه ما أجاب به الخادم. تأكد من أن هذا الحاسوب متصل بالشبكة، ثم حاول مرة أخرى؛ وإذا رُفض اسم الدخول، فاطلب اسم دخول جديدًا من العيادة. لم يتغير شيء.

يمكنك أيضًا فتح بيانات NeutroCare المحفوظة على هذا الحاسوب بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The file with your data cannot be read safely. This can happen after a power cut or a disk problem. Nothing has been changed or deleted.

A backup from %1 has been checked and is good. Restoring it brings back your data as it was then; anything entered later will be missing. The damaged file is kept.</source>
        <translation>لا يمكن قراءة الملف الذي يحتوي على بياناتك بأمان. قد يحدث هذا بعد انقطاع الكهرباء أو مشكلة في القرص. لم يُغيَّر أو يُحذف أي شيء.

تم فحص نسخة احتياطية من %1 وهي سليمة. استعادتها تُرجع بياناتك كما كانت في ذلك الوقت؛ وأي شيء أُدخل بعد ذلك سيكون مفقودًا. يُحتفظ بالملف التالف.</translation>
    </message>
    <message>
        <source>The file with your data cannot be read safely. This can happen after a power cut or a disk problem. Nothing has been changed or deleted.

No good backup was found next to it. If you have a copy elsewhere (for example on a USB stick), restore from that file.</source>
        <translation>لا يمكن قراءة الملف الذي يحتوي على بياناتك بأمان. قد يحدث هذا بعد انقطاع الكهرباء أو مشكلة في القرص. لم يُغيَّر أو يُحذف أي شيء.

لم يُعثر على نسخة احتياطية سليمة بجانبه. إذا كانت لديك نسخة في مكان آخر (مثلًا على ذاكرة USB)، فاستعد من ذلك الملف.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of NeutroCare than this one. Please install the newer version. Nothing has been changed.</source>
        <translation>حُفظت بياناتك بإصدار من NeutroCare أحدث من هذا الإصدار. من فضلك ثبّت الإصدار الأحدث. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The file with your data could not be opened. Check that the disk is connected and that the file may be read and written. Nothing has been changed.</source>
        <translation>تعذّر فتح الملف الذي يحتوي على بياناتك. تأكد من أن القرص موصول وأن الملف يمكن قراءته والكتابة فيه. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>لا توجد نسخة احتياطية سليمة لاستعادتها.</translation>
    </message>
    <message>
        <source>This data cannot be replaced from here.</source>
        <translation>لا يمكن استبدال هذه البيانات من هنا.</translation>
    </message>
</context>
<context>
    <name>nc::DeskWindow</name>
    <message>
        <source>NeutroCare triage desk — %1</source>
        <translation>مكتب الفرز في NeutroCare — %1</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>البحث بالاسم</translation>
    </message>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>البحث بالاسم (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;ابحث:</translation>
    </message>
    <message>
        <source>&amp;My follow-ups only</source>
        <translation>متابعاتي فقط</translation>
    </message>
    <message>
        <source>Show only the follow-up calls I owe</source>
        <translation>اعرض فقط مكالمات المتابعة المطلوبة مني</translation>
    </message>
    <message>
        <source>Patients, most urgent first</source>
        <translation>المرضى، الأكثر استعجالًا أولًا</translation>
    </message>
    <message>
        <source>Signed in as %1 to %2</source>
        <translation>تم تسجيل الدخول باسم %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 Reconnecting… The board may be out of date until then.</source>
        <translation>%1 جارٍ إعادة الاتصال… قد لا تكون اللوحة محدّثة حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>Reconnected at %1 after a lost connection; the board is up to date.</source>
        <translation>أُعيد الاتصال عند الساعة %1 بعد انقطاعه؛ اللوحة محدّثة.</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>مكتب الفر&amp;ز</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>مكتب الفرز</translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>فتح &amp;المريض</translation>
    </message>
    <message>
        <source>&amp;Acknowledge alert</source>
        <translation>تأكيد &amp;التنبيه</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>مكالمة جديد&amp;ة…</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>سجل &amp;التدقيق</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>&amp;Find a patient</source>
        <translation>&amp;ابحث عن مريض</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خر&amp;وج</translation>
    </message>
    <message>
        <source>%1: call now, not acknowledged for %2</source>
        <translation>%1: اتصل الآن، لم يُؤكَّد منذ %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>(%n escalated) NeutroCare triage desk — %1</source>
        <translation>
            <numerusform>(%n حالة مُصعَّدة) مكتب الفرز في NeutroCare — %1</numerusform>
            <numerusform>(%n حالة مُصعَّدة) مكتب الفرز في NeutroCare — %1</numerusform>
            <numerusform>(%n حالتان مُصعَّدتان) مكتب الفرز في NeutroCare — %1</numerusform>
            <numerusform>(%n حالات مُصعَّدة) مكتب الفرز في NeutroCare — %1</numerusform>
            <numerusform>(%n حالة مُصعَّدة) مكتب الفرز في NeutroCare — %1</numerusform>
            <numerusform>(%n حالة مُصعَّدة) مكتب الفرز في NeutroCare — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no alert waiting to be acknowledged.</source>
        <translation>ليس لدى %1 أي تنبيه ينتظر التأكيد.</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>لم يُؤكَّد</translation>
    </message>
    <message>
        <source>Acknowledged %1&apos;s alert as %2.</source>
        <translation>تم تأكيد تنبيه %1 بصفة %2.</translation>
    </message>
    <message>
        <source>Call saved.</source>
        <translation>حُفظت المكالمة.</translation>
    </message>
    <message>
        <source>Audit trail — %1</source>
        <translation>سجل التدقيق — %1</translation>
    </message>
</context>
<context>
    <name>nc::DesktopNotifier</name>
    <message>
        <source>I contacted my care team</source>
        <translation>اتصلت بفريق الرعاية الصحية</translation>
    </message>
    <message>
        <source>Log a temperature</source>
        <translation>سجّل درجة الحرارة</translation>
    </message>
    <message>
        <source>Open NeutroCare</source>
        <translation>افتح NeutroCare</translation>
    </message>
    <message>
        <source>Quit NeutroCare</source>
        <translation>أغلق NeutroCare</translation>
    </message>
</context>
<context>
    <name>nc::ExchangeActions</name>
    <message>
        <source>Spreadsheet (CSV) (*.csv)</source>
        <translation>جدول بيانات (CSV) (*.csv)</translation>
    </message>
    <message>
        <source>FHIR lab results (JSON) (*.json)</source>
        <translation>نتائج المختبر بصيغة FHIR (JSON) (*.json)</translation>
    </message>
    <message>
        <source>Import records for %1</source>
        <translation>استيراد سجلات لـ %1</translation>
    </message>
    <message>
        <source>CSV or FHIR files (*.csv *.json);;All files (*)</source>
        <translation>ملفات CSV أو FHIR (*.csv *.json);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from %1.</source>
        <translation>
            <numerusform>استُورد %n سجل من %1.</numerusform>
            <numerusform>استُورد %n سجل من %1.</numerusform>
            <numerusform>استُورد %n سجلان من %1.</numerusform>
            <numerusform>استُورد %n سجلات من %1.</numerusform>
            <numerusform>استُورد %n سجلًا من %1.</numerusform>
            <numerusform>استُورد %n سجل من %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export records of %1</source>
        <translation>تصدير سجلات %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>صُدّرت إلى %1.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>اختر ملفًا شخصيًا أولًا.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>أُلغي التصدير. لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>تعذّر حفظ الملف: %1</translation>
    </message>
</context>
<context>
    <name>nc::FirstRunDialog</name>
    <message>
        <source>Welcome to NeutroCare</source>
        <translation>مرحبًا بك في NeutroCare</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>ملف شخصي جديد</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا بك</translation>
    </message>
    <message>
        <source>A new profile</source>
        <translation>ملف شخصي جديد</translation>
    </message>
    <message>
        <source>NeutroCare helps you keep an eye on your temperature and blood counts during chemotherapy, and tells you clearly when to call your care team. Ask your nurse which fever protocol and phone numbers to use. You can change all of this later in Settings.</source>
        <translation>يساعدك NeutroCare على متابعة درجة حرارتك وتعداد دمك أثناء العلاج الكيميائي، ويخبرك بوضوح متى تتصل بفريق الرعاية الصحية. اسأل الممرض أو الممرضة عن بروتوكول الحمى وأرقام الهاتف التي يجب أن تستخدمها. يمكنك تغيير كل هذا لاحقًا من الإعدادات.</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>إنشا&amp;ء الملف الشخصي</translation>
    </message>
    <message>
        <source>Quit NeutroCare?</source>
        <translation>هل تريد الخروج من NeutroCare؟</translation>
    </message>
    <message>
        <source>Quit NeutroCare without creating a profile?</source>
        <translation>هل تريد الخروج من NeutroCare دون إنشاء ملف شخصي؟</translation>
    </message>
    <message>
        <source>NeutroCare needs a profile to keep your readings in. Nothing has been saved yet.</source>
        <translation>يحتاج NeutroCare إلى ملف شخصي ليحفظ فيه قراءاتك. لم يُحفظ أي شيء بعد.</translation>
    </message>
    <message>
        <source>&amp;Quit NeutroCare</source>
        <translation>خر&amp;وج من NeutroCare</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>العو&amp;دة</translation>
    </message>
</context>
<context>
    <name>nc::FollowService</name>
    <message>
        <source>No news of %1</source>
        <translation>لا أخبار عن %1</translation>
    </message>
    <message>
        <source>NeutroCare has not reached the clinic server for %1, so it cannot say how %2 is now. If you are worried, call %2.</source>
        <translation>لم يتمكن NeutroCare من الوصول إلى خادم العيادة منذ %1، لذا لا يمكنه معرفة حال %2 الآن. إذا كنت قلقًا، فاتصل بـ %2.</translation>
    </message>
    <message>
        <source>%1: fever or warning sign — call now</source>
        <translation>%1: حمى أو علامة تحذير — اتصل الآن</translation>
    </message>
    <message>
        <source>%1&apos;s NeutroCare says to call the care team now. Make sure %1 has called, or call for them.</source>
        <translation>يطلب NeutroCare الخاص بـ %1 الاتصال بفريق الرعاية الصحية الآن. تأكد من أن %1 قد اتصل، أو اتصل أنت نيابةً عنه.</translation>
    </message>
    <message>
        <source>From the clinic server, last update %1.</source>
        <translation>من خادم العيادة، آخر تحديث %1.</translation>
    </message>
    <message>
        <source>No connection to the clinic server for %1: what you see may be out of date. If you are worried, call %2.</source>
        <translation>لا يوجد اتصال بخادم العيادة منذ %1: ما تراه قد لا يكون محدّثًا. إذا كنت قلقًا، فاتصل بـ %2.</translation>
    </message>
    <message>
        <source>Connecting to the clinic server…</source>
        <translation>جارٍ الاتصال بخادم العيادة…</translation>
    </message>
    <message>
        <source>Cannot reach the clinic server yet: %1</source>
        <translation>تعذّر الوصول إلى خادم العيادة حتى الآن: %1</translation>
    </message>
    <message>
        <source>From the clinic server — last update %1; trying to reconnect.</source>
        <translation>من خادم العيادة — آخر تحديث %1؛ جارٍ محاولة إعادة الاتصال.</translation>
    </message>
    <message>
        <source>From the clinic server — last update %1.</source>
        <translation>من خادم العيادة — آخر تحديث %1.</translation>
    </message>
</context>
<context>
    <name>nc::FollowedWindow</name>
    <message>
        <source>%1 — followed, read-only</source>
        <translation>%1 — قيد المتابعة، للقراءة فقط</translation>
    </message>
    <message>
        <source>%1&apos;s screens</source>
        <translation>شاشات %1</translation>
    </message>
</context>
<context>
    <name>nc::Handout</name>
    <message>
        <source>Sources: %1.</source>
        <translation>المصادر: %1.</translation>
    </message>
    <message>
        <source>Content reviewed %1. Your care team&apos;s advice comes first.</source>
        <translation>رُوجع المحتوى في %1. نصيحة فريق الرعاية الصحية تأتي أولًا.</translation>
    </message>
</context>
<context>
    <name>nc::HistoryScreen</name>
    <message>
        <source>▲ Fever level</source>
        <translation>▲ مستوى الحمى</translation>
    </message>
    <message>
        <source>△ Raised</source>
        <translation>△ مرتفعة</translation>
    </message>
    <message>
        <source>▼ Low</source>
        <translation>▼ منخفضة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>درجات الحرارة</translation>
    </message>
    <message>
        <source>Blood counts</source>
        <translation>تعدادات الدم</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>الأعراض</translation>
    </message>
    <message>
        <source>Painkiller doses</source>
        <translation>جرعات المسكّنات</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>العلاجات</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>الأدوية</translation>
    </message>
    <message>
        <source>Alerts and calls</source>
        <translation>التنبيهات والمكالمات</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;اعرض</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>آخر 90 يومًا</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>الفتر&amp;ة</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>عدّل الإدخال المحدد</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected entry (can be undone)</source>
        <translation>احذف الإدخال المحدد (يمكن التراجع عن ذلك)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>الإدخالات</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>كما أُدخلت</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>مكان القياس</translation>
    </message>
    <message>
        <source>Painkiller</source>
        <translation>المسكّن</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Yes — may be masked</source>
        <translation>نعم — قد تكون الحمى مخفيّة</translation>
    </message>
    <message>
        <source>Delete temperature</source>
        <translation>حذف درجة الحرارة</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>ANC (/µL)</source>
        <translation>ANC (/µL)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>مقيس مباشرة</translation>
    </message>
    <message>
        <source>From WBC × %</source>
        <translation>محسوب من WBC × %</translation>
    </message>
    <message>
        <source>Delete blood count</source>
        <translation>حذف تعداد الدم</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>العَرَض</translation>
    </message>
    <message>
        <source>Delete symptom</source>
        <translation>حذف العَرَض</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Delete painkiller dose</source>
        <translation>حذف جرعة المسكّن</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>العلاج</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>النظام العلاجي</translation>
    </message>
    <message>
        <source>Delete treatment</source>
        <translation>حذف العلاج</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Delete medicine</source>
        <translation>حذف الدواء</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Outcome logged</source>
        <translation>وقت تسجيل النتيجة</translation>
    </message>
    <message>
        <source>Delete alert</source>
        <translation>حذف التنبيه</translation>
    </message>
    <message>
        <source>Deleted — Ctrl+Z to undo</source>
        <translation>تم الحذف — Ctrl+Z للتراجع</translation>
    </message>
</context>
<context>
    <name>nc::HomeLink</name>
    <message>
        <source>&quot;%1&quot; is a file; a link goes to the clinic&apos;s PostgreSQL server (postgresql://… or host=… dbname=…).</source>
        <translation>&quot;%1&quot; ملف؛ أما الربط فيكون بخادم PostgreSQL الخاص بالعيادة (postgresql://… أو host=… dbname=…).</translation>
    </message>
    <message>
        <source>The server&apos;s address holds a password; give the password on its own instead.</source>
        <translation>عنوان الخادم يتضمن كلمة مرور؛ أدخل كلمة المرور وحدها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Give the login the clinic gave you.</source>
        <translation>أدخل اسم الدخول الذي أعطتك إياه العيادة.</translation>
    </message>
    <message>
        <source>A link starts from a patient&apos;s own file, not a server.</source>
        <translation>يبدأ الربط من ملف المريض نفسه، وليس من خادم.</translation>
    </message>
    <message>
        <source>The link&apos;s server address cannot be read.</source>
        <translation>تعذّرت قراءة عنوان الخادم الخاص بالربط.</translation>
    </message>
    <message>
        <source>The clinic&apos;s values could not be read: %1</source>
        <translation>تعذّرت قراءة قيم العيادة: %1</translation>
    </message>
    <message>
        <source>This login follows nobody on the clinic&apos;s server: ask the clinic to link it to the person you look after.</source>
        <translation>اسم الدخول هذا لا يتابع أحدًا على خادم العيادة: اطلب من العيادة ربطه بالشخص الذي تعتني به.</translation>
    </message>
    <message>
        <source>This profile is not linked to a clinic.</source>
        <translation>هذا الملف الشخصي غير مربوط بعيادة.</translation>
    </message>
    <message>
        <source>The fever protocol from your clinic could not be used (%1), so nothing the clinic changed was applied and your app keeps what it had. Please tell your clinic.</source>
        <translation>تعذّر استخدام بروتوكول الحمى الوارد من عيادتك (%1)، لذا لم يُطبَّق أي شيء غيّرته العيادة ويحتفظ التطبيق بما كان لديه. من فضلك أخبر عيادتك.</translation>
    </message>
    <message>
        <source>The clinic&apos;s server has no patient for this login: ask your nurse to check the login they gave you.</source>
        <translation>لا يوجد على خادم العيادة مريض مرتبط باسم الدخول هذا: اطلب من الممرض أو الممرضة التحقق من اسم الدخول الذي أعطاك إياه.</translation>
    </message>
</context>
<context>
    <name>nc::HomeLinkService</name>
    <message>
        <source>A link starts from a patient&apos;s own file, not from the clinic&apos;s server.</source>
        <translation>يبدأ الربط من ملف المريض نفسه، وليس من خادم العيادة.</translation>
    </message>
</context>
<context>
    <name>nc::ImportDialog</name>
    <message>
        <source>Import records for %1</source>
        <translation>استيراد سجلات لـ %1</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>حالة الاستيراد</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>تعذّر فتح الملف: %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was imported.</source>
        <translation>أُلغيت القراءة. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Into the records of: %1</source>
        <translation>إلى سجلات: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>%1 cannot be imported. Nothing was stored. Fix these problems in the file and try again:</source>
        <translation>لا يمكن استيراد %1. لم يُحفظ أي شيء. أصلح هذه المشكلات في الملف وحاول مرة أخرى:</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>مشكلات في الملف</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the first %1 are listed.</source>
        <translation>
            <numerusform>وُجدت %n مشكلة؛ تُعرض أول %1.</numerusform>
            <numerusform>وُجدت %n مشكلة؛ تُعرض أول %1.</numerusform>
            <numerusform>وُجدت %n مشكلتان؛ تُعرض أول %1.</numerusform>
            <numerusform>وُجدت %n مشكلات؛ تُعرض أول %1.</numerusform>
            <numerusform>وُجدت %n مشكلة؛ تُعرض أول %1.</numerusform>
            <numerusform>وُجدت %n مشكلة؛ تُعرض أول %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>وُجدت %n مشكلة.</numerusform>
            <numerusform>وُجدت %n مشكلة.</numerusform>
            <numerusform>وُجدت %n مشكلتان.</numerusform>
            <numerusform>وُجدت %n مشكلات.</numerusform>
            <numerusform>وُجدت %n مشكلة.</numerusform>
            <numerusform>وُجدت %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>What importing %1 will do:</source>
        <translation>ما سيحدث عند استيراد %1:</translation>
    </message>
    <message>
        <source>Records in the file</source>
        <translation>السجلات الموجودة في الملف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Already stored (skipped)</source>
        <translation>محفوظة مسبقًا (تم تخطيها)</translation>
    </message>
    <message>
        <source>Results NeutroCare does not track (not imported):</source>
        <translation>نتائج لا يتتبعها NeutroCare (لم تُستورد):</translation>
    </message>
    <message>
        <source>Results not imported</source>
        <translation>النتائج التي لم تُستورد</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>العدد</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) the lab marked as entered in error or cancelled (not imported).</source>
        <translation>
            <numerusform>%n نتيجة وضع عليها المختبر علامة «أُدخلت خطأً» أو «أُلغيت» (لم تُستورد).</numerusform>
            <numerusform>%n نتيجة وضع عليها المختبر علامة «أُدخلت خطأً» أو «أُلغيت» (لم تُستورد).</numerusform>
            <numerusform>%n نتيجتان وضع عليهما المختبر علامة «أُدخلت خطأً» أو «أُلغيت» (لم تُستوردا).</numerusform>
            <numerusform>%n نتائج وضع عليها المختبر علامة «أُدخلت خطأً» أو «أُلغيت» (لم تُستورد).</numerusform>
            <numerusform>%n نتيجة وضع عليها المختبر علامة «أُدخلت خطأً» أو «أُلغيت» (لم تُستورد).</numerusform>
            <numerusform>%n نتيجة وضع عليها المختبر علامة «أُدخلت خطأً» أو «أُلغيت» (لم تُستورد).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is stored until you press Import.</source>
        <translation>لن يُحفظ أي شيء حتى تضغط «استيراد».</translation>
    </message>
    <message>
        <source>Everything in this file is already stored: there is nothing to import.</source>
        <translation>كل ما في هذا الملف محفوظ مسبقًا: لا يوجد شيء لاستيراده.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n record(s)</source>
        <translation>
            <numerusform>استيرا&amp;د %n سجل</numerusform>
            <numerusform>&amp;استيراد %n سجل</numerusform>
            <numerusform>&amp;استيراد %n سجلين</numerusform>
            <numerusform>&amp;استيراد %n سجلات</numerusform>
            <numerusform>&amp;استيراد %n سجلًا</numerusform>
            <numerusform>&amp;استيراد %n سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>أُلغي الاستيراد. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>لم يُحفظ أي شيء: %1</translation>
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
        <translation>%1، الحقل %2: %3</translation>
    </message>
</context>
<context>
    <name>nc::JsonReader</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON غير صالح عند الموضع %1: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>مفتاح غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>مفتاح غير معروف</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>يجب أن يكون كائنًا (object) أو null</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا (object)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>يجب أن يكون رقمًا</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <source>must lie between %1 and %2</source>
        <translation>يجب أن يكون بين %1 و%2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>يجب أن يكون true أو false</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>يجب أن يكون نصًا غير فارغ</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>يجب أن يكون نصًا</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time with an offset, like 2026-03-10T08:00:00+01:00</source>
        <translation>ليس وقتًا بصيغة ISO 8601 مع فرق التوقيت، مثل 2026-03-10T08:00:00+01:00</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>%1 غير معروف &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
</context>
<context>
    <name>nc::LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation>تعلّم</translation>
    </message>
    <message>
        <source>Short articles in plain words, checked against medical guidelines. They explain; your care team decides.</source>
        <translation>مقالات قصيرة بكلمات بسيطة، رُوجعت وفق الإرشادات الطبية. هي تشرح لك؛ أما القرار فلفريق الرعاية الصحية.</translation>
    </message>
    <message>
        <source>&amp;Search the articles</source>
        <translation>&amp;ابحث في المقالات</translation>
    </message>
    <message>
        <source>Search the articles</source>
        <translation>ابحث في المقالات</translation>
    </message>
    <message>
        <source>For example: fever, food, G-CSF</source>
        <translation>مثلًا: حمى، طعام، G-CSF</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Back to the previous article</source>
        <translation>ارجع إلى المقالة السابقة</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>رجوع (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Forward to the next article</source>
        <translation>انتقل إلى المقالة التالية</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>تقدّم (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print this article as a handout</source>
        <translation>اطبع هذه المقالة كنشرة توعوية</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>مقالة واحدة</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>عدد المقالات: %1</translation>
    </message>
    <message>
        <source>No article matches “%1”. Try a shorter or different word.</source>
        <translation>لا توجد مقالة تطابق «%1». جرّب كلمة أقصر أو كلمة مختلفة.</translation>
    </message>
    <message>
        <source>1 article matches “%1”</source>
        <translation>مقالة واحدة تطابق «%1»</translation>
    </message>
    <message>
        <source>%1 articles match “%2”</source>
        <translation>عدد المقالات التي تطابق «%2»: %1</translation>
    </message>
</context>
<context>
    <name>nc::LinkDialog</name>
    <message>
        <source>Link %1 to the clinic</source>
        <translation>اربط %1 بالعيادة</translation>
    </message>
    <message>
        <source>Follow someone you look after</source>
        <translation>تابِع شخصًا تعتني به</translation>
    </message>
    <message>
        <source>Your clinic gives you the server&apos;s address, a login and a password. Once linked, what you log here is also sent to the clinic, so your nurses see it. Everything stays on this computer too, and your alerts keep working without the internet.</source>
        <translation>تعطيك عيادتك عنوان الخادم واسم دخول وكلمة مرور. بعد الربط، يُرسَل ما تسجّله هنا إلى العيادة أيضًا، ليراه الممرضون. ويبقى كل شيء على هذا الحاسوب أيضًا، وتستمر تنبيهاتك في العمل دون إنترنت.</translation>
    </message>
    <message>
        <source>The clinic gives a caregiver the server&apos;s address, a login and a password. You then see the person&apos;s Today, charts and history as the clinic&apos;s server has them, and get their alerts here. You can look, not change anything.</source>
        <translation>تعطي العيادة مقدّم الرعاية عنوان الخادم واسم دخول وكلمة مرور. بعدها ترى شاشات «اليوم» و«الرسوم البيانية» و«السجل» الخاصة بالشخص كما هي على خادم العيادة، وتصلك تنبيهاته هنا. يمكنك الاطلاع فقط، دون تغيير أي شيء.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>عنوان الخا&amp;دم</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;اسم الدخول</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>كلمة المر&amp;ور</translation>
    </message>
    <message>
        <source>How the server is checked</source>
        <translation>طريقة التحقق من الخادم</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate (safest)</source>
        <translation>تحقّق من شهادة الخادم (الأكثر أمانًا)</translation>
    </message>
    <message>
        <source>Encrypt, but do not check the certificate (less safe)</source>
        <translation>شفّر، لكن دون التحقق من الشهادة (أقل أمانًا)</translation>
    </message>
    <message>
        <source>Do not encrypt (least safe: only inside the clinic&apos;s own network)</source>
        <translation>دون تشفير (الأقل أمانًا: فقط داخل شبكة العيادة نفسها)</translation>
    </message>
    <message>
        <source>&amp;Checking</source>
        <translation>&amp;التحقق</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>مكان حفظ كلمة المرور</translation>
    </message>
    <message>
        <source>In this computer&apos;s &amp;keyring (recommended)</source>
        <translation>في سلسلة مفاتيح هذا &amp;الحاسوب (موصى به)</translation>
    </message>
    <message>
        <source>In a password &amp;file that only you can read, for computers without a keyring</source>
        <translation>في ملف كلمات مر&amp;ور لا يقرؤه أحد غيرك، للحواسيب التي ليس فيها سلسلة مفاتيح</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;ربط</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Less safe: the connection is encrypted, but someone who pretends to be the clinic&apos;s server would not be noticed.</source>
        <translation>أقل أمانًا: الاتصال مشفّر، لكن إذا انتحل أحدٌ صفة خادم العيادة فلن يُلاحَظ ذلك.</translation>
    </message>
    <message>
        <source>Least safe: anyone on the network between this computer and the clinic could read or change what is sent. Choose this only if the clinic asks you to.</source>
        <translation>الأقل أمانًا: يمكن لأي شخص على الشبكة بين هذا الحاسوب والعيادة قراءة ما يُرسَل أو تغييره. لا تختر هذا إلا إذا طلبت منك العيادة ذلك.</translation>
    </message>
    <message>
        <source>Type the password the clinic gave you.</source>
        <translation>اكتب كلمة المرور التي أعطتك إياها العيادة.</translation>
    </message>
    <message>
        <source>Trying the login with the clinic&apos;s server…</source>
        <translation>جارٍ تجربة اسم الدخول مع خادم العيادة…</translation>
    </message>
    <message>
        <source>The clinic refused the login. Check the login and password, or ask your nurse for a new one.</source>
        <translation>رفضت العيادة اسم الدخول. تحقّق من اسم الدخول وكلمة المرور، أو اطلب اسم دخول جديدًا من الممرض أو الممرضة.</translation>
    </message>
    <message>
        <source>You can keep the password in a file that only you can read instead: choose it above and press Link again.</source>
        <translation>يمكنك بدلًا من ذلك حفظ كلمة المرور في ملف لا يقرؤه أحد غيرك: اختره في الأعلى واضغط «ربط» مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>nc::LinkSection</name>
    <message>
        <source>Link to my clinic</source>
        <translation>الربط بعيادتي</translation>
    </message>
    <message>
        <source>Link to my &amp;clinic…</source>
        <translation>ا&amp;ربط بعيادتي…</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;إرسال الآن</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>إلغا&amp;ء الربط…</translation>
    </message>
    <message>
        <source>Link &amp;again with a new login…</source>
        <translation>اربط مجد&amp;دًا باسم دخول جديد…</translation>
    </message>
    <message>
        <source>%1 is linked to the clinic: what is logged is sent there from now on, and what was logged before goes first.</source>
        <translation>%1 مربوط بالعيادة: ما يُسجَّل يُرسل إليها من الآن فصاعدًا، وما سُجّل من قبل يُرسل أولًا.</translation>
    </message>
    <message>
        <source>Unlink from the clinic</source>
        <translation>إلغاء الربط بالعيادة</translation>
    </message>
    <message>
        <source>Stop sending %1&apos;s entries to the clinic?</source>
        <translation>هل تريد إيقاف إرسال إدخالات %1 إلى العيادة؟</translation>
    </message>
    <message>
        <source>Everything stays on this computer. The clinic keeps the copy it already has: to have it removed, ask the clinic.</source>
        <translation>يبقى كل شيء على هذا الحاسوب. تحتفظ العيادة بالنسخة التي لديها بالفعل: لحذفها، اطلب ذلك من العيادة.</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>إلغا&amp;ء الربط</translation>
    </message>
    <message>
        <source>Unlinked. Everything stays on this computer; the clinic keeps its copy until you ask them to remove it.</source>
        <translation>أُلغي الربط. يبقى كل شيء على هذا الحاسوب؛ وتحتفظ العيادة بنسختها حتى تطلب منها حذفها.</translation>
    </message>
</context>
<context>
    <name>nc::LinkStatus</name>
    <message>
        <source>Not linked to a clinic: everything stays on this computer.</source>
        <translation>غير مربوط بعيادة: يبقى كل شيء على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The clinic refused the login: ask your nurse for a new one.</source>
        <translation>رفضت العيادة اسم الدخول: اطلب اسم دخول جديدًا من الممرض أو الممرضة.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting to be sent — no connection since %1</source>
        <translation>
            <numerusform>%n إدخال بانتظار الإرسال — لا يوجد اتصال منذ %1</numerusform>
            <numerusform>%n إدخال بانتظار الإرسال — لا يوجد اتصال منذ %1</numerusform>
            <numerusform>%n إدخالان بانتظار الإرسال — لا يوجد اتصال منذ %1</numerusform>
            <numerusform>%n إدخالات بانتظار الإرسال — لا يوجد اتصال منذ %1</numerusform>
            <numerusform>%n إدخالًا بانتظار الإرسال — لا يوجد اتصال منذ %1</numerusform>
            <numerusform>%n إدخال بانتظار الإرسال — لا يوجد اتصال منذ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to %1 — no connection since %2</source>
        <translation>مربوط بـ %1 — لا يوجد اتصال منذ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting to be sent — the clinic server did not take them</source>
        <translation>
            <numerusform>%n إدخال بانتظار الإرسال — لم يقبلها خادم العيادة</numerusform>
            <numerusform>%n إدخال بانتظار الإرسال — لم يقبله خادم العيادة</numerusform>
            <numerusform>%n إدخالان بانتظار الإرسال — لم يقبلهما خادم العيادة</numerusform>
            <numerusform>%n إدخالات بانتظار الإرسال — لم يقبلها خادم العيادة</numerusform>
            <numerusform>%n إدخالًا بانتظار الإرسال — لم يقبلها خادم العيادة</numerusform>
            <numerusform>%n إدخال بانتظار الإرسال — لم يقبلها خادم العيادة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n entries to %1…</source>
        <translation>
            <numerusform>جارٍ إرسال %n إدخال إلى %1…</numerusform>
            <numerusform>جارٍ إرسال %n إدخال إلى %1…</numerusform>
            <numerusform>جارٍ إرسال %n إدخالين إلى %1…</numerusform>
            <numerusform>جارٍ إرسال %n إدخالات إلى %1…</numerusform>
            <numerusform>جارٍ إرسال %n إدخالًا إلى %1…</numerusform>
            <numerusform>جارٍ إرسال %n إدخال إلى %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked to %1 — %n entries to send</source>
        <translation>
            <numerusform>مربوط بـ %1 — %n إدخال للإرسال</numerusform>
            <numerusform>مربوط بـ %1 — %n إدخال للإرسال</numerusform>
            <numerusform>مربوط بـ %1 — %n إدخالان للإرسال</numerusform>
            <numerusform>مربوط بـ %1 — %n إدخالات للإرسال</numerusform>
            <numerusform>مربوط بـ %1 — %n إدخالًا للإرسال</numerusform>
            <numerusform>مربوط بـ %1 — %n إدخال للإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to %1 — nothing sent yet</source>
        <translation>مربوط بـ %1 — لم يُرسل شيء بعد</translation>
    </message>
    <message>
        <source>Linked to %1 — last sent %2</source>
        <translation>مربوط بـ %1 — آخر إرسال %2</translation>
    </message>
</context>
<context>
    <name>nc::LinkStatusLine</name>
    <message>
        <source>Link to the clinic</source>
        <translation>الربط بالعيادة</translation>
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
        <translation>لـ: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>N&amp;ote (optional)</source>
        <translation>ملاحظة (اختيا&amp;ري)</translation>
    </message>
    <message>
        <source>%1: %2 is later than now. Please check the date and time: only what has already happened can be logged.</source>
        <translation>%1: %2 بعد الوقت الحالي. من فضلك تحقّق من التاريخ والوقت: لا يمكن تسجيل إلا ما حدث بالفعل.</translation>
    </message>
    <message>
        <source>%1: %2 is after today. Please check the date: only what has already happened can be logged.</source>
        <translation>%1: %2 بعد اليوم. من فضلك تحقّق من التاريخ: لا يمكن تسجيل إلا ما حدث بالفعل.</translation>
    </message>
</context>
<context>
    <name>nc::MainWindow</name>
    <message>
        <source>call now</source>
        <translation>اتصل الآن</translation>
    </message>
    <message>
        <source>call today</source>
        <translation>اتصل اليوم</translation>
    </message>
    <message>
        <source>take temperature now</source>
        <translation>قِس الحرارة الآن</translation>
    </message>
    <message>
        <source>recheck soon</source>
        <translation>أعد القياس قريبًا</translation>
    </message>
    <message>
        <source>take extra care</source>
        <translation>احرص جيدًا</translation>
    </message>
    <message>
        <source>no recent temperature</source>
        <translation>لا توجد درجة حرارة حديثة</translation>
    </message>
    <message>
        <source>no warning signs</source>
        <translation>لا توجد علامات تحذير</translation>
    </message>
    <message>
        <source>NeutroCare</source>
        <translation>NeutroCare</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>الشاشات</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>تعلّم</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>الاحتياطات</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Your data was backed up to %1.</source>
        <translation>نُسخت بياناتك احتياطيًا إلى %1.</translation>
    </message>
    <message>
        <source>Loo&amp;king after:</source>
        <translation>&amp;المريض:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>ملف شخصي جديد…</translation>
    </message>
    <message>
        <source>&amp;Follow someone you look after…</source>
        <translation>تابِع شخصًا تعتني به…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>انسخ احتياطيًا &amp;الآن</translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation>نسخ احتياطي &amp;إلى…</translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation>انسخ احتياطيًا إلى مجلد</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>استعا&amp;دة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>استعاد&amp;ة من ملف…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>استير&amp;اد…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خر&amp;وج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تر&amp;اجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعا&amp;دة</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>سجّل</translation>
    </message>
    <message>
        <source>&amp;Temperature…</source>
        <translation>&amp;درجة الحرارة…</translation>
    </message>
    <message>
        <source>&amp;Blood count…</source>
        <translation>تعدا&amp;د الدم…</translation>
    </message>
    <message>
        <source>S&amp;ymptoms…</source>
        <translation>الأعر&amp;اض…</translation>
    </message>
    <message>
        <source>&amp;Painkiller dose…</source>
        <translation>جرعة مسكّن…</translation>
    </message>
    <message>
        <source>T&amp;reatment…</source>
        <translation>علاج…</translation>
    </message>
    <message>
        <source>&amp;Medicine…</source>
        <translation>د&amp;واء…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;اليوم</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;السجل</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;الرسوم البيانية</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>تعلّم</translation>
    </message>
    <message>
        <source>&amp;Precautions</source>
        <translation>&amp;الاحتياطات</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإعدا&amp;دات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعد&amp;ة</translation>
    </message>
    <message>
        <source>&amp;About NeutroCare</source>
        <translation>حول NeutroCare</translation>
    </message>
    <message>
        <source>About NeutroCare</source>
        <translation>حول NeutroCare</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;NeutroCare %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Self-monitoring and education for people on chemotherapy at risk of neutropenia. It does not diagnose: when in doubt, call your care team.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;NeutroCare %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;مراقبة ذاتية وتوعية للأشخاص الذين يتلقون العلاج الكيميائي والمعرّضين لخطر قلة العدلات. لا يقدّم تشخيصًا: إذا كنت في شك، فاتصل بفريق الرعاية الصحية.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>NeutroCare is still running</source>
        <translation>NeutroCare لا يزال يعمل</translation>
    </message>
    <message>
        <source>It keeps reminding you while its window is closed. To open it, start NeutroCare again. To quit, choose File ▸ Quit, or Quit NeutroCare here.</source>
        <translation>يستمر في تذكيرك حتى عندما تكون نافذته مغلقة. لفتحها، شغّل NeutroCare مرة أخرى. للخروج، اختر ملف ▸ خروج، أو «أغلق NeutroCare» من هنا.</translation>
    </message>
    <message>
        <source>Your data was restored. What was there before was backed up first.</source>
        <translation>تمت استعادة بياناتك. وقد نُسخ ما كان موجودًا من قبل احتياطيًا أولًا.</translation>
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
        <source>%1 — followed, read-only</source>
        <translation>%1 — قيد المتابعة، للقراءة فقط</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>%1 (followed, read-only): %2 %3</source>
        <translation>%1 (قيد المتابعة، للقراءة فقط): %2 %3</translation>
    </message>
    <message>
        <source>Following %1, read-only: in “Looking after”, with their alerts here.</source>
        <translation>أنت تتابع %1 للقراءة فقط: يظهر في قائمة «المريض»، وتصلك تنبيهاته هنا.</translation>
    </message>
    <message>
        <source>Cannot reach the clinic server</source>
        <translation>تعذّر الوصول إلى خادم العيادة</translation>
    </message>
    <message>
        <source>This desktop shows NeutroCare&apos;s reminders only in this window: keep it open, and take your temperature at the times your care team gave you.</source>
        <translation>سطح المكتب هذا يعرض تذكيرات NeutroCare في هذه النافذة فقط: أبقِها مفتوحة، وقِس حرارتك في الأوقات التي حددها لك فريق الرعاية الصحية.</translation>
    </message>
</context>
<context>
    <name>nc::MedicineDialog</name>
    <message>
        <source>Edit medicine</source>
        <translation>تعديل الدواء</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>أضف دواءً</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>اسم الدواء</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>الد&amp;واء</translation>
    </message>
    <message>
        <source>Good to know: %1 can sometimes lower the neutrophil count. Keep taking it as prescribed and ask your care team about it.</source>
        <translation>من المفيد أن تعرف: قد يخفض %1 أحيانًا عدد العدلات. استمر في تناوله كما وُصف لك واسأل فريق الرعاية الصحية عنه.</translation>
    </message>
    <message>
        <source>Dose (optional)</source>
        <translation>الجرعة (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Dose (optional)</source>
        <translation>الجرعة (اختيا&amp;ري)</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>تاريخ البد&amp;ء</translation>
    </message>
    <message>
        <source>Please type the medicine&apos;s name.</source>
        <translation>من فضلك اكتب اسم الدواء.</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>أضف الدواء</translation>
    </message>
</context>
<context>
    <name>nc::PageFrame</name>
    <message>
        <source>In hours</source>
        <translation>أثناء ساعات الدوام</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>خارج ساعات الدوام</translation>
    </message>
    <message>
        <source>Printed %1 with NeutroCare — education and self-monitoring, not a diagnosis.</source>
        <translation>طُبع في %1 باستخدام NeutroCare — للتوعية والمراقبة الذاتية، وليس تشخيصًا.</translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation>فريق الرعاية الصحية</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>nc::PasswordStore</name>
    <message>
        <source>The password could not be kept in this desktop&apos;s keyring (%1).</source>
        <translation>تعذّر حفظ كلمة المرور في سلسلة مفاتيح سطح المكتب هذا (%1).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
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
        <translation>حمى</translation>
    </message>
    <message>
        <source>sustained fever</source>
        <translation>حمى مستمرة</translation>
    </message>
    <message>
        <source>low temperature</source>
        <translation>انخفاض درجة الحرارة</translation>
    </message>
    <message>
        <source>red-flag symptom</source>
        <translation>عَرَض خطير</translation>
    </message>
    <message>
        <source>sign of infection</source>
        <translation>علامة عدوى</translation>
    </message>
    <message>
        <source>borderline temperature</source>
        <translation>درجة حرارة على الحد</translation>
    </message>
    <message>
        <source>severe neutropenia</source>
        <translation>قلة العدلات الشديدة</translation>
    </message>
    <message>
        <source>several warning signs</source>
        <translation>عدة علامات تحذيرية</translation>
    </message>
    <message>
        <source>reading may be masked</source>
        <translation>قراءة قد تُخفي حمى</translation>
    </message>
    <message>
        <source>recently contacted</source>
        <translation>تم الاتصال مؤخرًا</translation>
    </message>
    <message>
        <source>low-count days</source>
        <translation>أيام انخفاض تعداد الدم</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>تقرير عن %1</translation>
    </message>
    <message>
        <source>STATUS ON %1</source>
        <translation>الحالة في %1</translation>
    </message>
    <message>
        <source>%1 (at the usual level the clinic set)</source>
        <translation>%1 (عند المستوى المعتاد الذي حددته العيادة)</translation>
    </message>
    <message>
        <source>Latest ANC: &lt;b&gt;%1&lt;/b&gt; on %2 — %3; %4 grade %5, %6 grade %7%8</source>
        <translation>آخر ANC: &lt;b&gt;%1&lt;/b&gt; في %2 — %3؛ الدرجة %5 حسب %4، والدرجة %7 حسب %6%8</translation>
    </message>
    <message>
        <source> (out of date)</source>
        <translation> (غير حديث)</translation>
    </message>
    <message>
        <source>No blood count on record.</source>
        <translation>لا يوجد أي تعداد دم مسجَّل.</translation>
    </message>
    <message>
        <source>Chemotherapy on %1 (day %2); expected low-count days %3 to %4%5.</source>
        <translation>العلاج الكيميائي في %1 (اليوم %2)؛ أيام انخفاض تعداد الدم المتوقعة من %3 إلى %4%5.</translation>
    </message>
    <message>
        <source>, may be shorter with G-CSF</source>
        <translation>، وقد تكون أقصر مع G-CSF</translation>
    </message>
    <message>
        <source>TEMPERATURES</source>
        <translation>درجات الحرارة</translation>
    </message>
    <message>
        <source>1 at fever level</source>
        <translation>1 منها بمستوى الحمى</translation>
    </message>
    <message>
        <source>%1 at fever level</source>
        <translation>%1 منها بمستوى الحمى</translation>
    </message>
    <message>
        <source>HIGHEST</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>LOWEST ANC</source>
        <translation>أدنى ANC</translation>
    </message>
    <message>
        <source>ALERTS</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>%1 with contact made</source>
        <translation>تم الاتصال في %1 منها</translation>
    </message>
    <message>
        <source>Fever: %1 (%2).</source>
        <translation>الحمى: %1 (%2).</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>درجات الحرارة</translation>
    </message>
    <message>
        <source>No temperatures in this period.</source>
        <translation>لا توجد درجات حرارة في هذه الفترة.</translation>
    </message>
    <message>
        <source>▲ Fever</source>
        <translation>▲ حمى</translation>
    </message>
    <message>
        <source>▲ Raised</source>
        <translation>▲ مرتفعة</translation>
    </message>
    <message>
        <source>Borderline</source>
        <translation>على الحد</translation>
    </message>
    <message>
        <source>▼ Low</source>
        <translation>▼ منخفضة</translation>
    </message>
    <message>
        <source>after a painkiller: may be masked</source>
        <translation>بعد مسكّن: قد تكون الحمى مخفيّة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>موضع القياس</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>العلامة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Severity by ANC; grades of “neutrophil count decreased” as %1 (LLN %2) / %3.</source>
        <translation>الشدة حسب العدد المطلق للعدلات (ANC)؛ درجات «انخفاض عدد العدلات» حسب %1 (الحد الأدنى الطبيعي LLN %2) / %3.</translation>
    </message>
    <message>
        <source>LLN from the clinic&apos;s protocol file.</source>
        <translation>الحد الأدنى الطبيعي (LLN) مأخوذ من ملف البروتوكول الخاص بالعيادة.</translation>
    </message>
    <message>
        <source>LLN set by the clinic.</source>
        <translation>الحد الأدنى الطبيعي (LLN) حددته العيادة.</translation>
    </message>
    <message>
        <source>Usual level set by the clinic: %1; a count from there up to %2 reads “at the usual level”.</source>
        <translation>المستوى المعتاد الذي حددته العيادة: %1؛ والتعداد من هذه القيمة حتى %2 يظهر على أنه «عند المستوى المعتاد».</translation>
    </message>
    <message>
        <source>Blood counts</source>
        <translation>تعدادات الدم</translation>
    </message>
    <message>
        <source>No blood counts in this period.</source>
        <translation>لا توجد تعدادات دم في هذه الفترة.</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>مَقيس</translation>
    </message>
    <message>
        <source>WBC %1 × %2%</source>
        <translation>خلايا الدم البيضاء %1 × %2%</translation>
    </message>
    <message>
        <source>%1 (usual level)</source>
        <translation>%1 (المستوى المعتاد)</translation>
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
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>الأعراض</translation>
    </message>
    <message>
        <source>No symptoms logged in this period.</source>
        <translation>لم تُسجَّل أي أعراض في هذه الفترة.</translation>
    </message>
    <message>
        <source>⚠ Red flag: call now</source>
        <translation>⚠ علامة خطر: اتصل الآن</translation>
    </message>
    <message>
        <source>Sign of infection</source>
        <translation>علامة عدوى</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>العَرَض</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>العلاجات</translation>
    </message>
    <message>
        <source>No treatments on record for this period.</source>
        <translation>لا توجد علاجات مسجَّلة في هذه الفترة.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>العلاج</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>النظام العلاجي</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Each “call your care team” alert from when it began, whether or not anyone said what happened.</source>
        <translation>كل تنبيه «اتصل بفريق الرعاية الصحية» منذ بدايته، سواء ذكر أحدٌ ما حدث أم لا.</translation>
    </message>
    <message>
        <source>No alerts in this period.</source>
        <translation>لا توجد تنبيهات في هذه الفترة.</translation>
    </message>
    <message>
        <source>⚠ Call now</source>
        <translation>⚠ اتصل الآن</translation>
    </message>
    <message>
        <source>☎ Call today</source>
        <translation>☎ اتصل اليوم</translation>
    </message>
    <message>
        <source>logged %1</source>
        <translation>سُجّل %1</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>وقت التنبيه</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Painkiller doses</source>
        <translation>جرعات المسكّنات</translation>
    </message>
    <message>
        <source>No painkiller doses logged in this period.</source>
        <translation>لم تُسجَّل أي جرعات مسكّنات في هذه الفترة.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Precautions checklist</source>
        <translation>قائمة التحقق من الاحتياطات</translation>
    </message>
    <message>
        <source>Items ticked each day out of the %1 on the daily checklist.</source>
        <translation>البنود التي وُضعت عليها علامة كل يوم من أصل %1 في قائمة التحقق اليومية.</translation>
    </message>
    <message>
        <source>No checklist ticks in this period.</source>
        <translation>لم توضع أي علامة في قائمة التحقق في هذه الفترة.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Overall: &lt;b&gt;%1%&lt;/b&gt; of the daily precautions ticked.</source>
        <translation>الإجمالي: وُضعت علامة على &lt;b&gt;%1%&lt;/b&gt; من الاحتياطات اليومية.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>Days with ticks</source>
        <translation>أيام فيها علامات</translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation>البنود المعلَّمة</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>مواليد %1</translation>
    </message>
    <message>
        <source>temperatures in %1</source>
        <translation>درجات الحرارة بوحدة %1</translation>
    </message>
    <message>
        <source>Private notes are included at the patient&apos;s choice.</source>
        <translation>الملاحظات الخاصة مُضمَّنة باختيار المريض.</translation>
    </message>
    <message>
        <source>Private notes are not included.</source>
        <translation>الملاحظات الخاصة غير مُضمَّنة.</translation>
    </message>
    <message numerus="yes">
        <source>In this period and the %n days before it.</source>
        <translation>
            <numerusform>في هذه الفترة والـ %n يوم التي سبقتها.</numerusform>
            <numerusform>في هذه الفترة والـ %n يوم التي سبقتها.</numerusform>
            <numerusform>في هذه الفترة والـ %n يوم التي سبقتها.</numerusform>
            <numerusform>في هذه الفترة والأيام الـ %n التي سبقتها.</numerusform>
            <numerusform>في هذه الفترة والـ %n يومًا التي سبقتها.</numerusform>
            <numerusform>في هذه الفترة والـ %n يوم التي سبقتها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A fever medicine can lower a temperature for up to %n hours: readings taken then are flagged.</source>
        <translation>
            <numerusform>يمكن لدواء خافض للحرارة أن يُخفض درجة الحرارة لمدة تصل إلى %n ساعة: لذلك تُعلَّم القراءات المأخوذة خلال هذه المدة.</numerusform>
            <numerusform>يمكن لدواء خافض للحرارة أن يُخفض درجة الحرارة لمدة تصل إلى %n ساعة: لذلك تُعلَّم القراءات المأخوذة خلال هذه المدة.</numerusform>
            <numerusform>يمكن لدواء خافض للحرارة أن يُخفض درجة الحرارة لمدة تصل إلى %n ساعة: لذلك تُعلَّم القراءات المأخوذة خلال هذه المدة.</numerusform>
            <numerusform>يمكن لدواء خافض للحرارة أن يُخفض درجة الحرارة لمدة تصل إلى %n ساعات: لذلك تُعلَّم القراءات المأخوذة خلال هذه المدة.</numerusform>
            <numerusform>يمكن لدواء خافض للحرارة أن يُخفض درجة الحرارة لمدة تصل إلى %n ساعة: لذلك تُعلَّم القراءات المأخوذة خلال هذه المدة.</numerusform>
            <numerusform>يمكن لدواء خافض للحرارة أن يُخفض درجة الحرارة لمدة تصل إلى %n ساعة: لذلك تُعلَّم القراءات المأخوذة خلال هذه المدة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::PatientWindow</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;اليوم</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;الرسوم البيانية</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;السجل</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Print the report, the wallet card or a sheet</source>
        <translation>طباعة التقرير أو بطاقة الجيب أو نشرة</translation>
    </message>
    <message>
        <source>Education &amp;sheet</source>
        <translation>نشر&amp;ة توعوية</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>مكالمة جديد&amp;ة…</translation>
    </message>
    <message>
        <source>Record a new telephone call about this patient</source>
        <translation>تسجيل مكالمة هاتفية جديدة بشأن هذا المريض</translation>
    </message>
    <message>
        <source>Read-only: the patient&apos;s own records are theirs and cannot be changed from the desk. The clinic&apos;s values are on their own tab.</source>
        <translation>للقراءة فقط: سجلات المريض ملكٌ له ولا يمكن تغييرها من مكتب الفرز. قيم العيادة في تبويب خاص بها.</translation>
    </message>
    <message>
        <source>This patient&apos;s screens</source>
        <translation>شاشات هذا المريض</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;المكالمات</translation>
    </message>
    <message>
        <source>Clinic &amp;values</source>
        <translation>قيم العيا&amp;دة</translation>
    </message>
    <message>
        <source>Telephone calls, newest first</source>
        <translation>المكالمات الهاتفية، الأحدث أولًا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>استقبلها</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>المتصل</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>التوجيه</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>The selected call</source>
        <translation>المكالمة المحددة</translation>
    </message>
    <message>
        <source>Follow-up call &amp;made</source>
        <translation>تمت مكالمة &amp;المتابعة</translation>
    </message>
    <message>
        <source>Mark the selected call&apos;s follow-up as made</source>
        <translation>وضع علامة على أن متابعة المكالمة المحددة قد تمت</translation>
    </message>
    <message>
        <source>Print call &amp;record…</source>
        <translation>طباعة سجل &amp;المكالمة…</translation>
    </message>
    <message>
        <source>Print the selected call&apos;s record</source>
        <translation>طباعة سجل المكالمة المحددة</translation>
    </message>
    <message>
        <source>A patient no longer on the server</source>
        <translation>مريض لم يعد موجودًا على الخادم</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (مواليد %2)</translation>
    </message>
    <message>
        <source>%1 — NeutroCare triage desk</source>
        <translation>%1 — مكتب الفرز في NeutroCare</translation>
    </message>
    <message>
        <source>Made by %1</source>
        <translation>أجراها %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>متأخرة منذ %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>موعدها %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No call recorded yet. Use New call when the patient or a caregiver telephones.</source>
        <translation>لم تُسجَّل أي مكالمة بعد. استخدم «مكالمة جديدة» عندما يتصل المريض أو مقدّم الرعاية.</translation>
    </message>
    <message>
        <source>Taken by %1 on %2</source>
        <translation>استقبلها %1 في %2</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>المتصل: %1</translation>
    </message>
    <message>
        <source>Reported temperature: %1 (%2) at %3</source>
        <translation>درجة الحرارة المُبلَّغ عنها: %1 (%2) في %3</translation>
    </message>
    <message>
        <source>Reported symptom: %1</source>
        <translation>العَرَض المُبلَّغ عنه: %1</translation>
    </message>
    <message>
        <source>Fever medicine: %1 at %2</source>
        <translation>دواء خافض للحرارة: %1 في %2</translation>
    </message>
    <message>
        <source>Assessment: %1 (protocol %2)</source>
        <translation>التقييم: %1 (البروتوكول %2)</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>المقترح: %1</translation>
    </message>
    <message>
        <source>Disposition: %1</source>
        <translation>التوجيه: %1</translation>
    </message>
    <message>
        <source>Reason for a less urgent disposition: %1</source>
        <translation>سبب اختيار توجيه أقل إلحاحًا: %1</translation>
    </message>
    <message>
        <source>Advice given: %1</source>
        <translation>النصيحة المقدَّمة: %1</translation>
    </message>
    <message>
        <source>Decision support for clinicians: %1, %2</source>
        <translation>دعم القرار للأطباء والممرضين: %1، %2</translation>
    </message>
    <message>
        <source>Follow-up not marked</source>
        <translation>لم توضع علامة على المتابعة</translation>
    </message>
</context>
<context>
    <name>nc::PrecautionsScreen</name>
    <message>
        <source>Precautions for today</source>
        <translation>احتياطات اليوم</translation>
    </message>
    <message>
        <source>Tick each one you have done today. Ticks are kept for each day, so tomorrow starts with a fresh list.</source>
        <translation>ضع علامة على كل احتياط قمت به اليوم. تُحفظ العلامات لكل يوم على حدة، لذا يبدأ الغد بقائمة جديدة.</translation>
    </message>
    <message>
        <source>Most important in your low-count days</source>
        <translation>الأهم في أيام انخفاض تعداد الدم</translation>
    </message>
    <message>
        <source>Most important in your low-count days. %1</source>
        <translation>الأهم في أيام انخفاض تعداد الدم. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are in your low-count days: day %1 after treatment.&lt;/b&gt;&lt;br&gt;Your neutrophils are expected to be at their lowest until %2, so infections are more likely. The precautions marked &lt;b&gt;“Most important in your low-count days”&lt;/b&gt; matter most now. This is a prediction, not a blood test: a fever still means a call straight away.</source>
        <translation>&lt;b&gt;أنت الآن في أيام انخفاض تعداد الدم: اليوم %1 بعد العلاج.&lt;/b&gt;&lt;br&gt;يُتوقَّع أن تبقى العدلات في أدنى مستوى لها حتى %2، لذا تكون العدوى أكثر احتمالًا. الاحتياطات المعلَّمة بعبارة &lt;b&gt;«الأهم في أيام انخفاض تعداد الدم»&lt;/b&gt; هي الأهم الآن. هذا توقّع وليس تحليل دم: إذا أصبت بالحمى، فاتصل فورًا على أي حال.</translation>
    </message>
    <message>
        <source>You are in your low-count days</source>
        <translation>أنت الآن في أيام انخفاض تعداد الدم</translation>
    </message>
    <message>
        <source>Your tick could not be saved: %1</source>
        <translation>تعذّر حفظ العلامة: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done today</source>
        <translation>تم اليوم %1 من %2</translation>
    </message>
    <message>
        <source>This cycle, day by day</source>
        <translation>هذه الدورة، يومًا بيوم</translation>
    </message>
    <message>
        <source>Create a profile to keep your ticks.</source>
        <translation>أنشئ ملفًا شخصيًا لحفظ علاماتك.</translation>
    </message>
    <message>
        <source>%1 of %2 ticks, and every precaution done on %3 of %4 days.</source>
        <translation>العلامات: %1 من أصل %2. الأيام التي اكتملت فيها كل الاحتياطات: %3 من أصل %4.</translation>
    </message>
    <message>
        <source>Since your treatment on %1: %2</source>
        <translation>منذ علاجك في %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The last %n days</source>
        <translation>
            <numerusform>آخر %n يوم</numerusform>
            <numerusform>آخر %n يوم</numerusform>
            <numerusform>آخر %n يوم</numerusform>
            <numerusform>آخر %n أيام</numerusform>
            <numerusform>آخر %n يومًا</numerusform>
            <numerusform>آخر %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::PrintCommands</name>
    <message>
        <source>Print &amp;report…</source>
        <translation>طباعة &amp;التقرير…</translation>
    </message>
    <message>
        <source>Print wallet alert &amp;card…</source>
        <translation>طباعة بطاقة &amp;الجيب التحذيرية…</translation>
    </message>
    <message>
        <source>Print “&amp;When to call” sheet…</source>
        <translation>طباعة نشر&amp;ة «متى تتصل»…</translation>
    </message>
    <message>
        <source>Print preview — %1 — %2</source>
        <translation>معاينة الطباعة — %1 — %2</translation>
    </message>
</context>
<context>
    <name>nc::ProfileForm</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>For example: Maria</source>
        <translation>مثلًا: مريم</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <source>Year of birth (optional)</source>
        <translation>سنة الميلاد (اختياري)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>&amp;Year of birth (optional)</source>
        <translation>سنة الميلا&amp;د (اختياري)</translation>
    </message>
    <message>
        <source>Fever protocol</source>
        <translation>بروتوكول الحمى</translation>
    </message>
    <message>
        <source>Clinic&apos;s &amp;file…</source>
        <translation>ملف العيا&amp;دة…</translation>
    </message>
    <message>
        <source>Load the clinic&apos;s protocol file</source>
        <translation>تحميل ملف البروتوكول الخاص بالعيادة</translation>
    </message>
    <message>
        <source>Fever &amp;protocol</source>
        <translation>بر&amp;وتوكول الحمى</translation>
    </message>
    <message>
        <source>Clinic or care team name</source>
        <translation>اسم العيادة أو فريق الرعاية الصحية</translation>
    </message>
    <message>
        <source>&amp;Clinic or care team</source>
        <translation>العيا&amp;دة أو فريق الرعاية الصحية</translation>
    </message>
    <message>
        <source>Care team phone number, daytime</source>
        <translation>رقم هاتف فريق الرعاية الصحية، نهارًا</translation>
    </message>
    <message>
        <source>Phone, &amp;daytime</source>
        <translation>الهاتف، نها&amp;رًا</translation>
    </message>
    <message>
        <source>Care team phone number, evenings, nights and weekends</source>
        <translation>رقم هاتف فريق الرعاية الصحية، في المساء والليل وعطلات نهاية الأسبوع</translation>
    </message>
    <message>
        <source>Phone, &amp;evenings and weekends</source>
        <translation>الهاتف، مساءً &amp;وفي عطلات نهاية الأسبوع</translation>
    </message>
    <message>
        <source>Temperature unit</source>
        <translation>وحدة درجة الحرارة</translation>
    </message>
    <message>
        <source>Celsius (°C)</source>
        <translation>مئوية (°C)</translation>
    </message>
    <message>
        <source>Fahrenheit (°F)</source>
        <translation>فهرنهايت (°F)</translation>
    </message>
    <message>
        <source>Temperature &amp;unit</source>
        <translation>&amp;وحدة درجة الحرارة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>Call now at %1.</source>
        <translation>اتصل الآن على الرقم %1.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>، أو </translation>
    </message>
    <message>
        <source>From your clinic&apos;s protocol file.</source>
        <translation>من ملف البروتوكول الخاص بعيادتك.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>المصدر: %1.</translation>
    </message>
    <message>
        <source>Clinic protocol: %1</source>
        <translation>بروتوكول العيادة: %1</translation>
    </message>
    <message>
        <source>Open the clinic&apos;s protocol file</source>
        <translation>فتح ملف البروتوكول الخاص بالعيادة</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>ملفات البروتوكول (*.json)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>This protocol file cannot be used: %1</source>
        <translation>لا يمكن استخدام ملف البروتوكول هذا: %1</translation>
    </message>
    <message>
        <source>This protocol file cannot be used: &quot;%1&quot; %2</source>
        <translation>لا يمكن استخدام ملف البروتوكول هذا: «%1» %2</translation>
    </message>
    <message>
        <source>Please enter a name for this profile.</source>
        <translation>من فضلك أدخل اسمًا لهذا الملف الشخصي.</translation>
    </message>
</context>
<context>
    <name>nc::Protocol</name>
    <message>
        <source>IDSA / ASCO (United States)</source>
        <translation>IDSA / ASCO (الولايات المتحدة)</translation>
    </message>
    <message>
        <source>CDC patient guidance (100.4 °F)</source>
        <translation>إرشادات CDC للمرضى (100.4 °F)</translation>
    </message>
    <message>
        <source>ESMO 2016 (Europe)</source>
        <translation>ESMO 2016 (أوروبا)</translation>
    </message>
    <message>
        <source>NICE CG151 (United Kingdom)</source>
        <translation>NICE CG151 (المملكة المتحدة)</translation>
    </message>
    <message>
        <source>UK acute oncology alert card (37.5 °C)</source>
        <translation>بطاقة تنبيه الأورام الحادة في المملكة المتحدة (37.5 °C)</translation>
    </message>
    <message>
        <source>must not be before nadir_start_day</source>
        <translation>يجب ألا يكون قبل nadir_start_day</translation>
    </message>
    <message>
        <source>must not be above the single-reading threshold</source>
        <translation>يجب ألا يتجاوز عتبة القراءة الواحدة</translation>
    </message>
    <message>
        <source>must be below the single-reading threshold</source>
        <translation>يجب أن يكون أقل من عتبة القراءة الواحدة</translation>
    </message>
    <message>
        <source>a protocol file must hold one JSON object</source>
        <translation>يجب أن يحتوي ملف البروتوكول على كائن JSON واحد</translation>
    </message>
</context>
<context>
    <name>nc::RecoveryDialog</name>
    <message>
        <source>Details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (recommended)</source>
        <translation>استعادة النسخة الاحتياطية المؤرَّخة %1 (موصى به)</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation>استعادة آخر نسخة احتياطية سليمة</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>استعادة من ملف &amp;آخر…</translation>
    </message>
    <message>
        <source>Restore from another file</source>
        <translation>استعادة من ملف آخر</translation>
    </message>
    <message>
        <source>Choose a NeutroCare backup</source>
        <translation>اختر نسخة احتياطية من NeutroCare</translation>
    </message>
    <message>
        <source>NeutroCare data (*.sqlite);;All files (*)</source>
        <translation>بيانات NeutroCare (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>إعاد&amp;ة المحاولة</translation>
    </message>
    <message>
        <source>Try to connect to the clinic server again</source>
        <translation>محاولة الاتصال بخادم العيادة مرة أخرى</translation>
    </message>
    <message>
        <source>Open the data on this &amp;computer instead</source>
        <translation>فتح البيانات الموجود&amp;ة على هذا الحاسوب بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Open the NeutroCare data on this computer instead</source>
        <translation>فتح بيانات NeutroCare الموجودة على هذا الحاسوب بدلًا من ذلك</translation>
    </message>
    <message>
        <source>&amp;Quit NeutroCare</source>
        <translation>خر&amp;وج من NeutroCare</translation>
    </message>
    <message>
        <source>Quit NeutroCare</source>
        <translation>خروج من NeutroCare</translation>
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
        <translation>اتصل الآن بفريق الرعاية الصحية. بعد أن تتصل، اضغط «اتصلت بفريق الرعاية الصحية».</translation>
    </message>
    <message>
        <source>Temperature check</source>
        <translation>قياس درجة الحرارة</translation>
    </message>
    <message>
        <source>Your temperature check is overdue: please take your temperature now.</source>
        <translation>فات موعد قياس درجة حرارتك: من فضلك قِسها الآن.</translation>
    </message>
    <message>
        <source>It is time to take your temperature again.</source>
        <translation>حان وقت قياس درجة حرارتك مرة أخرى.</translation>
    </message>
    <message>
        <source>You are in your low-count days: please take your temperature now.</source>
        <translation>أنت الآن في أيام انخفاض تعداد الدم: من فضلك قِس درجة حرارتك الآن.</translation>
    </message>
    <message>
        <source>G-CSF injection</source>
        <translation>حقنة G-CSF</translation>
    </message>
    <message>
        <source>Your %1 injection is due today.</source>
        <translation>موعد حقنة %1 اليوم.</translation>
    </message>
</context>
<context>
    <name>nc::ReportDialog</name>
    <message>
        <source>Print a report for %1</source>
        <translation>طباعة تقرير عن %1</translation>
    </message>
    <message>
        <source>Report for: %1</source>
        <translation>تقرير عن: %1</translation>
    </message>
    <message>
        <source>A report for the care team: the status, charts, readings, blood counts, symptoms, alerts and checklist for the days you choose.</source>
        <translation>تقرير لفريق الرعاية الصحية: الحالة والرسوم البيانية والقراءات وتعدادات الدم والأعراض والتنبيهات وقائمة التحقق، للأيام التي تختارها.</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>أول يوم في التقرير</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>آخر يوم في التقرير</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>Include my private &amp;notes</source>
        <translation>تضمين ملاحظاتي &amp;الخاصة</translation>
    </message>
    <message>
        <source>Include the private notes in the report</source>
        <translation>تضمين الملاحظات الخاصة في التقرير</translation>
    </message>
    <message>
        <source>Notes are left out unless you tick this.</source>
        <translation>لا تُضمَّن الملاحظات إلا إذا وضعت علامة هنا.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>معاينة…</translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation>معاينة التقرير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>⚠ The first day is after the last day.</source>
        <translation>⚠ اليوم الأول يقع بعد اليوم الأخير.</translation>
    </message>
</context>
<context>
    <name>nc::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore from the file %1. Your data as it is now is saved first, so nothing is lost.</source>
        <translation>الاستعادة من الملف %1. تُحفظ بياناتك بحالتها الحالية أولًا، فلا يضيع شيء.</translation>
    </message>
    <message numerus="yes">
        <source>NeutroCare keeps a copy of your data every day, for the last %n days. Choose the copy to go back to. Your data as it is now is saved first, so nothing is lost.</source>
        <translation>
            <numerusform>يحتفظ NeutroCare بنسخة من بياناتك كل يوم، لآخر %n يوم. اختر النسخة التي تريد الرجوع إليها. تُحفظ بياناتك بحالتها الحالية أولًا، فلا يضيع شيء.</numerusform>
            <numerusform>يحتفظ NeutroCare بنسخة من بياناتك كل يوم، لآخر %n يوم. اختر النسخة التي تريد الرجوع إليها. تُحفظ بياناتك بحالتها الحالية أولًا، فلا يضيع شيء.</numerusform>
            <numerusform>يحتفظ NeutroCare بنسخة من بياناتك كل يوم، لآخر %n يومين. اختر النسخة التي تريد الرجوع إليها. تُحفظ بياناتك بحالتها الحالية أولًا، فلا يضيع شيء.</numerusform>
            <numerusform>يحتفظ NeutroCare بنسخة من بياناتك كل يوم، لآخر %n أيام. اختر النسخة التي تريد الرجوع إليها. تُحفظ بياناتك بحالتها الحالية أولًا، فلا يضيع شيء.</numerusform>
            <numerusform>يحتفظ NeutroCare بنسخة من بياناتك كل يوم، لآخر %n يومًا. اختر النسخة التي تريد الرجوع إليها. تُحفظ بياناتك بحالتها الحالية أولًا، فلا يضيع شيء.</numerusform>
            <numerusform>يحتفظ NeutroCare بنسخة من بياناتك كل يوم، لآخر %n يوم. اختر النسخة التي تريد الرجوع إليها. تُحفظ بياناتك بحالتها الحالية أولًا، فلا يضيع شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
        <source>There are no backups yet. The first one is made while NeutroCare runs, or with File ▸ Back up now.</source>
        <translation>لا توجد نسخ احتياطية بعد. تُنشأ النسخة الأولى أثناء عمل NeutroCare، أو من ملف ▸ انسخ احتياطيًا الآن.</translation>
    </message>
    <message>
        <source>What to restore</source>
        <translation>ما الذي تريد استعادته</translation>
    </message>
    <message numerus="yes">
        <source>Every profile (%n in all)</source>
        <translation>
            <numerusform>كل الملفات الشخصية (المجموع: %n)</numerusform>
            <numerusform>كل الملفات الشخصية (المجموع: %n)</numerusform>
            <numerusform>كل الملفات الشخصية (المجموع: %n)</numerusform>
            <numerusform>كل الملفات الشخصية (المجموع: %n)</numerusform>
            <numerusform>كل الملفات الشخصية (المجموع: %n)</numerusform>
            <numerusform>كل الملفات الشخصية (المجموع: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1, the others stay as they are</source>
        <translation>%1 فقط، وتبقى الملفات الأخرى كما هي</translation>
    </message>
    <message>
        <source>Res&amp;tore:</source>
        <translation>&amp;استعادة:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>استعا&amp;دة…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>استعادة النسخة الاحتياطية المختارة</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعا&amp;دة</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>الاستعادة من ملف</translation>
    </message>
    <message>
        <source>NeutroCare data (*.sqlite);;All files (*)</source>
        <translation>بيانات NeutroCare (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>This file cannot be restored. %1 Nothing was changed.</source>
        <translation>لا يمكن الاستعادة من هذا الملف. %1 لم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a backup&apos;s date and time</comment>
        <translation>%1 الساعة %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — made automatically before a restore</source>
        <translation>%1 — أُنشئت تلقائيًا قبل استعادة</translation>
    </message>
    <message>
        <source>This replaces the data of %1 with the copy of %2. The other profiles stay as they are.</source>
        <translation>سيستبدل هذا بيانات %1 بالنسخة المحفوظة في %2. وتبقى الملفات الشخصية الأخرى كما هي.</translation>
    </message>
    <message>
        <source>This replaces your data with the copy of %1.</source>
        <translation>سيستبدل هذا بياناتك بالنسخة المحفوظة في %1.</translation>
    </message>
    <message numerus="yes">
        <source>This replaces all %n profiles with the copy of %1.</source>
        <translation>
            <numerusform>سيستبدل هذا جميع الملفات الشخصية (%n) بالنسخة المحفوظة في %1.</numerusform>
            <numerusform>سيستبدل هذا الملف الشخصي الوحيد (%n) بالنسخة المحفوظة في %1.</numerusform>
            <numerusform>سيستبدل هذا الملفين الشخصيين كليهما (%n) بالنسخة المحفوظة في %1.</numerusform>
            <numerusform>سيستبدل هذا جميع الملفات الشخصية الـ%n بالنسخة المحفوظة في %1.</numerusform>
            <numerusform>سيستبدل هذا جميع الملفات الشخصية الـ%n بالنسخة المحفوظة في %1.</numerusform>
            <numerusform>سيستبدل هذا جميع الملفات الشخصية الـ%n بالنسخة المحفوظة في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, added since then, will be removed, with its %n record(s).</source>
        <translation>
            <numerusform>سيُحذف %1، لأنه أُضيف بعد ذلك، مع سجلاته (%n).</numerusform>
            <numerusform>سيُحذف %1، لأنه أُضيف بعد ذلك، مع سجله الوحيد (%n).</numerusform>
            <numerusform>سيُحذف %1، لأنه أُضيف بعد ذلك، مع سجليه (%n).</numerusform>
            <numerusform>سيُحذف %1، لأنه أُضيف بعد ذلك، مع سجلاته الـ%n.</numerusform>
            <numerusform>سيُحذف %1، لأنه أُضيف بعد ذلك، مع سجلاته الـ%n.</numerusform>
            <numerusform>سيُحذف %1، لأنه أُضيف بعد ذلك، مع سجلاته الـ%n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, deleted since then, will come back, with its %n record(s).</source>
        <translation>
            <numerusform>سيعود %1، الذي حُذف بعد ذلك، مع سجلاته (%n).</numerusform>
            <numerusform>سيعود %1، الذي حُذف بعد ذلك، مع سجله الوحيد (%n).</numerusform>
            <numerusform>سيعود %1، الذي حُذف بعد ذلك، مع سجليه (%n).</numerusform>
            <numerusform>سيعود %1، الذي حُذف بعد ذلك، مع سجلاته الـ%n.</numerusform>
            <numerusform>سيعود %1، الذي حُذف بعد ذلك، مع سجلاته الـ%n.</numerusform>
            <numerusform>سيعود %1، الذي حُذف بعد ذلك، مع سجلاته الـ%n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) made or changed since then, in %1, will be lost.</source>
        <translation>
            <numerusform>ستضيع السجلات التي أُنشئت أو عُدّلت منذ ذلك الحين في %1 (%n).</numerusform>
            <numerusform>سيضيع سجل واحد (%n) أُنشئ أو عُدّل منذ ذلك الحين في %1.</numerusform>
            <numerusform>سيضيع سجلان (%n) أُنشئا أو عُدّلا منذ ذلك الحين في %1.</numerusform>
            <numerusform>ستضيع %n سجلات أُنشئت أو عُدّلت منذ ذلك الحين في %1.</numerusform>
            <numerusform>سيضيع %n سجلًا أُنشئ أو عُدّل منذ ذلك الحين في %1.</numerusform>
            <numerusform>سيضيع %n سجل أُنشئ أو عُدّل منذ ذلك الحين في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted since then, in %1, will come back.</source>
        <translation>
            <numerusform>ستعود السجلات التي حُذفت منذ ذلك الحين في %1 (%n).</numerusform>
            <numerusform>سيعود سجل واحد (%n) حُذف منذ ذلك الحين في %1.</numerusform>
            <numerusform>سيعود سجلان (%n) حُذفا منذ ذلك الحين في %1.</numerusform>
            <numerusform>ستعود %n سجلات حُذفت منذ ذلك الحين في %1.</numerusform>
            <numerusform>سيعود %n سجلًا حُذف منذ ذلك الحين في %1.</numerusform>
            <numerusform>سيعود %n سجل حُذف منذ ذلك الحين في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings of %1 go back to what they were then.</source>
        <translation>تعود إعدادات %1 إلى ما كانت عليه حينها.</translation>
    </message>
    <message>
        <source>Nothing has changed since then, so nothing will be lost.</source>
        <translation>لم يتغير شيء منذ ذلك الحين، لذا لن يضيع شيء.</translation>
    </message>
    <message>
        <source>Your data as it is now is saved first, as a backup made automatically before a restore.</source>
        <translation>تُحفظ بياناتك بحالتها الحالية أولًا، في نسخة احتياطية تُنشأ تلقائيًا قبل الاستعادة.</translation>
    </message>
    <message>
        <source>This backup cannot be used. %1 Nothing was changed.</source>
        <translation>لا يمكن استخدام هذه النسخة الاحتياطية. %1 لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This backup holds no data for this profile: it was added after the backup was made. Nothing was changed.</source>
        <translation>لا تحتوي هذه النسخة الاحتياطية على بيانات لهذا الملف الشخصي: فقد أُضيف بعد إنشاء النسخة. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>nc::RiskScoresForm</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>None or mild</source>
        <translation>لا أعراض أو أعراض خفيفة</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>أعراض متوسطة</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>أعراض شديدة</translation>
    </message>
    <message>
        <source>Decision support for clinicians</source>
        <translation>دعم القرار للأطباء والممرضين</translation>
    </message>
    <message>
        <source>MASCC and CISNE risk scores, kept with this call and never shown to the patient. They inform your clinical judgement; they do not replace it.</source>
        <translation>مقياسا الخطورة MASCC وCISNE، يُحفظان مع هذه المكالمة ولا يُعرضان على المريض أبدًا. يساعدان حكمك السريري ولا يحلّان محله.</translation>
    </message>
    <message>
        <source>Use &amp;MASCC (Multinational Association for Supportive Care in Cancer)</source>
        <translation>&amp;استخدام MASCC (Multinational Association for Supportive Care in Cancer)</translation>
    </message>
    <message>
        <source>Use the MASCC score</source>
        <translation>استخدام مقياس MASCC</translation>
    </message>
    <message>
        <source>For adults with febrile neutropenia. Not validated during induction treatment for acute leukaemia, nor during conditioning for a stem-cell transplant.</source>
        <translation>للبالغين المصابين بقلة العدلات الحموية. لم يُتحقَّق من صحته أثناء العلاج التحريضي لابيضاض الدم الحاد، ولا أثناء التهيئة لزرع الخلايا الجذعية.</translation>
    </message>
    <message>
        <source>Burden of illness</source>
        <translation>شدة المرض</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Burden of illness</source>
        <translation>شد&amp;ة المرض</translation>
    </message>
    <message>
        <source>&amp;Systolic blood pressure 90 mmHg or lower</source>
        <translation>ضغط الدم الانقباضي 90 mmHg أ&amp;و أقل</translation>
    </message>
    <message>
        <source>No hypotension (systolic &gt; 90 mmHg) — %1</source>
        <translation>لا يوجد انخفاض في ضغط الدم (الانقباضي &gt; 90 mmHg) — %1</translation>
    </message>
    <message>
        <source>Chronic obstructive pulmonary disease (C&amp;OPD)</source>
        <translation>مرض الانسدا&amp;د الرئوي المزمن (COPD)</translation>
    </message>
    <message>
        <source>No COPD — %1</source>
        <translation>لا يوجد مرض انسداد رئوي مزمن (COPD) — %1</translation>
    </message>
    <message>
        <source>&amp;Haematological cancer with a previous fungal infection</source>
        <translation>سرطان &amp;دموي مع عدوى فطرية سابقة</translation>
    </message>
    <message>
        <source>A solid tumour, or a haematological cancer with no previous fungal infection — %1</source>
        <translation>ورم صلب، أو سرطان دموي دون عدوى فطرية سابقة — %1</translation>
    </message>
    <message>
        <source>&amp;Dehydration needing intravenous fluids</source>
        <translation>جفاف يستلزم سوائل &amp;وريدية</translation>
    </message>
    <message>
        <source>No dehydration needing IV fluids — %1</source>
        <translation>لا يوجد جفاف يستلزم سوائل وريدية — %1</translation>
    </message>
    <message>
        <source>O&amp;utpatient when the fever began</source>
        <translation>مريض خا&amp;رجي عند بدء الحمى</translation>
    </message>
    <message>
        <source>Outpatient at the onset of fever — %1</source>
        <translation>مريض خارجي عند بدء الحمى — %1</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>العمر بالسنوات</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سنة</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>&amp;العمر</translation>
    </message>
    <message>
        <source>Younger than %1 years — %2</source>
        <translation>أصغر من %1 سنة — %2</translation>
    </message>
    <message>
        <source>Use &amp;CISNE (Clinical Index of Stable Febrile Neutropenia)</source>
        <translation>&amp;استخدام CISNE (Clinical Index of Stable Febrile Neutropenia)</translation>
    </message>
    <message>
        <source>Use the CISNE score</source>
        <translation>استخدام مقياس CISNE</translation>
    </message>
    <message>
        <source>For adults with a solid tumour and febrile neutropenia who are clinically stable.</source>
        <translation>للبالغين المصابين بورم صلب وقلة العدلات الحموية والمستقرين سريريًا.</translation>
    </message>
    <message>
        <source>&amp;ECOG performance status 2 or more</source>
        <translation>حالة الأ&amp;داء ECOG بدرجة 2 أو أكثر</translation>
    </message>
    <message>
        <source>Stress-induced hyper&amp;glycaemia</source>
        <translation>فرط سكر الدم الناتج عن الإجها&amp;د</translation>
    </message>
    <message>
        <source>Chronic obstructive &amp;pulmonary disease (COPD)</source>
        <translation>مرض الانسدا&amp;د الرئوي المزمن (COPD)</translation>
    </message>
    <message>
        <source>Chronic cardio&amp;vascular disease</source>
        <translation>مرض قلبي &amp;وعائي مزمن</translation>
    </message>
    <message>
        <source>Mucositis of NCI g&amp;rade 2 or more</source>
        <translation>التهاب الأغشية المخاطية من الد&amp;رجة 2 أو أكثر حسب NCI</translation>
    </message>
    <message>
        <source>Mo&amp;nocytes below 200/µL</source>
        <translation>كريات بيضا&amp;ء وحيدة النواة أقل من 200/µL</translation>
    </message>
    <message>
        <source>MASCC not used</source>
        <translation>لم يُستخدم MASCC</translation>
    </message>
    <message>
        <source>CISNE not used</source>
        <translation>لم يُستخدم CISNE</translation>
    </message>
</context>
<context>
    <name>nc::ServerAdmin</name>
    <message>
        <source>pg_dump is not installed (Debian package postgresql-client), and the server is not changed without a backup.</source>
        <translation>pg_dump غير مثبَّت (حزمة Debian: postgresql-client)، ولا يُغيَّر الخادم دون نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية %1.</translation>
    </message>
    <message>
        <source>pg_dump could not back up the server, so it was not changed: %1</source>
        <translation>لم يتمكن pg_dump من إنشاء نسخة احتياطية للخادم، لذا لم يُغيَّر: %1</translation>
    </message>
    <message>
        <source>server init sets up a PostgreSQL server; NeutroCare&apos;s own files need no set-up.</source>
        <translation>يُهيّئ الأمر server init خادم PostgreSQL؛ أما ملفات NeutroCare الخاصة فلا تحتاج إلى تهيئة.</translation>
    </message>
    <message>
        <source>The database name is too long to name its roles after it (50 characters at most).</source>
        <translation>اسم قاعدة البيانات أطول من أن تُسمّى أدوارها به (50 حرفًا كحد أقصى).</translation>
    </message>
    <message>
        <source>server init needs the PostgreSQL superuser (for example: sudo -u postgres neutrocare-cli server init --db dbname=%1).</source>
        <translation>يحتاج server init إلى المستخدم الخارق (superuser) في PostgreSQL (مثلًا: sudo -u postgres neutrocare-cli server init --db dbname=%1).</translation>
    </message>
    <message>
        <source>Could not read the data version on the server.</source>
        <translation>تعذّرت قراءة إصدار البيانات على الخادم.</translation>
    </message>
    <message>
        <source>The server holds data version %1; this NeutroCare understands up to %2. Use a newer neutrocare-cli.</source>
        <translation>يحتوي الخادم على بيانات من الإصدار %1؛ ونسخة NeutroCare هذه تفهم حتى الإصدار %2. استخدم إصدارًا أحدث من neutrocare-cli.</translation>
    </message>
    <message>
        <source>The server&apos;s roles were set up by a newer NeutroCare (version %1). Use a newer neutrocare-cli.</source>
        <translation>أُعدّت أدوار الخادم بإصدار أحدث من NeutroCare (الإصدار %1). استخدم إصدارًا أحدث من neutrocare-cli.</translation>
    </message>
    <message>
        <source>Could not set up the server; nothing was changed: %1</source>
        <translation>تعذّرت تهيئة الخادم؛ لم يتغير شيء: %1</translation>
    </message>
    <message>
        <source>A login named %1 already exists, so the role of that name cannot be NeutroCare&apos;s; rename or drop that login first.</source>
        <translation>يوجد بالفعل اسم دخول باسم %1، لذا لا يمكن أن يكون الدور الذي يحمل هذا الاسم تابعًا لـ NeutroCare؛ أعد تسمية اسم الدخول هذا أو احذفه أولًا.</translation>
    </message>
    <message>
        <source>There is no patient with the id %1 on the server.</source>
        <translation>لا يوجد مريض بالمعرّف %1 على الخادم.</translation>
    </message>
    <message>
        <source>The login name is empty.</source>
        <translation>اسم الدخول فارغ.</translation>
    </message>
    <message>
        <source>The login name is longer than PostgreSQL allows (63 bytes).</source>
        <translation>اسم الدخول أطول مما يسمح به PostgreSQL (63 بايت).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name PostgreSQL or NeutroCare keeps for itself.</source>
        <translation>«%1» اسم محجوز لـ PostgreSQL أو NeutroCare.</translation>
    </message>
    <message>
        <source>The login name holds a character PostgreSQL cannot store.</source>
        <translation>يحتوي اسم الدخول على حرف لا يستطيع PostgreSQL تخزينه.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>كلمة المرور فارغة.</translation>
    </message>
    <message>
        <source>A patient login names its patient (--patient ID).</source>
        <translation>اسم دخول المريض يحدد مريضه (--patient ID).</translation>
    </message>
    <message>
        <source>Only a patient login names a patient; a caregiver is linked with server link.</source>
        <translation>اسم دخول المريض وحده يحدد مريضًا؛ أما مقدّم الرعاية فيُربط بالأمر server link.</translation>
    </message>
    <message>
        <source>A login named &quot;%1&quot; already exists.</source>
        <translation>يوجد بالفعل اسم دخول باسم «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a caregiver login (see server users).</source>
        <translation>«%1» ليس اسم دخول لمقدّم رعاية (انظر server users).</translation>
    </message>
    <message>
        <source>A role named %1 already exists and has members, so it was not made by NeutroCare for this database; drop that role first.</source>
        <translation>يوجد بالفعل دور باسم %1 وله أعضاء، لذا لم ينشئه NeutroCare لقاعدة البيانات هذه؛ احذف هذا الدور أولًا.</translation>
    </message>
    <message>
        <source>The database or its schema public belongs to %1, who could change anything in it; give it to the superuser first (ALTER DATABASE … OWNER TO postgres).</source>
        <translation>قاعدة البيانات أو مخططها public مملوك لـ %1، الذي يمكنه تغيير أي شيء فيها؛ أعطها للمستخدم الخارق أولًا (ALTER DATABASE … OWNER TO postgres).</translation>
    </message>
    <message>
        <source>Logins of this clinic belong to more than their one group, or have members of their own, and so could do more than their group allows: %1. Undo those memberships first.</source>
        <translation>بعض أسماء الدخول في هذه العيادة تنتمي إلى أكثر من مجموعتها الوحيدة، أو لها أعضاء خاصون بها، ولذا يمكنها فعل أكثر مما تسمح به مجموعتها: %1. ألغِ هذه العضويات أولًا.</translation>
    </message>
    <message>
        <source>Default privileges set for %1 would give the tables NeutroCare makes to other roles; remove them first (ALTER DEFAULT PRIVILEGES … REVOKE …).</source>
        <translation>الامتيازات الافتراضية المعيّنة لـ %1 ستمنح أدوارًا أخرى الجداول التي ينشئها NeutroCare؛ أزلها أولًا (ALTER DEFAULT PRIVILEGES … REVOKE …).</translation>
    </message>
    <message>
        <source>The clinic&apos;s database holds what NeutroCare did not make: %1. Its tables keep their rules only when everything in the schema public is NeutroCare&apos;s; move these to another schema or drop them first. Nothing was changed.</source>
        <translation>تحتوي قاعدة بيانات العيادة على عناصر لم ينشئها NeutroCare: %1. لا تحتفظ جداولها بقواعدها إلا إذا كان كل ما في المخطط public تابعًا لـ NeutroCare؛ انقل هذه العناصر إلى مخطط آخر أو احذفها أولًا. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>On PostgreSQL 15 a role with CREATEROLE can make itself the owner of every clinic&apos;s tables, and these can: %1. Take it away from them (ALTER ROLE … NOCREATEROLE) unless they are trusted as much as the superuser.</source>
        <translation>في PostgreSQL 15 يمكن لدور يملك CREATEROLE أن يجعل نفسه مالكًا لجداول كل عيادة، وهذه الأدوار تستطيع ذلك: %1. انزع هذه الصلاحية منها (ALTER ROLE … NOCREATEROLE) ما لم تكن موثوقة بقدر المستخدم الخارق.</translation>
    </message>
    <message>
        <source>Every login of the cluster, this clinic&apos;s too, may connect to %1, and there see who is connected to any database. Unless another program needs it, REVOKE CONNECT ON DATABASE … FROM PUBLIC for each.</source>
        <translation>يمكن لكل اسم دخول في العنقود، بما في ذلك أسماء دخول هذه العيادة، الاتصال بـ %1 ورؤية من هو متصل بأي قاعدة بيانات هناك. ما لم يحتج إليه برنامج آخر، نفّذ REVOKE CONNECT ON DATABASE … FROM PUBLIC لكل منها.</translation>
    </message>
    <message>
        <source>These logins are in the clinic&apos;s groups but not on its list of logins, so no one made them through NeutroCare: %1. Check who they are, and drop them if unknown.</source>
        <translation>أسماء الدخول هذه موجودة في مجموعات العيادة لكنها ليست في قائمة أسماء الدخول لديها، لذا لم ينشئها أحد عبر NeutroCare: %1. تحقّق من أصحابها واحذفها إن كانت مجهولة.</translation>
    </message>
</context>
<context>
    <name>nc::ServerFeed</name>
    <message>
        <source>Not connected to a clinic server.</source>
        <translation>غير متصل بخادم العيادة.</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost.</source>
        <translation>انقطع الاتصال بخادم العيادة.</translation>
    </message>
    <message>
        <source>This login may not follow that patient on the clinic server.</source>
        <translation>لا يمكن لاسم الدخول هذا متابعة هذا المريض على خادم العيادة.</translation>
    </message>
</context>
<context>
    <name>nc::Settings</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>nc::SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Unsaved changes: they apply only when you press “Save settings”.</source>
        <translation>تغييرات غير محفوظة: لا تُطبَّق إلا عندما تضغط «حفظ الإعدادات».</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Large text everywhere</source>
        <translation>نص كبير في كل مكان</translation>
    </message>
    <message>
        <source>Large text everywhere</source>
        <translation>نص كبير في كل مكان</translation>
    </message>
    <message>
        <source>Start NeutroCare when I log in, &amp;minimised to the background</source>
        <translation>تشغيل NeutroCare عند تسجيل &amp;دخولي، مصغَّرًا في الخلفية</translation>
    </message>
    <message>
        <source>Start in the background when I log in</source>
        <translation>التشغيل في الخلفية عند تسجيل دخولي</translation>
    </message>
    <message>
        <source>Morning temperature reminder</source>
        <translation>تذكير صباحي بقياس درجة الحرارة</translation>
    </message>
    <message>
        <source>Morning &amp;reminder (low-count days)</source>
        <translation>تذكير الصباح (أيام انخفاض تعدا&amp;د الدم)</translation>
    </message>
    <message>
        <source>Evening temperature reminder</source>
        <translation>تذكير مسائي بقياس درجة الحرارة</translation>
    </message>
    <message>
        <source>E&amp;vening reminder (low-count days)</source>
        <translation>تذكير المسا&amp;ء (أيام انخفاض تعداد الدم)</translation>
    </message>
    <message>
        <source>Keep reminding me when the &amp;window is closed</source>
        <translation>مواصلة تذكيري عندما تكون النافذ&amp;ة مغلقة</translation>
    </message>
    <message>
        <source>Keep reminding me when the window is closed</source>
        <translation>مواصلة تذكيري عندما تكون النافذة مغلقة</translation>
    </message>
    <message>
        <source>Closing the window leaves NeutroCare running, so reminders still reach you. File ▸ Quit quits.</source>
        <translation>إغلاق النافذة يُبقي NeutroCare قيد التشغيل، فتستمر التذكيرات في الوصول إليك. للخروج: ملف ▸ خروج.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>حفظ الإعدا&amp;دات</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>In force now: %1, temperatures in %2. %3</source>
        <translation>المعمول به الآن: %1، ودرجات الحرارة بوحدة %2. %3</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>إعدادات غير محفوظة</translation>
    </message>
    <message>
        <source>Your changes in Settings are not saved.</source>
        <translation>لم تُحفظ تغييراتك في الإعدادات.</translation>
    </message>
    <message>
        <source>Until you save them, NeutroCare keeps using %1, with temperatures in %2.</source>
        <translation>إلى أن تحفظها، سيواصل NeutroCare استخدام %1، مع درجات الحرارة بوحدة %2.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>حفظ &amp;التغييرات</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>تجاهل &amp;التغييرات</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>مواصلة &amp;التعديل</translation>
    </message>
    <message>
        <source>The window is shown again in the new language.</source>
        <translation>تُعرض النافذة من جديد باللغة الجديدة.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>nc::SignInDialog</name>
    <message>
        <source>Sign in to the triage desk</source>
        <translation>تسجيل الدخول إلى مكتب الفرز</translation>
    </message>
    <message>
        <source>Sign in with your own clinic login. Everything you do at the desk is recorded with it.</source>
        <translation>سجّل الدخول باسم الدخول الخاص بك في العيادة. كل ما تفعله في مكتب الفرز يُسجَّل به.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>الخا&amp;دم:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>clinic.example.org, or postgresql://…</source>
        <translation>clinic.example.org، أو postgresql://…</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>قاعد&amp;ة البيانات:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>اسم &amp;الدخول:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المر&amp;ور:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Give the database and your login.</source>
        <translation>أدخل قاعدة البيانات واسم الدخول الخاص بك.</translation>
    </message>
</context>
<context>
    <name>nc::SingleInstance</name>
    <message>
        <source>Another NeutroCare is starting with this database and did not finish.</source>
        <translation>هناك نسخة أخرى من NeutroCare تبدأ التشغيل بقاعدة البيانات هذه ولم تكتمل.</translation>
    </message>
    <message>
        <source>Could not listen for other launches of NeutroCare: %1</source>
        <translation>تعذّر الاستماع لعمليات تشغيل أخرى لـ NeutroCare: %1</translation>
    </message>
    <message>
        <source>NeutroCare is already running with this database but did not answer.</source>
        <translation>NeutroCare يعمل بالفعل بقاعدة البيانات هذه لكنه لم يستجب.</translation>
    </message>
    <message>
        <source>This NeutroCare has %1 open, not %2.</source>
        <translation>نسخة NeutroCare هذه تفتح %1، وليس %2.</translation>
    </message>
</context>
<context>
    <name>nc::StatusCard</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعة و%2 دقيقة</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>الحالة الآن</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 الساعة %1</translation>
    </message>
    <message>
        <source>&quot;I am on chemotherapy.</source>
        <translation>«أتلقى العلاج الكيميائي.</translation>
    </message>
    <message>
        <source>My temperature was %1 at %2 — %3.</source>
        <translation>كانت درجة حرارتي %1 في %2 — %3.</translation>
    </message>
    <message>
        <source>My last temperature was %1 at %2 — %3.</source>
        <translation>آخر درجة حرارة لي كانت %1 في %2 — %3.</translation>
    </message>
    <message>
        <source>I took %1 at %2, before that reading.</source>
        <translation>تناولت %1 في %2، قبل تلك القراءة.</translation>
    </message>
    <message>
        <source>I took a fever medicine in the %1 before that reading.</source>
        <translation>تناولت دواءً خافضًا للحرارة خلال %1 قبل تلك القراءة.</translation>
    </message>
    <message>
        <source>My last treatment was on %1.</source>
        <translation>كان آخر علاج لي في %1.</translation>
    </message>
    <message>
        <source>My last treatment was on %1 (%2).</source>
        <translation>كان آخر علاج لي في %1 (%2).</translation>
    </message>
    <message>
        <source>I may have neutropenia and an infection.&quot;</source>
        <translation>قد تكون لديّ قلة العدلات وعدوى.»</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Fever rules: %1</source>
        <translation>قواعد الحمى: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Keep taking your temperature as your care team advised, and whenever you feel unwell or shivery. If you are worried, call them.</source>
        <translation>واصل قياس درجة حرارتك كما نصحك فريق الرعاية الصحية، وكلما شعرت بتوعك أو رعشة. وإذا كنت قلقًا، فاتصل بهم.</translation>
    </message>
    <message>
        <source>Your care team</source>
        <translation>فريق الرعاية الصحية</translation>
    </message>
    <message>
        <source>Call your care team or your chemotherapy helpline now. (Add your care team&apos;s numbers in Settings so they show here.)</source>
        <translation>اتصل الآن بفريق الرعاية الصحية أو بخط المساعدة الخاص بالعلاج الكيميائي. (أضف أرقام فريق الرعاية الصحية في الإعدادات لتظهر هنا.)</translation>
    </message>
    <message>
        <source>Call your care team or your chemotherapy helpline today. (Add your care team&apos;s numbers in Settings so they show here.)</source>
        <translation>اتصل اليوم بفريق الرعاية الصحية أو بخط المساعدة الخاص بالعلاج الكيميائي. (أضف أرقام فريق الرعاية الصحية في الإعدادات لتظهر هنا.)</translation>
    </message>
    <message>
        <source>%1, daytime: %2</source>
        <translation>%1، نهارًا: %2</translation>
    </message>
    <message>
        <source>Evenings, nights and weekends: %1</source>
        <translation>المساء والليل وعطلات نهاية الأسبوع: %1</translation>
    </message>
    <message>
        <source>What to say:</source>
        <translation>ماذا تقول:</translation>
    </message>
    <message>
        <source>Do not wait to see if it goes away, and do not take paracetamol or ibuprofen before you call. People on chemotherapy with a fever usually need antibiotics within an hour of arriving at hospital.</source>
        <translation>لا تنتظر لترى إن كانت ستزول، ولا تتناول الباراسيتامول أو الإيبوبروفين قبل أن تتصل. من يتلقون العلاج الكيميائي ولديهم حمى يحتاجون عادةً إلى مضادات حيوية خلال ساعة من وصولهم إلى المستشفى.</translation>
    </message>
    <message>
        <source>If you cannot reach your care team, go to the nearest emergency department or call your local emergency number.</source>
        <translation>إذا لم تتمكن من الوصول إلى فريق الرعاية الصحية، فاذهب إلى أقرب قسم طوارئ أو اتصل برقم الطوارئ المحلي.</translation>
    </message>
    <message>
        <source>I contacted my care team…</source>
        <translation>اتصلت بفريق الرعاية الصحية…</translation>
    </message>
    <message>
        <source>I contacted my care team</source>
        <translation>اتصلت بفريق الرعاية الصحية</translation>
    </message>
    <message>
        <source>Record that you contacted your care team and what they told you (Ctrl+K)</source>
        <translation>سجّل أنك اتصلت بفريق الرعاية الصحية وما قالوه لك (Ctrl+K)</translation>
    </message>
    <message>
        <source>Take your temperature now.</source>
        <translation>قِس درجة حرارتك الآن.</translation>
    </message>
    <message>
        <source>Take your temperature again in %1 (by %2).</source>
        <translation>قِس درجة حرارتك مرة أخرى بعد %1 (قبل الساعة %2).</translation>
    </message>
</context>
<context>
    <name>nc::Storage</name>
    <message>
        <source>The clinic server accepts no changes on this connection (read-only), so this could not be saved.</source>
        <translation>لا يقبل خادم العيادة أي تغييرات عبر هذا الاتصال (للقراءة فقط)، لذا تعذّر الحفظ.</translation>
    </message>
    <message>
        <source>Your login may not change this on the clinic server, so it was not saved.</source>
        <translation>لا يُسمح لاسم الدخول الخاص بك بتغيير هذا على خادم العيادة، لذا لم يُحفظ.</translation>
    </message>
    <message>
        <source>This entry is not valid for the database: %1</source>
        <translation>هذا الإدخال غير صالح لقاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>The clinic server&apos;s disk is full, so this could not be saved. Nothing you typed is lost: tell the clinic, and try again later.</source>
        <translation>قرص خادم العيادة ممتلئ، لذا تعذّر الحفظ. لم يضع شيء مما كتبته: أبلغ العيادة، وحاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost, so this was not saved. Nothing you typed is lost: try again in a moment.</source>
        <translation>انقطع الاتصال بخادم العيادة، لذا لم يُحفظ هذا. لم يضع شيء مما كتبته: حاول مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <source>The clinic server is busy with another change. Try again in a moment.</source>
        <translation>خادم العيادة مشغول بتغيير آخر. حاول مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. Free some space and try again.</source>
        <translation>القرص ممتلئ، لذا تعذّر الحفظ. وفّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database is read-only, so this could not be saved. Check the file&apos;s permissions.</source>
        <translation>قاعدة البيانات للقراءة فقط، لذا تعذّر الحفظ. تحقّق من أذونات الملف.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة في برنامج آخر. حاول مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>هذا الإدخال لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This alert no longer exists.</source>
        <translation>هذا التنبيه لم يعد موجودًا.</translation>
    </message>
</context>
<context>
    <name>nc::SymptomDialog</name>
    <message>
        <source>Edit symptom</source>
        <translation>تعديل العَرَض</translation>
    </message>
    <message>
        <source>Log symptoms</source>
        <translation>تسجيل الأعراض</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>الأعراض</translation>
    </message>
    <message>
        <source>&amp;Symptom</source>
        <translation>&amp;العَرَض</translation>
    </message>
    <message>
        <source>&amp;How do you feel?</source>
        <translation>كيف تشعر؟</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Tick at least one symptom (Space ticks the selected one).</source>
        <translation>ضع علامة على عَرَض واحد على الأقل (مفتاح المسافة يضع علامة على العَرَض المحدد).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Log symptom</source>
        <translation>سجّل العَرَض</translation>
    </message>
</context>
<context>
    <name>nc::Temperature</name>
    <message>
        <source>Please enter the temperature as a number.</source>
        <translation>من فضلك أدخل درجة الحرارة كرقم.</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible body temperature. Did you mean %1 %3?</source>
        <translation>%1 %2 ليست درجة حرارة جسم معقولة. هل تقصد %1 %3؟</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible body temperature: it must lie between %3 and %4 %2.</source>
        <translation>%1 %2 ليست درجة حرارة جسم معقولة: يجب أن تكون بين %3 و%4 %2.</translation>
    </message>
</context>
<context>
    <name>nc::TemperatureDialog</name>
    <message>
        <source>Edit temperature</source>
        <translation>تعديل درجة الحرارة</translation>
    </message>
    <message>
        <source>Log a temperature</source>
        <translation>تسجيل درجة الحرارة</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>for example 37.2</source>
        <translation>مثلًا 37.2</translation>
    </message>
    <message>
        <source>for example 99.0</source>
        <translation>مثلًا 99.0</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;درجة الحرارة</translation>
    </message>
    <message>
        <source>Where you measured</source>
        <translation>مكان القياس</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;أين</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>I took &amp;paracetamol or ibuprofen in the last %1</source>
        <translation>تناولت البا&amp;راسيتامول أو الإيبوبروفين خلال آخر %1</translation>
    </message>
    <message>
        <source>I took a fever-lowering painkiller in the last %1</source>
        <translation>تناولت مسكّنًا خافضًا للحرارة خلال آخر %1</translation>
    </message>
    <message>
        <source>Please type the temperature as a number, for example 37.8.</source>
        <translation>من فضلك اكتب درجة الحرارة كرقم، مثلًا 37.8.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Log temperature</source>
        <translation>سجّل درجة الحرارة</translation>
    </message>
</context>
<context>
    <name>nc::TemperatureTrigger</name>
    <message>
        <source>or higher</source>
        <translation>أو أعلى</translation>
    </message>
    <message>
        <source>or lower</source>
        <translation>أو أقل</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation>%1 أو أعلى</translation>
    </message>
    <message>
        <source>%1 or lower</source>
        <translation>%1 أو أقل</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>دقيقة واحدة</translation>
    </message>
    <message>
        <source>%1 for %2 or longer</source>
        <translation>%1 لمدة %2 أو أكثر</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::TodayScreen</name>
    <message>
        <source>&amp;Add your care team&apos;s numbers</source>
        <translation>&amp;أضف أرقام فريق الرعاية الصحية</translation>
    </message>
    <message>
        <source>Add your care team&apos;s numbers</source>
        <translation>أضف أرقام فريق الرعاية الصحية</translation>
    </message>
    <message>
        <source>Latest temperature</source>
        <translation>آخر درجة حرارة</translation>
    </message>
    <message>
        <source>Latest neutrophil count (ANC)</source>
        <translation>آخر عدد مطلق للعدلات (ANC)</translation>
    </message>
    <message>
        <source>Treatment cycle</source>
        <translation>دورة العلاج</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>سجّل</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Blood count</source>
        <translation>تعداد الدم</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>الأعراض</translation>
    </message>
    <message>
        <source>Painkiller dose</source>
        <translation>جرعة مسكّن</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>العلاج</translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>دواء آخر</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>سجّل %1</translation>
    </message>
    <message>
        <source>Today — %1</source>
        <translation>اليوم — %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Your care team&apos;s phone numbers are not set. Add them, so they are here when you need to call.</source>
        <translation>لم تُضَف أرقام هاتف فريق الرعاية الصحية بعد. أضفها لتجدها هنا عندما تحتاج إلى الاتصال.</translation>
    </message>
    <message>
        <source>Your care team&apos;s number for evenings and weekends is not set.</source>
        <translation>لم يُضَف رقم فريق الرعاية الصحية للمساء وعطلات نهاية الأسبوع.</translation>
    </message>
    <message>
        <source>Your care team&apos;s daytime phone number is not set.</source>
        <translation>لم يُضَف رقم هاتف فريق الرعاية الصحية خلال النهار.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا يوجد بعد</translation>
    </message>
    <message>
        <source>Log a temperature with %1.</source>
        <translation>سجّل درجة الحرارة باستخدام %1.</translation>
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
        <translation> — عند مستواك المعتاد</translation>
    </message>
    <message>
        <source> — old result: ask when your next blood test is</source>
        <translation> — نتيجة قديمة: اسأل عن موعد تحليل الدم القادم</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>لا توجد نتيجة بعد</translation>
    </message>
    <message>
        <source>Log a blood count with %1.</source>
        <translation>سجّل تعداد الدم باستخدام %1.</translation>
    </message>
    <message>
        <source>Your usual level, set by your clinic: %1/µL.</source>
        <translation>مستواك المعتاد، كما حددته عيادتك: %1/µL.</translation>
    </message>
    <message>
        <source>Day %1 after chemotherapy</source>
        <translation>اليوم %1 بعد العلاج الكيميائي</translation>
    </message>
    <message>
        <source>In the expected low-count days (%1 – %2)</source>
        <translation>ضمن أيام انخفاض تعداد الدم المتوقعة (%1 – %2)</translation>
    </message>
    <message>
        <source>Expected low-count days: %1 – %2</source>
        <translation>أيام انخفاض تعداد الدم المتوقعة: %1 – %2</translation>
    </message>
    <message>
        <source>. A prediction, not a blood count.</source>
        <translation>. هذا توقّع، وليس نتيجة تحليل دم.</translation>
    </message>
    <message>
        <source> May be shorter with G-CSF.</source>
        <translation> قد تكون أقصر مع G-CSF.</translation>
    </message>
    <message>
        <source>No recent chemotherapy</source>
        <translation>لا يوجد علاج كيميائي حديث</translation>
    </message>
    <message>
        <source>Log a treatment with %1.</source>
        <translation>سجّل العلاج باستخدام %1.</translation>
    </message>
</context>
<context>
    <name>nc::TreatmentDialog</name>
    <message>
        <source>Edit treatment</source>
        <translation>تعديل العلاج</translation>
    </message>
    <message>
        <source>Log a treatment</source>
        <translation>تسجيل علاج</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>العلاج</translation>
    </message>
    <message>
        <source>&amp;Treatment</source>
        <translation>&amp;العلاج</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>التا&amp;ريخ</translation>
    </message>
    <message>
        <source>Regimen (optional)</source>
        <translation>النظام العلاجي (اختياري)</translation>
    </message>
    <message>
        <source>for example FEC-T, cycle 2</source>
        <translation>مثلًا FEC-T، الدورة 2</translation>
    </message>
    <message>
        <source>&amp;Regimen (optional)</source>
        <translation>النظام العلاجي (اختيا&amp;ري)</translation>
    </message>
    <message>
        <source>My team gave me different low-count days for this regimen</source>
        <translation>أعطاني فريقي أيامًا مختلفة لانخفاض تعداد الدم في هذا النظام العلاجي</translation>
    </message>
    <message>
        <source>Use different low-count days</source>
        <translation>استخدام أيام مختلفة لانخفاض تعداد الدم</translation>
    </message>
    <message>
        <source>Low-count days start, days after the dose</source>
        <translation>بداية أيام انخفاض تعداد الدم، بعدد الأيام بعد الجرعة</translation>
    </message>
    <message>
        <source>Low-count days end, days after the dose</source>
        <translation>نهاية أيام انخفاض تعداد الدم، بعدد الأيام بعد الجرعة</translation>
    </message>
    <message>
        <source>from day</source>
        <translation>من اليوم</translation>
    </message>
    <message>
        <source>to day</source>
        <translation>إلى اليوم</translation>
    </message>
    <message>
        <source>Low-count days</source>
        <translation>أيام انخفاض تعداد الدم</translation>
    </message>
    <message>
        <source>The last low-count day cannot be before the first.</source>
        <translation>لا يمكن أن يكون آخر يوم لانخفاض تعداد الدم قبل اليوم الأول.</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>النظام العلاجي</translation>
    </message>
    <message>
        <source>Log treatment</source>
        <translation>سجّل العلاج</translation>
    </message>
</context>
<context>
    <name>nc::TriageStore</name>
    <message>
        <source>The triage desk works on the clinic&apos;s server, not on a file.</source>
        <translation>يعمل مكتب الفرز على خادم العيادة، وليس على ملف.</translation>
    </message>
    <message>
        <source>This login is not one of the clinic&apos;s NeutroCare logins. Ask the clinic&apos;s NeutroCare administrator for a staff login.</source>
        <translation>اسم الدخول هذا ليس من أسماء دخول NeutroCare الخاصة بالعيادة. اطلب من مسؤول NeutroCare في العيادة اسم دخول للموظفين.</translation>
    </message>
    <message>
        <source>This is a %1 login: the triage desk is for clinic staff only. Patients and caregivers use NeutroCare itself.</source>
        <translation>هذا اسم دخول %1: مكتب الفرز مخصص لموظفي العيادة فقط. يستخدم المرضى ومقدّمو الرعاية تطبيق NeutroCare نفسه.</translation>
    </message>
    <message>
        <source>patient&apos;s</source>
        <translation>لمريض</translation>
    </message>
    <message>
        <source>caregiver&apos;s</source>
        <translation>لمقدّم رعاية</translation>
    </message>
    <message>
        <source>This server was set up before the triage desk. Ask the administrator to run: neutrocare-cli server init</source>
        <translation>أُعدّ هذا الخادم قبل وجود مكتب الفرز. اطلب من المسؤول تشغيل: neutrocare-cli server init</translation>
    </message>
    <message>
        <source>Choose the patient the call is about.</source>
        <translation>اختر المريض الذي تخصه المكالمة.</translation>
    </message>
    <message>
        <source>The disposition is less urgent than the one suggested (%1): say why.</source>
        <translation>التوجيه أقل إلحاحًا من التوجيه المقترح (%1): اذكر السبب.</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>اسم المتصل</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>رقم معاودة الاتصال</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>النصيحة</translation>
    </message>
    <message>
        <source>That call has no follow-up to mark as made.</source>
        <translation>لا توجد لهذه المكالمة متابعة يمكن وضع علامة على أنها تمت.</translation>
    </message>
</context>
<context>
    <name>nc::WalletCard</name>
    <message>
        <source>Chemotherapy alert card</source>
        <translation>بطاقة تنبيه العلاج الكيميائي</translation>
    </message>
    <message>
        <source>TEMPERATURE TRIGGERS — %1</source>
        <translation>عتبات درجة الحرارة — %1</translation>
    </message>
    <message>
        <source>⚠ CHEMOTHERAPY ALERT</source>
        <translation>⚠ تنبيه: علاج كيميائي</translation>
    </message>
    <message>
        <source>At risk of neutropenic sepsis — please read the back</source>
        <translation>معرَّض لخطر إنتان قلة العدلات — من فضلك اقرأ الوجه الخلفي</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>REGIMEN</source>
        <translation>النظام العلاجي</translation>
    </message>
    <message>
        <source>LAST TREATMENT</source>
        <translation>آخر علاج</translation>
    </message>
    <message>
        <source>CARE TEAM</source>
        <translation>فريق الرعاية الصحية</translation>
    </message>
    <message>
        <source>CARE TEAM — %1</source>
        <translation>فريق الرعاية الصحية — %1</translation>
    </message>
    <message>
        <source>In hours</source>
        <translation>أثناء ساعات الدوام</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>خارج ساعات الدوام</translation>
    </message>
    <message>
        <source>FOR EMERGENCY STAFF</source>
        <translation>لطاقم الطوارئ</translation>
    </message>
    <message>
        <source>Possible neutropenic sepsis: treat as an emergency</source>
        <translation>احتمال إنتان قلة العدلات: يُعامَل كحالة طارئة</translation>
    </message>
    <message>
        <source>This person is on chemotherapy and at risk of neutropenic sepsis.</source>
        <translation>هذا الشخص يتلقى العلاج الكيميائي ومعرَّض لخطر إنتان قلة العدلات.</translation>
    </message>
    <message>
        <source>Assess at once and give antibiotics within one hour — do not wait for the blood count.</source>
        <translation>قيّموا الحالة فورًا وأعطوا المضادات الحيوية خلال ساعة واحدة — لا تنتظروا نتيجة تعداد الدم.</translation>
    </message>
    <message>
        <source>Oncology team:</source>
        <translation>فريق الأورام:</translation>
    </message>
    <message>
        <source>out of hours</source>
        <translation>خارج ساعات الدوام</translation>
    </message>
    <message>
        <source>Cut along the marks, fold along the dashed line with the printed sides out, and keep the card with you. Show it at any hospital or urgent care.</source>
        <translation>قُصّ على طول العلامات، واطوِ على طول الخط المتقطع بحيث يكون الوجهان المطبوعان إلى الخارج، واحتفظ بالبطاقة معك. أظهرها في أي مستشفى أو مركز رعاية عاجلة.</translation>
    </message>
    <message>
        <source>Left: the front, for you. Right: the back, for emergency staff.
Print at actual size (not “fit to page”): folded, the card is %1 × %2 mm.</source>
        <translation>اليسار: الوجه الأمامي، لك. اليمين: الوجه الخلفي، لطاقم الطوارئ.
اطبع بالحجم الفعلي (وليس «ملاءمة للصفحة»): بعد الطي، يكون مقاس البطاقة %1 × %2 mm.</translation>
    </message>
</context>
<context>
    <name>nc::WhenToCallSheet</name>
    <message>
        <source>When to call your care team</source>
        <translation>متى تتصل بفريق الرعاية الصحية</translation>
    </message>
    <message>
        <source>Protocol: %1 (set by your clinic).</source>
        <translation>البروتوكول: %1 (حددته عيادتك).</translation>
    </message>
    <message>
        <source>Protocol: %1 — %2.</source>
        <translation>البروتوكول: %1 — %2.</translation>
    </message>
    <message>
        <source>An infection during chemotherapy can turn serious within hours. Keep this by the phone.</source>
        <translation>قد تصبح العدوى أثناء العلاج الكيميائي خطيرة خلال ساعات. احتفظ بهذه النشرة بجانب الهاتف.</translation>
    </message>
    <message>
        <source>⚠ Call now — day or night</source>
        <translation>⚠ اتصل الآن — ليلًا أو نهارًا</translation>
    </message>
    <message>
        <source>Do not wait until the morning.</source>
        <translation>لا تنتظر حتى الصباح.</translation>
    </message>
    <message>
        <source>Your temperature is</source>
        <translation>درجة حرارتك</translation>
    </message>
    <message>
        <source>or it stays</source>
        <translation>أو تبقى عند</translation>
    </message>
    <message>
        <source>for %1 or longer</source>
        <translation>لمدة %1 أو أكثر</translation>
    </message>
    <message>
        <source>or it is</source>
        <translation>أو تكون</translation>
    </message>
    <message>
        <source>or you have any of these, whatever your temperature:</source>
        <translation>أو لديك أيٌّ مما يلي، مهما كانت درجة حرارتك:</translation>
    </message>
    <message>
        <source>In hours</source>
        <translation>أثناء ساعات الدوام</translation>
    </message>
    <message>
        <source>Out of hours, nights and weekends</source>
        <translation>خارج ساعات الدوام، وفي الليل وعطلات نهاية الأسبوع</translation>
    </message>
    <message>
        <source>No answer? Go to the nearest emergency department or call your emergency number.</source>
        <translation>لا أحد يجيب؟ اذهب إلى أقرب قسم طوارئ أو اتصل برقم الطوارئ.</translation>
    </message>
    <message>
        <source>Call the same day</source>
        <translation>اتصل في اليوم نفسه</translation>
    </message>
    <message>
        <source>if you have one of these. Two or more of them: call now.</source>
        <translation>إذا كان لديك واحد من هذه الأعراض. اثنان أو أكثر منها: اتصل الآن.</translation>
    </message>
    <message>
        <source>Temperature %1?</source>
        <translation>درجة الحرارة %1؟</translation>
    </message>
    <message>
        <source>Take it again within %1. Call if it stays there or you feel worse.</source>
        <translation>أعد قياسها خلال %1. اتصل إذا بقيت كذلك أو شعرت بأنك أسوأ.</translation>
    </message>
    <message>
        <source>When you call, say:</source>
        <translation>عندما تتصل، قل:</translation>
    </message>
    <message>
        <source>I am having chemotherapy. My temperature is ______. My last treatment was on ______.</source>
        <translation>أتلقى العلاج الكيميائي. درجة حرارتي ______. كان آخر علاج لي في ______.</translation>
    </message>
    <message>
        <source>Calling for someone?</source>
        <translation>تتصل نيابةً عن شخص آخر؟</translation>
    </message>
    <message>
        <source>My %1, %2, is having chemotherapy. Their temperature is ______. Their last treatment was on ______.</source>
        <translation>أتصل بشأن %2 (%1). يتلقى العلاج الكيميائي. درجة حرارته ______. كان آخر علاج له في ______.</translation>
    </message>
    <message>
        <source>Check your temperature before paracetamol (acetaminophen) or ibuprofen; if high, call first. After a dose, if you feel hot, shivery or unwell, call even if the reading is normal.</source>
        <translation>قِس درجة حرارتك قبل تناول الباراسيتامول (أسيتامينوفين) أو الإيبوبروفين؛ وإذا كانت مرتفعة، فاتصل أولًا. وبعد تناول الجرعة، إذا شعرت بالسخونة أو الرعشة أو التوعك، فاتصل حتى لو كانت القراءة طبيعية.</translation>
    </message>
    <message>
        <source>Take it by mouth (or as your team showed you) — never in the bottom.</source>
        <translation>قِسها في الفم (أو كما علّمك فريقك) — ولا تقسها أبدًا في فتحة الشرج.</translation>
    </message>
    <message>
        <source>A fever usually needs antibiotics within an hour of arriving: go straight away if told to.</source>
        <translation>تحتاج الحمى عادةً إلى مضادات حيوية خلال ساعة من الوصول: اذهب فورًا إذا طُلب منك ذلك.</translation>
    </message>
</context>
<context>
    <name>nc::antipyretics</name>
    <message>
        <source>Paracetamol</source>
        <translation>باراسيتامول</translation>
    </message>
    <message>
        <source>Acetaminophen (Tylenol)</source>
        <translation>أسيتامينوفين (تايلينول)</translation>
    </message>
    <message>
        <source>Ibuprofen</source>
        <translation>إيبوبروفين</translation>
    </message>
    <message>
        <source>Naproxen</source>
        <translation>نابروكسين</translation>
    </message>
    <message>
        <source>Aspirin</source>
        <translation>أسبرين</translation>
    </message>
    <message>
        <source>Another anti-inflammatory painkiller (NSAID)</source>
        <translation>مسكّن آخر مضاد للالتهاب (NSAID)</translation>
    </message>
</context>
<context>
    <name>nc::assessjson</name>
    <message>
        <source>unknown protocol preset &quot;%1&quot;</source>
        <translation>الإعداد المسبق للبروتوكول «%1» غير معروف</translation>
    </message>
    <message>
        <source>must be a preset id or a protocol object</source>
        <translation>يجب أن يكون معرّف إعداد مسبق أو كائن بروتوكول</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>site</source>
        <translation>موضع القياس</translation>
    </message>
    <message>
        <source>a WBC needs its differential (neutrophils_pct, or segs_pct with optional bands_pct)</source>
        <translation>يحتاج عدد خلايا الدم البيضاء (WBC) إلى التعداد التفريقي (neutrophils_pct، أو segs_pct مع bands_pct اختياريًا)</translation>
    </message>
    <message>
        <source>must be exactly one of: anc; wbc with neutrophils_pct; wbc with segs_pct and optional bands_pct</source>
        <translation>يجب أن يكون واحدًا فقط مما يلي: anc؛ أو wbc مع neutrophils_pct؛ أو wbc مع segs_pct و bands_pct اختياريًا</translation>
    </message>
    <message>
        <source>treatment kind</source>
        <translation>نوع العلاج</translation>
    </message>
    <message>
        <source>is not a date like 2026-03-01</source>
        <translation>ليس تاريخًا بصيغة مثل 2026-03-01</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 365</source>
        <translation>يجب أن يكون عددًا صحيحًا من الأيام من 0 إلى 365</translation>
    </message>
    <message>
        <source>must be at least 1000 cells/µL</source>
        <translation>يجب ألا يقل عن 1000 cells/µL</translation>
    </message>
    <message>
        <source>the document must be one JSON object</source>
        <translation>يجب أن يكون المستند كائن JSON واحدًا</translation>
    </message>
    <message>
        <source>symptom code</source>
        <translation>رمز العَرَض</translation>
    </message>
    <message>
        <source>antipyretic</source>
        <translation>خافض الحرارة</translation>
    </message>
</context>
<context>
    <name>nc::callerKinds</name>
    <message>
        <source>The patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>A caregiver</source>
        <translation>مقدّم رعاية</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
</context>
<context>
    <name>nc::charts::AncChart</name>
    <message>
        <source>Blood count: neutrophils (ANC)</source>
        <translation>تعداد الدم: العدلات (ANC)</translation>
    </message>
    <message>
        <source>ANC measured by the lab</source>
        <translation>ANC كما قاسه المختبر</translation>
    </message>
    <message>
        <source>ANC worked out from the white count</source>
        <translation>ANC محسوب من عدد خلايا الدم البيضاء</translation>
    </message>
    <message>
        <source>Usual level (set by clinic)</source>
        <translation>المستوى المعتاد (حددته العيادة)</translation>
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
        <translation>%1/µL فأكثر</translation>
    </message>
    <message>
        <source>below %1/µL</source>
        <translation>أقل من %1/µL</translation>
    </message>
    <message>
        <source>%1 to under %2/µL</source>
        <translation>من %1 إلى أقل من %2/µL</translation>
    </message>
    <message>
        <source>Usual level set by the clinic: %1/µL</source>
        <translation>المستوى المعتاد الذي حددته العيادة: %1/µL</translation>
    </message>
    <message>
        <source>Lower limit of normal set by the clinic: %1/µL</source>
        <translation>الحد الأدنى الطبيعي الذي حددته العيادة: %1/µL</translation>
    </message>
    <message>
        <source>Latest count is 1 day old: out of date</source>
        <translation>مضى يوم واحد على آخر تعداد: لم يعد حديثًا</translation>
    </message>
    <message>
        <source>ANC (cells/µL, log scale)</source>
        <translation>ANC (cells/µL، مقياس لوغاريتمي)</translation>
    </message>
    <message>
        <source>No blood counts in this period.
Log a blood count from your lab results (Log ▸ Blood count, Ctrl+B) to see it here.</source>
        <translation>لا توجد تعدادات دم في هذه الفترة.
سجّل تعداد الدم من نتائج المختبر (سجّل ▸ تعداد الدم، Ctrl+B) لتراه هنا.</translation>
    </message>
    <message>
        <source>ANC %1/µL (%2)</source>
        <translation>ANC %1/µL (%2)</translation>
    </message>
    <message>
        <source>Measured by the lab</source>
        <translation>قاسه المختبر</translation>
    </message>
    <message>
        <source>Worked out from the white count and differential</source>
        <translation>محسوب من عدد خلايا الدم البيضاء والتعداد التفريقي</translation>
    </message>
    <message>
        <source>Lab: %1</source>
        <translation>المختبر: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message numerus="yes">
        <source>Latest count is %n days old: out of date</source>
        <translation>
            <numerusform>مضى على آخر تعداد %n يوم: لم يعد حديثًا</numerusform>
            <numerusform>مضى على آخر تعداد %n يوم: لم يعد حديثًا</numerusform>
            <numerusform>مضى على آخر تعداد %n يوم: لم يعد حديثًا</numerusform>
            <numerusform>مضى على آخر تعداد %n أيام: لم يعد حديثًا</numerusform>
            <numerusform>مضى على آخر تعداد %n يومًا: لم يعد حديثًا</numerusform>
            <numerusform>مضى على آخر تعداد %n يوم: لم يعد حديثًا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::charts::ChartRanges</name>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>This cycle</source>
        <translation>هذه الدورة</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>اختيار التواريخ</translation>
    </message>
</context>
<context>
    <name>nc::charts::ChartRenderer</name>
    <message>
        <source>Could not write the picture to %1.</source>
        <translation>تعذّر حفظ الصورة في %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>NeutroCare charts</source>
        <translation>الرسوم البيانية في NeutroCare</translation>
    </message>
    <message>
        <source>Temperature and blood count from %1 to %2</source>
        <translation>درجة الحرارة وتعداد الدم من %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>nc::charts::ChartsScreen</name>
    <message>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Period to show</source>
        <translation>الفترة المعروضة</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>First day to show</source>
        <translation>أول يوم يُعرض</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>Last day to show</source>
        <translation>آخر يوم يُعرض</translation>
    </message>
    <message>
        <source>Save &amp;picture…</source>
        <translation>حفظ الصو&amp;رة…</translation>
    </message>
    <message>
        <source>Save the charts as a PNG picture</source>
        <translation>حفظ الرسوم البيانية كصورة PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>حفظ بصيغة SVG…</translation>
    </message>
    <message>
        <source>Save the charts as an SVG drawing</source>
        <translation>حفظ الرسوم البيانية كرسم SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>رسوم SVG (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the charts to the clipboard</source>
        <translation>نسخ الرسوم البيانية إلى الحافظة</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>إعاد&amp;ة ضبط العرض</translation>
    </message>
    <message>
        <source>Reset pan and zoom</source>
        <translation>إعادة ضبط التحريك والتكبير</translation>
    </message>
    <message>
        <source>Temperature chart</source>
        <translation>الرسم البياني لدرجة الحرارة</translation>
    </message>
    <message>
        <source>Blood count chart</source>
        <translation>الرسم البياني لتعداد الدم</translation>
    </message>
    <message>
        <source>%1 to %2. Drag or use the arrow keys to move in time, the mouse wheel or + and − to zoom, Home to go back. Point at a reading to see its details.</source>
        <translation>من %1 إلى %2. اسحب أو استخدم مفاتيح الأسهم للتنقل عبر الزمن، وعجلة الفأرة أو + و− للتكبير والتصغير، وHome للعودة. أشِر إلى قراءة لترى تفاصيلها.</translation>
    </message>
    <message>
        <source>1 temperature reading from %1 to %2.</source>
        <translation>قراءة واحدة لدرجة الحرارة من %1 إلى %2.</translation>
    </message>
    <message>
        <source>%1 temperature readings from %2 to %3.</source>
        <translation>قراءات درجة الحرارة: %1، من %2 إلى %3.</translation>
    </message>
    <message>
        <source>1 blood count from %1 to %2.</source>
        <translation>تعداد دم واحد من %1 إلى %2.</translation>
    </message>
    <message>
        <source>%1 blood counts from %2 to %3.</source>
        <translation>تعدادات الدم: %1، من %2 إلى %3.</translation>
    </message>
    <message>
        <source>neutrocare-charts-%1</source>
        <translation>neutrocare-charts-%1</translation>
    </message>
    <message>
        <source>Save the charts</source>
        <translation>حفظ الرسوم البيانية</translation>
    </message>
    <message>
        <source>The charts were not saved</source>
        <translation>لم تُحفظ الرسوم البيانية</translation>
    </message>
</context>
<context>
    <name>nc::charts::TemperatureChart</name>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Fever or too low: call now</source>
        <translation>حمى أو انخفاض شديد: اتصل الآن</translation>
    </message>
    <message>
        <source>May be masked by a fever medicine</source>
        <translation>قد يكون دواء خافض للحرارة أخفى الحمى</translation>
    </message>
</context>
<context>
    <name>nc::charts::TemperatureChartModel</name>
    <message>
        <source>Fever, call now</source>
        <translation>حمى، اتصل الآن</translation>
    </message>
    <message>
        <source>Fever if it lasts %1 min</source>
        <translation>حمى إذا استمرت %1 دقيقة</translation>
    </message>
    <message>
        <source>Watch, check again</source>
        <translation>راقب وأعد القياس</translation>
    </message>
    <message>
        <source>Too low, call now</source>
        <translation>منخفضة جدًا، اتصل الآن</translation>
    </message>
    <message>
        <source>Temperature (%1)</source>
        <translation>درجة الحرارة (%1)</translation>
    </message>
    <message>
        <source>No temperatures in this period.
Log a temperature (Log ▸ Temperature, Ctrl+T) to see it here.</source>
        <translation>لا توجد درجات حرارة في هذه الفترة.
سجّل درجة الحرارة (سجّل ▸ درجة الحرارة، Ctrl+T) لتراها هنا.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Fever: call your care team</source>
        <translation>حمى: اتصل بفريق الرعاية الصحية</translation>
    </message>
    <message>
        <source>Too low: call your care team</source>
        <translation>منخفضة جدًا: اتصل بفريق الرعاية الصحية</translation>
    </message>
    <message>
        <source>May be masked: taken within %1 h of a fever-lowering medicine</source>
        <translation>قد تكون الحمى مخفيّة: قيست خلال %1 ساعة من تناول دواء خافض للحرارة</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
</context>
<context>
    <name>nc::charts::TimeChart</name>
    <message>
        <source>Chemotherapy dose</source>
        <translation>جرعة العلاج الكيميائي</translation>
    </message>
    <message>
        <source>G-CSF injection</source>
        <translation>حقنة G-CSF</translation>
    </message>
    <message>
        <source>Predicted low-count days (not a blood count)</source>
        <translation>أيام انخفاض تعداد الدم المتوقعة (ليست نتيجة تعداد دم)</translation>
    </message>
    <message>
        <source>Chemo</source>
        <translation>علاج كيميائي</translation>
    </message>
    <message>
        <source>Chemo: %1</source>
        <translation>علاج كيميائي: %1</translation>
    </message>
</context>
<context>
    <name>nc::charts::TreatmentOverlay</name>
    <message>
        <source>Low-count days: predicted, not a blood count (may be shorter with G-CSF)</source>
        <translation>أيام انخفاض تعداد الدم: متوقعة، وليست نتيجة تعداد دم (قد تكون أقصر مع G-CSF)</translation>
    </message>
    <message>
        <source>Low-count days: predicted, not a blood count</source>
        <translation>أيام انخفاض تعداد الدم: متوقعة، وليست نتيجة تعداد دم</translation>
    </message>
    <message>
        <source>Predicted, not a blood count</source>
        <translation>متوقعة، وليست نتيجة تعداد دم</translation>
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
        <translation>assess: لا يقبل أي وسيطات؛ فهو يقرأ من stdin</translation>
    </message>
    <message>
        <source>cannot read stdin</source>
        <translation>تعذّرت القراءة من stdin</translation>
    </message>
    <message>
        <source>score: takes no arguments; it reads stdin</source>
        <translation>score: لا يقبل أي وسيطات؛ فهو يقرأ من stdin</translation>
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
        <translation>أداة سطر الأوامر في NeutroCare.

الأوامر:
  assess                       يقرأ طلب تقييم (JSON) من stdin، ويكتب النتيجة (JSON)
  score                        يقرأ بنود MASCC و/أو CISNE (JSON) من stdin، ويكتب كل درجة
                               وفئتها (JSON): دعم القرار للأطباء والممرضين
  patients --db PATH [--add NAME]  يعرض الملفات الشخصية، أو ينشئ ملفًا جديدًا ويطبع معرّفه
  backup --db PATH [-o FILE]   ينسخ قاعدة البيانات احتياطيًا (الافتراضي: مجلد نسخها الاحتياطية)؛ ويطبع اسم الملف
  restore --db PATH FILE       يفحص FILE، وينسخ قاعدة البيانات احتياطيًا، ثم يضع FILE مكانها
  check --db PATH              يفحص ملف قاعدة البيانات: يطبع ok، أو ما فيه من خلل (رمز الخروج 1)
  import --db PATH --patient ID --format csv|fhir FILE
                               يقرأ السجلات (FILE - = stdin)؛ الكل أو لا شيء؛ ويطبع ما
                               خُزّن وما تُرك (المكررات، والرموز التي لا يتابعها التطبيق،
                               والنتائج التي أُدخلت خطأً)
  export --db PATH --patient ID --format csv|fhir FILE
                               يكتب سجلات الملف الشخصي (FILE - = stdout)؛ يحتوي FHIR على
                               درجات الحرارة ونتائج المختبر
  sheet --topic ID [--lang CODE] [--db PATH --patient ID] -o FILE.pdf
                               يطبع نشرة توعوية (sheet --list: الموضوعات)، وعند تحديد ملف شخصي
                               تتضمن بروتوكوله وأرقامه ووحدته ولغته
  card --db PATH --patient ID [--lang CODE] [--staff-lang CODE] [--name NAME] -o FILE.pdf
                               يطبع بطاقة الجيب التحذيرية؛ الوجه الخلفي بلغة --staff-lang، وباللغتين
                               معًا إذا اختلفت اللغتان
  report --db PATH --patient ID --from DATE --to DATE -o FILE.pdf [--include-notes]
                               يطبع تقرير مقدّم الرعاية/العيادة (التواريخ بصيغة YYYY-MM-DD)
  تقبل أوامر الطباعة --paper a4|letter (الافتراضي a4).

  server init --db URI [--backup-dir DIR]
                               يُعدّ خادم PostgreSQL للعيادة أو يرقّيه: الأدوار، والمخطط،
                               والأمان على مستوى الصفوف، وسجل التدقيق (مع pg_dump أولًا إذا كان
                               يحتوي على بيانات)؛ يمكن تشغيله مرة أخرى بأمان
  server add-user --db URI --role admin|staff|patient|caregiver --login NAME [--patient ID]
                               يضيف اسم دخول؛ تُقرأ كلمة مروره من stdin (سطر واحد)
  server link --db URI --caregiver LOGIN --patient ID
                               يسمح لاسم دخول مقدّم رعاية بقراءة بيانات مريض
  server users --db URI        يعرض أسماء الدخول: الاسم، والدور، والمرضى
  link --db PATH --patient ID --server URI --login NAME [--keep-password keyring|password-file]
                               يربط ملفًا شخصيًا بخادم عيادته باسم الدخول الذي أعطته
                               العيادة؛ تُقرأ كلمة المرور من stdin وتُحفظ في سلسلة مفاتيح سطح
                               المكتب (أو في ملف كلمات المرور الخاص بـ libpq، لا يقرؤه أحد غيرك)
  sync --db PATH [--patient ID]  يرسل ما تغيّر منذ آخر مزامنة؛ ويطبع ما أُرسل
                               وما زال ينتظر (رمز الخروج 1: تعذّر الوصول إلى الخادم أو رفض
                               الإرسال، في سطر واحد)
  unlink --db PATH --patient ID  ينهي الربط؛ ويبقى كل شيء على هذا الحاسوب
  يقبل --db مسار ملف أو خادم PostgreSQL (postgresql://… أو host=… dbname=…)؛
  وتأتي كلمة مرور الخادم نفسه من libpq (~/.pgpass، PGPASSWORD)، وليس من سطر الأوامر أبدًا.

رموز الخروج: 0 نجاح، 2 إدخال غير صالح (سطر واحد في stderr يذكر الحقل)، 1 أعطال أخرى.</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: مطلوب</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>وسيطة غير متوقعة «%1»</translation>
    </message>
    <message>
        <source>--db: %1: no such database</source>
        <translation>--db: %1: قاعدة البيانات هذه غير موجودة</translation>
    </message>
    <message>
        <source>--patient: there is no profile with the id %1</source>
        <translation>--patient: لا يوجد ملف شخصي بالمعرّف %1</translation>
    </message>
    <message>
        <source>expects one backup FILE</source>
        <translation>يتطلب ملف نسخة احتياطية واحدًا (FILE)</translation>
    </message>
    <message>
        <source>takes no FILE argument</source>
        <translation>لا يقبل الوسيطة FILE</translation>
    </message>
    <message>
        <source>--db names a PostgreSQL server; this command is for NeutroCare&apos;s own database files. Use %1 (docs/clinic-server.md).</source>
        <translation>--db يشير إلى خادم PostgreSQL؛ هذا الأمر مخصص لملفات قاعدة بيانات NeutroCare نفسها. استخدم %1 (docs/clinic-server.md).</translation>
    </message>
    <message>
        <source>Create a profile named &lt;name&gt;; prints its id.</source>
        <translation>إنشاء ملف شخصي باسم &lt;name&gt;؛ ويُطبع معرّفه.</translation>
    </message>
    <message>
        <source>--add: the name is empty</source>
        <translation>--add: الاسم فارغ</translation>
    </message>
    <message>
        <source>Write the backup to &lt;file&gt; instead of the backups folder.</source>
        <translation>كتابة النسخة الاحتياطية في &lt;file&gt; بدلًا من مجلد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>%1: already exists; a backup never overwrites a file</source>
        <translation>%1: موجود بالفعل؛ النسخة الاحتياطية لا تُكتب أبدًا فوق ملف موجود</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s amcheck extension</source>
        <translation>الامتداد amcheck في PostgreSQL</translation>
    </message>
    <message>
        <source>csv or fhir.</source>
        <translation>csv أو fhir.</translation>
    </message>
    <message>
        <source>The file, or - for %1.</source>
        <translation>الملف، أو - لاستخدام %1.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or fhir</source>
        <translation>--format: «%1» ليس csv ولا fhir</translation>
    </message>
    <message>
        <source>give one FILE, or - for %1</source>
        <translation>أعطِ FILE واحدًا، أو - لاستخدام %1</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>تعذّرت الكتابة إلى stdout</translation>
    </message>
    <message>
        <source> (and %1 more errors)</source>
        <translation> (وأخطاء أخرى عددها %1)</translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation>؛ لم يُستورد أي شيء</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1؛ لم يُستورد أي شيء</translation>
    </message>
    <message>
        <source>The clinic&apos;s server: postgresql://host/database or host=… dbname=….</source>
        <translation>خادم العيادة: postgresql://host/database أو host=… dbname=….</translation>
    </message>
    <message>
        <source>The login the clinic gave for this patient.</source>
        <translation>اسم الدخول الذي أعطته العيادة لهذا المريض.</translation>
    </message>
    <message>
        <source>Where the password is kept: keyring (the desktop&apos;s, the default) or password-file (libpq&apos;s, readable only by you).</source>
        <translation>مكان حفظ كلمة المرور: keyring (سلسلة مفاتيح سطح المكتب، وهو الافتراضي) أو password-file (ملف كلمات المرور الخاص بـ libpq، لا يقرؤه أحد غيرك).</translation>
    </message>
    <message>
        <source>--keep-password: &quot;%1&quot; is not keyring or password-file</source>
        <translation>--keep-password: «%1» ليس keyring ولا password-file</translation>
    </message>
    <message>
        <source>--db: a link starts from a patient&apos;s own file, not a server</source>
        <translation>--db: يبدأ الربط من ملف المريض نفسه، لا من خادم</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>كلمة المرور لـ %1: </translation>
    </message>
    <message>
        <source>stdin: the password is empty; give it as one line on stdin</source>
        <translation>stdin: كلمة المرور فارغة؛ أدخلها سطرًا واحدًا في stdin</translation>
    </message>
    <message>
        <source> To keep it in libpq&apos;s password file instead (readable only by you), run link again with --keep-password password-file.</source>
        <translation> لحفظها بدلًا من ذلك في ملف كلمات المرور الخاص بـ libpq (لا يقرؤه أحد غيرك)، شغّل link مرة أخرى مع --keep-password password-file.</translation>
    </message>
    <message>
        <source>--patient: profile %1 is not linked to a clinic (see link)</source>
        <translation>--patient: الملف الشخصي %1 غير مربوط بعيادة (انظر link)</translation>
    </message>
    <message>
        <source>--db: no profile in it is linked to a clinic (see link)</source>
        <translation>--db: لا يوجد فيها ملف شخصي مربوط بعيادة (انظر link)</translation>
    </message>
    <message>
        <source>profile %1: %2 (%3 records still to send)</source>
        <translation>الملف الشخصي %1: %2 (سجلات لم تُرسل بعد: %3)</translation>
    </message>
    <message>
        <source>--patient: profile %1 is not linked</source>
        <translation>--patient: الملف الشخصي %1 غير مربوط</translation>
    </message>
    <message>
        <source>no command given; see --help</source>
        <translation>لم يُحدَّد أي أمر؛ انظر --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>أمر غير معروف «%1»؛ انظر --help</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>ملف PDF المراد كتابته.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (الافتراضي) أو letter.</translation>
    </message>
    <message>
        <source>--paper: &quot;%1&quot; is not a4 or letter</source>
        <translation>--paper: «%1» ليس a4 ولا letter</translation>
    </message>
    <message>
        <source>List the topics, one id and title a line.</source>
        <translation>عرض الموضوعات، معرّف وعنوان في كل سطر.</translation>
    </message>
    <message>
        <source>The topic id (see --list).</source>
        <translation>معرّف الموضوع (انظر --list).</translation>
    </message>
    <message>
        <source>The language code (default: the patient&apos;s, else en).</source>
        <translation>رمز اللغة (الافتراضي: لغة المريض، وإلا en).</translation>
    </message>
    <message>
        <source>A protocol preset id or a clinic&apos;s protocol file (default: the patient&apos;s, else us-idsa).</source>
        <translation>معرّف إعداد مسبق للبروتوكول أو ملف بروتوكول العيادة (الافتراضي: بروتوكول المريض، وإلا us-idsa).</translation>
    </message>
    <message>
        <source>C or F (default: the patient&apos;s, else C).</source>
        <translation>C أو F (الافتراضي: وحدة المريض، وإلا C).</translation>
    </message>
    <message>
        <source>The clinic&apos;s name for the header.</source>
        <translation>اسم العيادة في رأس الصفحة.</translation>
    </message>
    <message>
        <source>The care team&apos;s number in hours.</source>
        <translation>رقم فريق الرعاية الصحية أثناء ساعات الدوام.</translation>
    </message>
    <message>
        <source>The care team&apos;s number out of hours.</source>
        <translation>رقم فريق الرعاية الصحية خارج ساعات الدوام.</translation>
    </message>
    <message>
        <source>--lang: no content in &quot;%1&quot; (there is: %2)</source>
        <translation>--lang: لا يوجد محتوى باللغة «%1» (المتاح: %2)</translation>
    </message>
    <message>
        <source>--topic: is required (see --list)</source>
        <translation>--topic: مطلوب (انظر --list)</translation>
    </message>
    <message>
        <source>--topic: unknown topic &quot;%1&quot; (see --list)</source>
        <translation>--topic: موضوع غير معروف «%1» (انظر --list)</translation>
    </message>
    <message>
        <source>--protocol: &quot;%1&quot; is neither a preset nor a readable file</source>
        <translation>--protocol: «%1» ليس إعدادًا مسبقًا ولا ملفًا يمكن قراءته</translation>
    </message>
    <message>
        <source>--unit: &quot;%1&quot; is not C or F</source>
        <translation>--unit: «%1» ليس C ولا F</translation>
    </message>
    <message>
        <source>The language of the page and the front (default: the patient&apos;s).</source>
        <translation>لغة الصفحة والوجه الأمامي (الافتراضي: لغة المريض).</translation>
    </message>
    <message>
        <source>The language of the back, for emergency staff (default: the clinic&apos;s as last chosen, else --lang); when it differs, the back speaks both.</source>
        <translation>لغة الوجه الخلفي، لطاقم الطوارئ (الافتراضي: لغة العيادة كما اختيرت آخر مرة، وإلا --lang)؛ إذا اختلفت، يُكتب الوجه الخلفي باللغتين.</translation>
    </message>
    <message>
        <source>The name on the card (default: the name on documents, else the profile&apos;s).</source>
        <translation>الاسم على البطاقة (الافتراضي: الاسم المستخدم في المستندات الرسمية، وإلا اسم الملف الشخصي).</translation>
    </message>
    <message>
        <source>%1: no language &quot;%2&quot; (there is: %3)</source>
        <translation>%1: لا توجد اللغة «%2» (المتاح: %3)</translation>
    </message>
    <message>
        <source>--name: the name is empty</source>
        <translation>--name: الاسم فارغ</translation>
    </message>
    <message>
        <source>cannot read profile %1</source>
        <translation>تعذّرت قراءة الملف الشخصي %1</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation>اليوم الأول (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The last day, included (YYYY-MM-DD).</source>
        <translation>اليوم الأخير، وهو مشمول (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Include the private notes.</source>
        <translation>تضمين الملاحظات الخاصة.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: «%2» ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--to: %1 is before --from %2</source>
        <translation>--to: %1 يسبق --from %2</translation>
    </message>
    <message>
        <source>--db: &quot;%1&quot; is a file; server commands take a PostgreSQL server (postgresql://… or host=… dbname=…)</source>
        <translation>--db: «%1» ملف؛ أوامر server تتطلب خادم PostgreSQL (postgresql://… أو host=… dbname=…)</translation>
    </message>
    <message>
        <source>Where the pg_dump taken before an upgrade goes (default: NeutroCare&apos;s data folder).</source>
        <translation>مكان حفظ نسخة pg_dump المأخوذة قبل الترقية (الافتراضي: مجلد بيانات NeutroCare).</translation>
    </message>
    <message>
        <source>admin, staff, patient or caregiver.</source>
        <translation>admin أو staff أو patient أو caregiver.</translation>
    </message>
    <message>
        <source>The new login&apos;s name.</source>
        <translation>اسم الدخول الجديد.</translation>
    </message>
    <message>
        <source>--role: &quot;%1&quot; is not admin, staff, patient or caregiver</source>
        <translation>--role: «%1» ليس admin ولا staff ولا patient ولا caregiver</translation>
    </message>
    <message>
        <source>Password for %1 (one line): </source>
        <translation>كلمة المرور لـ %1 (سطر واحد): </translation>
    </message>
    <message>
        <source>The caregiver&apos;s login.</source>
        <translation>اسم دخول مقدّم الرعاية.</translation>
    </message>
    <message>
        <source>server: expects init, add-user, link or users</source>
        <translation>server: يتطلب init أو add-user أو link أو users</translation>
    </message>
    <message>
        <source>server: unknown command &quot;%1&quot;; expects init, add-user, link or users</source>
        <translation>server: أمر غير معروف «%1»؛ يتطلب init أو add-user أو link أو users</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The profile&apos;s id (see patients).</source>
        <translation>معرّف الملف الشخصي (انظر patients).</translation>
    </message>
    <message>
        <source>--patient: &quot;%1&quot; is not a profile id</source>
        <translation>--patient: «%1» ليس معرّف ملف شخصي صالحًا</translation>
    </message>
    <message>
        <source>--patient: &quot;%1&quot; is not a patient id</source>
        <translation>--patient: «%1» ليس معرّف مريض صالحًا</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
</context>
<context>
    <name>nc::content::Fill</name>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Neutrophils per µL</source>
        <translation>العدلات لكل µL</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 أو أكثر</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>من %1 إلى أقل من %2</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>أقل من %1</translation>
    </message>
    <message>
        <source>%1 for %2 minutes or more</source>
        <translation>%1 لمدة %2 دقيقة أو أكثر</translation>
    </message>
</context>
<context>
    <name>nc::csv</name>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>يجب أن تكون القيمة true أو false</translation>
    </message>
    <message>
        <source>give either the anc, or the wbc with its differential, not both</source>
        <translation>أدخل إما anc، أو wbc مع التعداد التفريقي، وليس كليهما</translation>
    </message>
    <message>
        <source>a blood count needs the anc, or the wbc with its differential</source>
        <translation>يحتاج تعداد الدم إلى anc، أو إلى wbc مع التعداد التفريقي</translation>
    </message>
    <message>
        <source>give both nadir days, or neither</source>
        <translation>أدخل يومي أدنى مستوى (nadir) كليهما، أو لا تدخل أيًّا منهما</translation>
    </message>
    <message>
        <source>the last low-count day cannot be before the first</source>
        <translation>لا يمكن أن يكون آخر يوم لانخفاض تعداد الدم قبل اليوم الأول</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason code; separate codes with spaces</source>
        <translation>«%1» ليس رمز سبب؛ افصل بين الرموز بمسافات</translation>
    </message>
    <message>
        <source>the file is empty; it needs the header row</source>
        <translation>الملف فارغ؛ يجب أن يحتوي على صف العناوين</translation>
    </message>
    <message>
        <source>unknown column; the columns are listed in docs/csv-format.md</source>
        <translation>عمود غير معروف؛ الأعمدة مذكورة في docs/csv-format.md</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>العمود مذكور مرتين</translation>
    </message>
    <message>
        <source>the header has no kind column</source>
        <translation>صف العناوين لا يحتوي على العمود kind</translation>
    </message>
    <message>
        <source>has %1 cells but the header has %2</source>
        <translation>عدد خلاياه %1، بينما عدد خلايا صف العناوين %2</translation>
    </message>
</context>
<context>
    <name>nc::csv::RecordStream</name>
    <message>
        <source>a quoted cell is never closed</source>
        <translation>خلية تبدأ بعلامة اقتباس لا تُغلق أبدًا</translation>
    </message>
    <message>
        <source>text follows the closing quote; write a quote inside a quoted cell as two quotes</source>
        <translation>يوجد نص بعد علامة الاقتباس الختامية؛ لكتابة علامة اقتباس داخل خلية مقتبسة، اكتبها مرتين</translation>
    </message>
    <message>
        <source>a quote inside a cell that does not start with one; quote the whole cell</source>
        <translation>علامة اقتباس داخل خلية لا تبدأ بها؛ ضع الخلية كلها بين علامتي اقتباس</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>الملف ليس نصًا بترميز UTF-8؛ احفظه بصيغة «CSV UTF-8» وحاول مرة أخرى</translation>
    </message>
</context>
<context>
    <name>nc::csv::RowReader</name>
    <message>
        <source>is not used in %1 rows; leave it empty</source>
        <translation>لا يُستخدم في صفوف %1؛ اتركه فارغًا</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time with an offset, like 2026-03-10T08:00:00+01:00</source>
        <translation>ليس وقتًا بصيغة ISO 8601 مع فرق التوقيت، مثل 2026-03-10T08:00:00+01:00</translation>
    </message>
    <message>
        <source>is not a date like 2026-03-10</source>
        <translation>ليس تاريخًا بصيغة مثل 2026-03-10</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a dot for decimals)</source>
        <translation>«%1» ليس رقمًا (استخدم النقطة للكسور العشرية)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of days</source>
        <translation>«%1» ليس عددًا صحيحًا من الأيام</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known code (see docs/csv-format.md)</source>
        <translation>«%1» ليس رمزًا معروفًا (انظر docs/csv-format.md)</translation>
    </message>
</context>
<context>
    <name>nc::dispositions</name>
    <message>
        <source>Self-care advice, call back if worse</source>
        <translation>نصائح للرعاية الذاتية، ومعاودة الاتصال إذا ساءت الحالة</translation>
    </message>
    <message>
        <source>Review within 24 hours</source>
        <translation>مراجعة خلال 24 ساعة</translation>
    </message>
    <message>
        <source>Attend now: come in or go to the emergency department</source>
        <translation>الحضور الآن: إلى العيادة أو إلى قسم الطوارئ</translation>
    </message>
</context>
<context>
    <name>nc::fhir</name>
    <message>
        <source>(an observation without a code)</source>
        <translation>(Observation بلا رمز)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>JSON غير صالح: %1 عند الحرف %2</translation>
    </message>
    <message>
        <source>not a FHIR resource (a JSON object)</source>
        <translation>ليس موردًا من FHIR (كائن JSON)</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Bundle or an Observation</source>
        <translation>«%1» ليس Bundle ولا Observation</translation>
    </message>
</context>
<context>
    <name>nc::fhir::Reader</name>
    <message>
        <source>entry %1</source>
        <translation>الإدخال %1</translation>
    </message>
    <message>
        <source>entry %1 (Observation %2)</source>
        <translation>الإدخال %1 (Observation %2)</translation>
    </message>
    <message>
        <source>is required: a result without a time cannot be placed</source>
        <translation>مطلوب: لا يمكن وضع نتيجة بلا وقت في مكانها الزمني</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time with an offset, like 2026-03-10T08:00:00+01:00</source>
        <translation>«%1» ليس تاريخًا ووقتًا مع فرق التوقيت، مثل 2026-03-10T08:00:00+01:00</translation>
    </message>
    <message>
        <source>is required: this result has no number</source>
        <translation>مطلوب: هذه النتيجة بلا قيمة رقمية</translation>
    </message>
    <message>
        <source>the lab gave no exact value (&quot;%1&quot;); enter this result by hand</source>
        <translation>لم يعطِ المختبر قيمة دقيقة («%1»)؛ أدخل هذه النتيجة يدويًا</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>يجب أن يكون رقمًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a result NeutroCare can store (final, amended, corrected or preliminary)</source>
        <translation>«%1» ليست حالة نتيجة يستطيع NeutroCare تخزينها (final أو amended أو corrected أو preliminary)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit for a percentage; expected %</source>
        <translation>«%1» ليست وحدة للنسبة المئوية؛ المتوقع %</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a blood count unit NeutroCare reads (10*3/uL, 10*9/L, /uL, cells/uL)</source>
        <translation>«%1» ليست وحدة تعداد دم يقرؤها NeutroCare (10*3/uL، 10*9/L، /uL، cells/uL)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a temperature unit NeutroCare reads (Cel, [degF])</source>
        <translation>«%1» ليست وحدة درجة حرارة يقرؤها NeutroCare (Cel، [degF])</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a measurement site</source>
        <translation>«%1» ليس موضع قياس</translation>
    </message>
    <message>
        <source>the measured ANC of the same time was used</source>
        <translation>استُخدم ANC المَقيس في الوقت نفسه</translation>
    </message>
    <message>
        <source>a second, different %1 at the same time; which one is right cannot be told</source>
        <translation>توجد قيمة ثانية مختلفة لـ %1 في الوقت نفسه؛ ولا يمكن معرفة أيهما الصحيحة</translation>
    </message>
    <message>
        <source>no white cell count at the same time</source>
        <translation>لا يوجد عدد لخلايا الدم البيضاء في الوقت نفسه</translation>
    </message>
    <message>
        <source>no differential at the same time, so no ANC</source>
        <translation>لا يوجد تعداد تفريقي في الوقت نفسه، لذا لا يمكن حساب ANC</translation>
    </message>
    <message>
        <source>the total neutrophil % was used</source>
        <translation>استُخدمت النسبة المئوية (%) الكلية للعدلات</translation>
    </message>
</context>
<context>
    <name>nc::grading</name>
    <message>
        <source>Normal</source>
        <translation>طبيعي</translation>
    </message>
    <message>
        <source>Mild neutropenia</source>
        <translation>قلة عدلات خفيفة</translation>
    </message>
    <message>
        <source>Moderate neutropenia</source>
        <translation>قلة عدلات متوسطة</translation>
    </message>
    <message>
        <source>Severe neutropenia</source>
        <translation>قلة عدلات شديدة</translation>
    </message>
    <message>
        <source>Profound neutropenia</source>
        <translation>قلة عدلات عميقة</translation>
    </message>
</context>
<context>
    <name>nc::printing</name>
    <message>
        <source>cannot paint %1</source>
        <translation>تعذّر رسم %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>nc::recordkinds</name>
    <message>
        <source>Temperatures</source>
        <translation>درجات الحرارة</translation>
    </message>
    <message>
        <source>Blood counts</source>
        <translation>تعدادات الدم</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>الأعراض</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>العلاجات</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>الأدوية</translation>
    </message>
    <message>
        <source>Painkiller doses</source>
        <translation>جرعات المسكّنات</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
</context>
<context>
    <name>nc::records::FutureRule</name>
    <message>
        <source>is in the future (now is %1); only what has already happened can be stored</source>
        <translation>يقع في المستقبل (الوقت الآن %1)؛ لا يمكن تخزين إلا ما حدث بالفعل</translation>
    </message>
    <message>
        <source>is in the future (today is %1); only what has already happened can be stored</source>
        <translation>يقع في المستقبل (اليوم هو %1)؛ لا يمكن تخزين إلا ما حدث بالفعل</translation>
    </message>
</context>
<context>
    <name>nc::scorejson</name>
    <message>
        <source>burden of illness</source>
        <translation>شدة المرض</translation>
    </message>
    <message>
        <source>the document must be one JSON object</source>
        <translation>يجب أن يكون المستند كائن JSON واحدًا</translation>
    </message>
    <message>
        <source>give &quot;mascc&quot;, &quot;cisne&quot; or both</source>
        <translation>أدخل &quot;mascc&quot; أو &quot;cisne&quot; أو كليهما</translation>
    </message>
</context>
<context>
    <name>nc::sites</name>
    <message>
        <source>By mouth (oral)</source>
        <translation>في الفم (فموي)</translation>
    </message>
    <message>
        <source>In the ear (tympanic)</source>
        <translation>في الأذن (طبلي)</translation>
    </message>
    <message>
        <source>Forehead (temporal)</source>
        <translation>على الجبهة (صدغي)</translation>
    </message>
    <message>
        <source>Under the arm (axillary)</source>
        <translation>تحت الإبط (إبطي)</translation>
    </message>
    <message>
        <source>Rectal (not advised)</source>
        <translation>في الشرج (غير مستحسن)</translation>
    </message>
</context>
<context>
    <name>nc::symptoms</name>
    <message>
        <source>Shaking chills (rigors)</source>
        <translation>قشعريرة مع ارتجاف شديد (نافض)</translation>
    </message>
    <message>
        <source>Hard to breathe or short of breath</source>
        <translation>صعوبة في التنفس أو ضيق في النفس</translation>
    </message>
    <message>
        <source>Chest pain</source>
        <translation>ألم في الصدر</translation>
    </message>
    <message>
        <source>Confused or very drowsy</source>
        <translation>ارتباك أو نعاس شديد</translation>
    </message>
    <message>
        <source>Fainting or nearly fainting</source>
        <translation>إغماء أو شبه إغماء</translation>
    </message>
    <message>
        <source>Feeling very unwell, even without a fever</source>
        <translation>الشعور بتوعك شديد، حتى دون حمى</translation>
    </message>
    <message>
        <source>Bleeding that will not stop</source>
        <translation>نزيف لا يتوقف</translation>
    </message>
    <message>
        <source>No urine for 12 hours</source>
        <translation>عدم التبول لمدة 12 ساعة</translation>
    </message>
    <message>
        <source>Cannot keep fluids down</source>
        <translation>عدم القدرة على الاحتفاظ بالسوائل (تتقيأ ما تشربه)</translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation>ألم في الحلق</translation>
    </message>
    <message>
        <source>Mouth sores or ulcers</source>
        <translation>تقرحات أو قروح في الفم</translation>
    </message>
    <message>
        <source>New cough</source>
        <translation>سعال جديد</translation>
    </message>
    <message>
        <source>Burning or stinging when passing urine</source>
        <translation>حرقة أو لسع عند التبول</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>إسهال</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>قيء</translation>
    </message>
    <message>
        <source>A new rash</source>
        <translation>طفح جلدي جديد</translation>
    </message>
    <message>
        <source>Redness, swelling or pus at a wound or line site</source>
        <translation>احمرار أو تورم أو صديد في جرح أو في موضع القسطرة</translation>
    </message>
    <message>
        <source>Swollen glands (lymph nodes)</source>
        <translation>تورم الغدد (العقد اللمفاوية)</translation>
    </message>
    <message>
        <source>Chills or feeling cold</source>
        <translation>قشعريرة أو شعور بالبرد</translation>
    </message>
    <message>
        <source>Sores, ulcers or pain around the back passage (anus)</source>
        <translation>تقرحات أو قروح أو ألم حول فتحة الشرج</translation>
    </message>
    <message>
        <source>Needing to pass urine urgently or more often</source>
        <translation>الحاجة إلى التبول بشكل عاجل أو أكثر من المعتاد</translation>
    </message>
    <message>
        <source>A swollen, painful lump filled with pus (abscess)</source>
        <translation>كتلة متورمة ومؤلمة مليئة بالصديد (خُرّاج)</translation>
    </message>
    <message>
        <source>A cut or sore that is slow to heal</source>
        <translation>جرح أو قرحة بطيئة الالتئام</translation>
    </message>
    <message>
        <source>Pain in the belly (abdomen)</source>
        <translation>ألم في البطن</translation>
    </message>
    <message>
        <source>New or much worse tiredness</source>
        <translation>تعب جديد أو أسوأ بكثير من المعتاد</translation>
    </message>
</context>
<context>
    <name>nc::text</name>
    <message>
        <source>%1 characters, more than the %2 allowed; please shorten it</source>
        <translation>عدد الأحرف %1، وهو أكثر من الحد المسموح به (%2)؛ من فضلك اختصره</translation>
    </message>
    <message>
        <source>a control character (U+%1) at character %2; only tabs and line breaks are allowed</source>
        <translation>حرف تحكم (U+%1) عند الحرف %2؛ لا يُسمح إلا بعلامات الجدولة وفواصل الأسطر</translation>
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
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقتين</numerusform>
            <numerusform>منذ %n دقائق</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ %n ساعتين</numerusform>
            <numerusform>منذ %n ساعات</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>منذ %n يوم</numerusform>
            <numerusform>منذ %n يوم</numerusform>
            <numerusform>منذ %n يومين</numerusform>
            <numerusform>منذ %n أيام</numerusform>
            <numerusform>منذ %n يومًا</numerusform>
            <numerusform>منذ %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتين</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعتين</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يومين</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nc::treatments</name>
    <message>
        <source>Chemotherapy</source>
        <translation>العلاج الكيميائي</translation>
    </message>
    <message>
        <source>Filgrastim (daily G-CSF)</source>
        <translation>فيلغراستيم (G-CSF يومي)</translation>
    </message>
    <message>
        <source>Pegfilgrastim (G-CSF once a cycle)</source>
        <translation>بيغفيلغراستيم (G-CSF مرة واحدة في كل دورة)</translation>
    </message>
</context>
</TS>
