//! Feature requests and ideas: the vendor takes them on its feedback site, not as tickets.
//!
//! A text is a feature request when it says so ("feature request", "機能要望"), or when it
//! asks for something to be added ("please add", "czy można dodać", "추가해 주세요"), or
//! wishes for something ("it would be great if", "sería genial", "希望能") and names what is
//! wished for as something to add, support or make possible. Asking to add or wishing is
//! not enough when the text quotes an error code: that is a problem report that also wishes.

use super::tokens::read_text;
use crate::domain::split::text::{contains_any_cue, cue_position, lowercase_for_matching};

/// Phrases that name a feature request or an idea outright.
const NAMED: &[&str] = &[
    // English
    "feature request",
    "feature suggestion",
    "enhancement request",
    "product suggestion",
    "product idea",
    "idea for the product",
    "suggestion for improvement",
    "improvement suggestion",
    "wish list",
    "wishlist",
    "uservoice",
    "feedback portal",
    "feature idea",
    // Polish
    "prośba o funkcję",
    "prośba o nową funkcję",
    "prośba o nową funkcjonalność",
    "propozycja funkcji",
    "propozycja nowej funkcji",
    "propozycja usprawnienia",
    "sugestia zmiany",
    "pomysł na funkcję",
    "pomysł na usprawnienie",
    // Spanish
    "solicitud de función",
    "solicitud de funcionalidad",
    "solicitud de nueva funcionalidad",
    "petición de funcionalidad",
    "petición de mejora",
    "solicitud de mejora",
    "sugerencia de mejora",
    "propuesta de mejora",
    // Dutch
    "featureverzoek",
    "functieverzoek",
    "feature-verzoek",
    "verbetervoorstel",
    "verbeterverzoek",
    "idee voor het product",
    "suggestie voor verbetering",
    // Korean
    "기능 요청",
    "기능요청",
    "기능 추가 요청",
    "기능 개선 요청",
    "개선 요청",
    "기능 제안",
    "개선 제안",
    // Traditional Chinese
    "功能需求",
    "功能請求",
    "功能建議",
    "新功能需求",
    "改善建議",
    "產品建議",
    // Japanese
    "機能要望",
    "機能リクエスト",
    "改善要望",
    "機能追加の要望",
    "新機能の要望",
    "製品への要望",
];

/// Phrases that ask for something to be added or made possible.
const ASKING: &[&str] = &[
    // English
    "please add",
    "could you add",
    "can you add",
    "could you please add",
    "can you please add",
    "would you add",
    "please consider adding",
    "please implement",
    "please make it possible",
    "add support for",
    "add the ability",
    "add an option",
    "add a setting",
    // Polish
    "czy można dodać",
    "czy mogą państwo dodać",
    "czy moglibyście dodać",
    "czy możecie dodać",
    "prosimy o dodanie",
    "proszę o dodanie",
    "prośba o dodanie",
    "dodajcie",
    // Spanish
    "podrían añadir",
    "podrían agregar",
    "pueden añadir",
    "pueden agregar",
    "podéis añadir",
    "por favor añadan",
    "por favor agreguen",
    "por favor añadir",
    "por favor agregar",
    "nos gustaría que añadieran",
    "añadir la opción",
    "agregar la opción",
    "añadir soporte",
    "agregar soporte",
    // Dutch
    "kunt u een optie",
    "graag toevoegen",
    "graag zien we",
    "zouden graag zien",
    "zouden we graag",
    "willen graag de mogelijkheid",
    "optie toevoegen",
    "mogelijkheid toevoegen",
    "ondersteuning toevoegen",
    // Korean
    "추가해 주세요",
    "추가해주세요",
    "추가해 주시면",
    "추가해주시면",
    "추가해 주실 수",
    "추가 부탁",
    "가능하게 해 주세요",
    // Traditional Chinese
    "請新增",
    "請增加",
    "請加入",
    "建議新增",
    "建議增加",
    "建議加入",
    "能否新增",
    "能否增加",
    "能不能新增",
    "可否新增",
    "可否增加",
    "是否能新增",
    "是否可以新增",
    "是否可以增加",
    // Japanese
    "追加してほしい",
    "追加して欲しい",
    "追加していただけ",
    "追加して頂け",
    "追加をお願い",
    "できるようにしてほしい",
    "できるようにして欲しい",
    "できるようにしていただけ",
];

