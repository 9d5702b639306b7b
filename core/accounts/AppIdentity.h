#pragma once

#include <QLatin1StringView>

// The names under which VZaps Desk keeps its settings and secrets. vzaps-desk sets them as
// its organization and application names; vzapsctl opens the same QSettings file with them,
// so both tools see the same profiles and the same keychain entries.
namespace vzaps::identity {

inline constexpr QLatin1StringView kOrganizationName{"VZaps Desk"};
inline constexpr QLatin1StringView kDeskApplicationName{"vzaps-desk"};
// The reverse-DNS id of vzaps-desk: its desktop entry's and icon's name, and the hint that
// lets the desktop map its notifications to it.
inline constexpr QLatin1StringView kApplicationId{"com.vzaps.Desk"};
// The keychain service every secret is filed under (the key names the profile).
inline constexpr QLatin1StringView kSecretService{"VZaps Desk"};

} // namespace vzaps::identity
