package org.youthimages.storage.demo;

import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.translation.EditionTranslations;
import org.youthimages.storage.translation.TranslatableText;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo edition's texts in the other five languages of the public site, given through the organisers' own
 * translation service, so an entrant reading in Arabic or Chinese sees the demo's themes and rules in that language.
 */
final class DemoTranslations {

    /** The languages of each row's translations, in order. */
    private static final List<String> LANGUAGES = List.of("fr", "es", "ar", "zh", "ru");
    /** The edition's name as {@link DemoEditionPlan} writes it: its translations take the year too. */
    private static final String NAME = DemoEditionPlan.NAME;

    /** Each text as written in English, then in each of {@link #LANGUAGES}. */
    private static final List<List<String>> ROWS = List.of(
            row(NAME,
                    "Youth Images %d (démo)",
                    "Youth Images %d (demostración)",
                    "Youth Images %d (نسخة تجريبية)",
                    "Youth Images %d（演示）",
                    "Youth Images %d (демо)"),
            row("Migration, diversity and social inclusion: show us the stories of " +
                    "people on the move, and of communities that welcome them.",
                    "Migration, diversité et inclusion sociale : montrez-nous les " +
                        "histoires de personnes en mouvement et des communautés qui les " +
                        "accueillent.",
                    "Migración, diversidad e inclusión social: muéstrennos las historias " +
                        "de personas en movimiento y de las comunidades que las acogen.",
                    "الهجرة والتنوع والإدماج الاجتماعي: أرونا قصص الناس في تنقّلهم، وقصص " +
                        "المجتمعات التي ترحّب بهم.",
                    "移民、多样性与社会包容：请讲述迁徙中的人们的故事，以及接纳他们的社区的故事。",
                    "Миграция, многообразие и социальная интеграция: покажите нам истории " +
                        "людей в пути и сообществ, которые их принимают."),
            row("Films from 1 to 5 minutes, made by young people aged 9 to 25. Any " +
                    "genre, any camera, any language with English subtitles.",
                    "Films de 1 à 5 minutes, réalisés par des jeunes de 9 à 25 ans. Tous " +
                        "les genres, toutes les caméras, toutes les langues avec des " +
                        "sous-titres anglais.",
                    "Películas de 1 a 5 minutos, hechas por jóvenes de 9 a 25 años. " +
                        "Cualquier género, cualquier cámara, cualquier idioma con subtítulos " +
                        "en inglés.",
                    "أفلام مدتها من دقيقة إلى خمس دقائق، يصنعها شباب تتراوح أعمارهم بين 9 " +
                        "و25 عامًا. أي نوع، وأي كاميرا، وأي لغة مع ترجمة إلى الإنجليزية.",
                    "影片时长1至5分钟，由9至25岁的年轻人创作。不限类型、不限拍摄设备、不限语言，但须配英文字幕。",
                    "Фильмы длительностью от 1 до 5 минут, снятые молодыми людьми в " +
                        "возрасте от 9 до 25 лет. Любой жанр, любая камера, любой язык с " +
                        "английскими субтитрами."),
            row("Up to 12",
                    "Jusqu’à 12 ans",
                    "Hasta 12 años",
                    "حتى 12 عامًا",
                    "12岁及以下",
                    "До 12 лет"),
            row("13 to 17",
                    "13 à 17 ans",
                    "De 13 a 17 años",
                    "من 13 إلى 17 عامًا",
                    "13至17岁",
                    "От 13 до 17 лет"),
            row("18 to 25",
                    "18 à 25 ans",
                    "De 18 a 25 años",
                    "من 18 إلى 25 عامًا",
                    "18至25岁",
                    "От 18 до 25 лет"),
            row("Migration",
                    "Migration",
                    "Migración",
                    "الهجرة",
                    "移民",
                    "Миграция"),
            row("Journeys, arrivals and belonging",
                    "Voyages, arrivées et appartenance",
                    "Viajes, llegadas y pertenencia",
                    "رحلات ووصول وانتماء",
                    "旅程、抵达与归属",
                    "Путь, прибытие и принадлежность"),
            row("Diversity",
                    "Diversité",
                    "Diversidad",
                    "التنوع",
                    "多样性",
                    "Многообразие"),
            row("Living together with our differences",
                    "Vivre ensemble avec nos différences",
                    "Convivir con nuestras diferencias",
                    "العيش معًا باختلافاتنا",
                    "在差异中共同生活",
                    "Жить вместе, несмотря на различия"),
            row("Social inclusion",
                    "Inclusion sociale",
                    "Inclusión social",
                    "الإدماج الاجتماعي",
                    "社会包容",
                    "Социальная интеграция"),
            row("Making room for everyone",
                    "Faire une place à chacun",
                    "Hacer lugar para todos",
                    "مكان للجميع",
                    "为每个人留出空间",
                    "Место для каждого"),
            row("Countering xenophobia",
                    "Contrer la xénophobie",
                    "Contra la xenofobia",
                    "مواجهة كراهية الأجانب",
                    "反对仇外心理",
                    "Противодействие ксенофобии"),
            row("Answering fear and hate",
                    "Répondre à la peur et à la haine",
                    "Responder al miedo y al odio",
                    "الرد على الخوف والكراهية",
                    "回应恐惧与仇恨",
                    "Ответ страху и ненависти"),
            row("Combating xenophobia and discrimination",
                    "Lutter contre la xénophobie et la discrimination",
                    "Combatir la xenofobia y la discriminación",
                    "مكافحة كراهية الأجانب والتمييز",
                    "反对仇外心理与歧视",
                    "Борьба с ксенофобией и дискриминацией"),
            row("Responsible narratives on migration",
                    "Récits responsables sur la migration",
                    "Relatos responsables sobre la migración",
                    "روايات مسؤولة عن الهجرة",
                    "负责任的移民叙事",
                    "Ответственные рассказы о миграции"),
            row("International jury",
                    "Jury international",
                    "Jurado internacional",
                    "لجنة التحكيم الدولية",
                    "国际评审团",
                    "Международное жюри"),
            row("Message and relevance to the theme",
                    "Message et pertinence pour le thème",
                    "Mensaje y pertinencia para el tema",
                    "الرسالة وصلتها بالموضوع",
                    "主旨及与主题的相关性",
                    "Идея и соответствие теме"),
            row("Storytelling",
                    "Narration",
                    "Narración",
                    "السرد",
                    "叙事",
                    "Повествование"),
            row("Originality and creativity",
                    "Originalité et créativité",
                    "Originalidad y creatividad",
                    "الأصالة والإبداع",
                    "原创性与创造力",
                    "Оригинальность и творчество"),
            row("Does the film speak to migration, diversity or inclusion in a way that stays with you?",
                    "Le film parle-t-il de migration, de diversité ou d’inclusion d’une manière qui vous marque ?",
                    "¿La película habla de migración, diversidad o inclusión de una manera que se queda con usted?",
                    "هل يتناول الفيلم الهجرة أو التنوع أو الإدماج بطريقة تبقى في الذاكرة؟",
                    "影片是否以令人难忘的方式讲述移民、多样性或包容？",
                    "Говорит ли фильм о миграции, многообразии или интеграции так, что это запоминается?"),
            row("Is the story clear and engaging from beginning to end?",
                    "L’histoire est-elle claire et captivante du début à la fin ?",
                    "¿La historia es clara y atrapa de principio a fin?",
                    "هل القصة واضحة ومشوّقة من البداية إلى النهاية؟",
                    "故事是否从头到尾清晰而引人入胜？",
                    "Ясна ли история и увлекает ли она от начала до конца?"),
            row("Does the film find its own way of showing its subject?",
                    "Le film trouve-t-il sa propre manière de montrer son sujet ?",
                    "¿La película encuentra su propia manera de mostrar su tema?",
                    "هل يجد الفيلم طريقته الخاصة في عرض موضوعه؟",
                    "影片是否找到了呈现其主题的独特方式？",
                    "Находит ли фильм свой собственный способ показать тему?"),
            row("Image, sound and editing, judged for what the film-maker had, not for the budget.",
                    "Image, son et montage, jugés selon les moyens du cinéaste, pas selon le budget.",
                    "Imagen, sonido y montaje, valorados según los medios de quien filma, no según el presupuesto.",
                    "الصورة والصوت والمونتاج، تُقيَّم بحسب ما توفّر لصانع الفيلم، لا بحسب الميزانية.",
                    "画面、声音与剪辑，根据创作者所拥有的条件评判，而非预算。",
                    "Изображение, звук и монтаж оцениваются по возможностям автора, а не по бюджету."),
            row("Technical craft",
                    "Qualité technique",
                    "Calidad técnica",
                    "الجودة التقنية",
                    "技术水准",
                    "Техническое мастерство"),
            row("Weak", "Faible", "Débil", "ضعيف", "较弱", "Слабо"),
            row("Fair", "Passable", "Aceptable", "مقبول", "一般", "Удовлетворительно"),
            row("Strong", "Solide", "Sólido", "جيد", "良好", "Хорошо"),
            row("Outstanding", "Remarquable", "Sobresaliente", "متميز", "出色", "Отлично"));

