#include "Store.h"

void Store::fetchUsersAt(qint64, const UserQuery &, qint64, int, QObject *context,
                         Callback<UserPage> done)
{
    reply<UserPage>(context, done, {{}, tr("This store cannot jump to a position.")});
}
