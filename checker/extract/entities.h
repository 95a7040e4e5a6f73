// Subjects claims are about: entities from rule packs and ones discovered in the text.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checker/core/error.h"

namespace checker {

struct Entity {
  std::string id;       // "baikonur" (packs) or a slug of the proper name (discovered)
  std::string name;     // canonical name for reports
  std::string type;     // "bridge", or the head noun of a discovered phrase
  std::vector<std::string> aliases;
  bool discovered = false;
  bool bare = false;  // discovered as a name without head noun ("Tayler Mane"; discovery.h)
};

/// Reads rules/entities/*.json: {"entities": [{"id", "name", "type", "aliases": [...]}]}.
Result<std::vector<Entity>> entities_from_json(const nlohmann::json& j, const std::string& file);

/// A stable id from a name: folded, non-alphanumerics to "-" ("Pont de Vardenne" -> "pont-de-vardenne").
std::string slug(const std::string& name);

}  // namespace checker
