#pragma once

#include "CrymboJob.h"

#include <optional>

// Logs in to Crymbo and reads its key structure, writing nothing, so that the preview can hold
// back what Crymbo will refuse before the person presses Send. Its report has no rows; a
// failure is its report's error.
class CrymboStructureCheck : public CrymboJob
{
    Q_OBJECT
public:
    CrymboStructureCheck(const TargetSettings &settings, const QString &secret,
                         const RemoteOptions &options = {}, QObject *parent = nullptr);

    // The structure once finished without error.
    const std::optional<CrymboKeyRules> &rules() const { return m_rules; }

protected:
    void run() override;

private:
    std::optional<CrymboKeyRules> m_rules;
};
