#pragma once

#include "EvaluationSheet.h"

#include <QStringList>

namespace kenshu {

// Next fiscal year's sheet from this year's: ratings carry over (GLOSSARY.md: an unchanged
// rating need not be entered again), the sheet starts in training. Items are those of
// `nextYearItemIds` in that order (the curriculum may change between years): an item kept
// keeps both ratings, a new item is unrated, a dropped item is gone.
EvaluationSheet carryOverToNextYear(const EvaluationSheet& thisYear,
                                    const QStringList& nextYearItemIds);

} // namespace kenshu
