#include "EvaluationCarryOver.h"

#include <QHash>

namespace kenshu {

EvaluationSheet carryOverToNextYear(const EvaluationSheet& thisYear,
                                    const QStringList& nextYearItemIds)
{
    QHash<QString, const EvaluationItem*> previous;
    for (const EvaluationItem& item : thisYear.items)
        previous.insert(item.id, &item);

    EvaluationSheet next{thisYear.fiscalYear + 1, EvaluationState::InTraining, {}};
    next.items.reserve(static_cast<std::size_t>(nextYearItemIds.size()));
    for (const QString& id : nextYearItemIds) {
        const EvaluationItem* old = previous.value(id);
        next.items.push_back(old ? EvaluationItem{id, old->resident, old->supervisor}
                                 : EvaluationItem{id, Rating::Unrated, Rating::Unrated});
    }
    return next;
}

} // namespace kenshu