    private DemoTranslations() {
    }

    private static List<String> row(String english, String... translations) {
        if (translations.length != LANGUAGES.size()) {
            throw new IllegalArgumentException("A row of the demo's translations has " + translations.length
                    + " languages: " + english);
        }
        return Stream.concat(Stream.of(english), Arrays.stream(translations)).toList();
    }

    /**
     * Gives the demo edition's texts that have no translation yet in every language of the table, as its
     * organiser; translations already there (the demo's own or an organiser's) are left as they are.
     */
    static void fillIn(EditionTranslations translations, ActingAccount organiser, Edition edition) {
        List<TranslatableText> texts = translations.texts(organiser, edition.id());
        for (int column = 1; column <= LANGUAGES.size(); column++) {
            String language = LANGUAGES.get(column - 1);
            Map<String, String> existing = translations.translations(organiser, edition.id(), language);
            Map<String, String> byEnglish = new HashMap<>();
            for (List<String> row : ROWS) {
                byEnglish.put(row.getFirst(), row.get(column));
            }
            Map<String, String> translated = new HashMap<>();
            for (TranslatableText text : texts) {
                if (existing.containsKey(text.key())) {
                    continue;
                }
                if (text.field() == TranslatableText.Field.EDITION_NAME) {
                    translated.put(text.key(), byEnglish.get(NAME).formatted(edition.year()));
                } else if (!text.original().isBlank() && byEnglish.containsKey(text.original())) {
                    translated.put(text.key(), byEnglish.get(text.original()));
                }
            }
            if (!translated.isEmpty()) {
                translations.save(organiser, edition.id(), language, translated);
            }
        }
    }
}
