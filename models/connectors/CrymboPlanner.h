#pragma once

#include "CrymboCredentials.h"
#include "CrymboKeyRules.h"
#include "MappedEdits.h"
#include "TargetPlan.h"
#include "TargetSettings.h"

#include <QCoreApplication>
#include <optional>

// Crymbo's usersMeta (docs/API.md, "Crymbo"): log in for a token, read the allowed keys, then
// per (user, key) find the stored object and update it by its id, or create it.
class CrymboPlanner
{
    Q_DECLARE_TR_FUNCTIONS(CrymboPlanner)
public:
    static const char *const kLoginPath;
    static const char *const kStructurePath;
    static const char *const kMetaPath;

    struct Prepared
    {
        QList<MappedEdit> edits; // one per (user, key)
        QList<TargetHeldBack> heldBack;
        int editCount = 0;
    };

    // Without `rules` (not read yet), only what needs no structure is checked.
    static Prepared prepare(const QList<MetaEdit> &edits, const RemoteIdMap &ids,
                            const std::optional<CrymboKeyRules> &rules);

    static TargetRequest loginRequest(const QString &username, const CrymboCredentials &creds);
    static TargetRequest structureRequest(const QString &token);
    static TargetRequest findRequest(const QString &userId, const QString &key,
                                     const QString &token);
    static TargetRequest createRequest(const MappedEdit &edit, const QString &token);
    static TargetRequest updateRequest(const QString &id, const MappedEdit &edit,
                                       const QString &token);
    // The preview: login, structure, then per edit a find and an update or create.
    static TargetPlan plan(const TargetSettings &settings, const Prepared &prepared);
};
