#include "follows.h"

#include <QSettings>

namespace nc::follows {

namespace {
const QString kGroup = QStringLiteral("follows");
}

QList<Follow> load()
{
    QSettings settings;
    QList<Follow> all;
    const int n = settings.beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        Follow follow { settings.value(QStringLiteral("server")).toString(),
            settings.value(QStringLiteral("patient")).toLongLong(),
            settings.value(QStringLiteral("name")).toString() };
        if (!follow.server.isEmpty() && follow.patientId > 0)
            all << follow;
    }
    settings.endArray();
    return all;
}

void save(const QList<Follow> &all)
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(all.size()));
    for (int i = 0; i < int(all.size()); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("server"), all.at(i).server);
        settings.setValue(QStringLiteral("patient"), all.at(i).patientId);
        settings.setValue(QStringLiteral("name"), all.at(i).name);
    }
    settings.endArray();
}

} // namespace nc::follows
