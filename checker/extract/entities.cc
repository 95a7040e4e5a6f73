// Entity packs and ids.
#include "checker/extract/entities.h"

#include "checker/extract/pack_json.h"
#include "checker/text/fold.h"

namespace checker {

std::string slug(const std::string& name) {
  std::string out;
  for (char c : fold(name)) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

Result<std::vector<Entity>> entities_from_json(const nlohmann::json& j, const std::string& file) {
  Diagnostics errors;
  JsonFields f(file, &errors);
  std::vector<Entity> out;
  const nlohmann::json* list = nullptr;
  if (f.array(j, "", "entities", &list, true) && list) {
    for (size_t i = 0; i < list->size(); ++i) {
      const std::string ptr = "/entities/" + std::to_string(i);
      const auto& e = (*list)[i];
      if (!e.is_object()) { f.fail(ptr, "expected an object"); continue; }
      Entity ent;
      f.string(e, ptr, "id", &ent.id, true);
      f.string(e, ptr, "name", &ent.name, true);
      f.string(e, ptr, "type", &ent.type, false);
      f.strings(e, ptr, "aliases", &ent.aliases, false);
      ent.aliases.push_back(ent.name);
      out.push_back(std::move(ent));
    }
  }
  if (!errors.empty()) return errors.front();
  return out;
}

}  // namespace checker
