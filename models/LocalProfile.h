#pragma once

#include "Actor.h"

namespace kenshu {

class Settings;

// The signed-in user as the local profile in Settings describes them, until sync brings real
// sign-in. A role other than resident, supervisor or director counts as resident: a typo in a
// settings file must not grant more rights.
Actor localActor(const Settings& settings);

} // namespace kenshu
