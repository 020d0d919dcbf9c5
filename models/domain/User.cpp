#include "User.h"

#include <QStringList>

QString User::fullName() const
{
    QStringList parts;
    for (const QString *p : {&firstName, &middleName, &lastName}) {
        if (!p->isEmpty())
            parts << *p;
    }
    return parts.join(QLatin1Char(' '));
}
