#pragma once

#include "DateRange.h"
#include "Directory.h"
#include "FormSchema.h"
#include "FormValidator.h"

#include <QJsonObject>

namespace kenshu {

// The facility's certification span (renewals joined) that a care period must lie in: the one
// holding its start, else its end, else the latest. Invalid when the facility is unknown or
// was never certified, so that no care period fits.
DateRange facilityCertificationFor(const DirectoryFacility* facility, const DateRange& carePeriod);

// The validation context of a case report form: its care period bounded by the certification
// of the facility chosen in `values`. No bound while no known facility is chosen (the
// required-field check speaks for an empty one).
FormValidationContext facilityValidationContext(const FormSchema& schema, const QJsonObject& values,
                                                const Directory& directory);

} // namespace kenshu
