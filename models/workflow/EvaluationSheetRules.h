#pragma once

#include "Decision.h"
#include "EvaluationSheet.h"
#include "TransitionContext.h"

namespace kenshu {

// Curriculum achievement evaluation sheet (GLOSSARY.md, seed 000): the supervisor rates only
// after the resident has rated every item; only a supervisor marks it completed, and only when
// every item is ○ on both sides; a completed sheet is read-only (for the resident until a
// supervisor sets it back to in training).

bool residentRatedAll(const EvaluationSheet& sheet);

// Every item is ○ from both the resident and the supervisor (and there is at least one item).
Decision evaluationCanComplete(const EvaluationSheet& sheet);

// Whether `actor` may change the ratings of `side` on `sheet` (the resident is the author).
Decision canRate(const EvaluationSheet& sheet, RatingSide side, const Actor& actor,
                 const RecordParties& parties);

// in_training <-> completed, by a supervisor other than the author; completing needs
// context.sheet and evaluationCanComplete.
Decision checkTransition(EvaluationState from, EvaluationState to, const Actor& actor,
                         const TransitionContext& context);
// The state-level gate of canRate for the resident's column (the author's edit).
Decision checkEdit(EvaluationState state, const Actor& actor, const RecordParties& parties);

} // namespace kenshu
