#pragma once

#include "MainWindow.h"
#include "items/UsersTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QTest>

// A file answers from its store's worker thread, never while the window waits: after opening
// one, wait until the window shows it (its accounts, its fields as column actions, the first
// page of users).
inline bool waitUntilShown(MainWindow &window, int timeoutMs = 20000)
{
    return QTest::qWaitFor(
        [&window] {
            const auto *accounts = window.findChild<QComboBox *>(QStringLiteral("accountPicker"));
            bool fields = false;
            for (const QAction *action : window.findChildren<QAction *>()) {
                if (action->objectName().startsWith(QLatin1String("column_")))
                    fields = true;
            }
            return accounts && accounts->count() > 0 && fields &&
                   window.usersModel()->accountId() > 0 && window.usersModel()->isLoaded();
        },
        timeoutMs);
}
