#include "CrymboStructureCheck.h"

CrymboStructureCheck::CrymboStructureCheck(const TargetSettings &settings, const QString &secret,
                                           const RemoteOptions &options, QObject *parent)
    : CrymboJob(settings, secret, {}, options, parent)
{}

void CrymboStructureCheck::run()
{
    readStructure([this](const CrymboKeyRules &rules) {
        m_rules = rules;
        finishRest(QString());
    });
}