/// Phrases that wish for something.
const WISHING: &[&str] = &[
    // English
    "it would be great if",
    "it would be nice if",
    "it would be helpful if",
    "it would be useful if",
    "would be great to have",
    "would be nice to have",
    "would be helpful to have",
    "would be useful to have",
    "it'd be great if",
    "it'd be nice if",
    "would be a great addition",
    "we wish",
    "i wish",
    "we would like intune to",
    "we'd like intune to",
    "would love to see",
    "would like to see",
    "would like to be able to",
    "suggestion:",
    "idea:",
    // Polish
    "byłoby super",
    "byłoby świetnie",
    "byłoby fajnie",
    "byłoby dobrze",
    "byłoby wygodnie",
    "przydałaby się",
    "przydałoby się",
    "przydałyby się",
    "chcielibyśmy móc",
    "chcielibyśmy mieć możliwość",
    "sugestia:",
    "pomysł:",
    // Spanish
    "sería genial",
    "sería útil",
    "sería estupendo",
    "sería ideal",
    "sería bueno",
    "estaría bien",
    "ojalá",
    "nos gustaría poder",
    "nos gustaría que",
    "sugerencia:",
    "idea:",
    // Dutch
    "het zou mooi zijn",
    "het zou fijn zijn",
    "het zou handig zijn",
    "het zou geweldig zijn",
    "zou handig zijn",
    "zou fijn zijn",
    "zou mooi zijn",
    "zouden graag willen",
    "suggestie:",
    "idee:",
    // Korean
    "있으면 좋겠",
    "있었으면 좋겠",
    "되면 좋겠",
    "됐으면 좋겠",
    "하면 좋겠",
    "했으면 좋겠",
    "있으면 좋을",
    "되었으면 합니다",
    "제안:",
    // Traditional Chinese
    "希望能",
    "希望可以",
    "希望未來",
    "如果能",
    "如果可以",
    "就好了",
    "建議:",
    "建議：",
    // Japanese
    "あると便利",
    "あると助かり",
    "あると嬉しい",
    "あればいい",
    "できると嬉しい",
    "できると助かり",
    "できるようになると",
    "できるようになれば",
    "なると嬉しい",
    "希望します",
    "要望です",
    "ご検討いただけ",
    "要望:",
    "要望：",
];

/// Words that name what a wish is for: adding, supporting, an option, a feature, a setting.
const WISHED_FOR: &[&str] = &[
    // English
    "add ",
    "adding",
    "support for",
    "supported",
    "option",
    "feature",
    "ability",
    "possible to",
    "possibility",
    "could show",
    "could display",
    "would show",
    "allow us",
    "allowed us",
    "let us",
    "let admins",
    "be able to",
    "built-in",
    "natively",
    "new report",
    "column",
    "filter",
    "export",
    // Polish
    "dodać",
    "dodanie",
    "dodania",
    "opcj",
    "funkcj",
    "możliwość",
    "możliwości",
    "wsparcie dla",
    "obsługę",
    "raport",
    "kolumn",
    "filtr",
    "eksport",
    // Spanish
    "añadir",
    "agregar",
    "opción",
    "función",
    "funcionalidad",
    "posibilidad",
    "poder ",
    "soporte para",
    "compatibilidad con",
    "informe",
    "columna",
    "filtro",
    "exportar",
    // Dutch
    "toevoegen",
    "toegevoegd",
    "optie",
    "functie",
    "mogelijkheid",
    "ondersteuning voor",
    "kunnen ",
    "rapport",
    "kolom",
    "filter",
    "exporteren",
    // Korean
    "추가",
    "기능",
    "옵션",
    "가능하도록",
    "가능하게",
    "보고서",
    "필터",
    "내보내기",
    // Chinese
    "新增",
    "增加",
    "功能",
    "選項",
    "報表",
    "篩選",
    "匯出",
    // Japanese
    "追加",
    "機能",
    "オプション",
    "レポート",
    "フィルター",
    "エクスポート",
    "出力",
];

/// How far around a wish, in bytes, what is wished for is looked for.
const WISH_WINDOW_BEFORE: usize = 150;
const WISH_WINDOW_AFTER: usize = 200;

/// Whether a text reads as a feature request or an idea rather than a problem.
pub fn looks_like_feature_request(text: &str) -> bool {
    let bounded = match text.char_indices().nth(super::MAX_CHARS_READ) {
        Some((end, _)) => text.get(..end).unwrap_or(text),
        None => text,
    };
    let lower = lowercase_for_matching(bounded).replace('’', "'");
    if contains_any_cue(&lower, NAMED) {
        return true;
    }
    let quotes_an_error = !read_text(bounded).codes.is_empty();
    if quotes_an_error {
        return false;
    }
    contains_any_cue(&lower, ASKING) || wishes_for_something(&lower)
}

/// Whether a wish in the text names, near it, something to add or make possible.
fn wishes_for_something(lower: &str) -> bool {
    WISHING.iter().any(|wish| {
        let mut from = 0;
        while let Some(found) = lower.get(from..).and_then(|rest| cue_position(rest, wish)) {
            let at = from + found;
            let start = floor_boundary(lower, at.saturating_sub(WISH_WINDOW_BEFORE));
            let end = floor_boundary(lower, (at + wish.len() + WISH_WINDOW_AFTER).min(lower.len()));
            if contains_any_cue(lower.get(start..end).unwrap_or(""), WISHED_FOR) {
                return true;
            }
            from = at + wish.len();
        }
        false
    })
}

/// The nearest character boundary at or before `index`.
fn floor_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}
