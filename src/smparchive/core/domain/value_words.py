"""The labels the interface shows for the search language's values, by language,
key and value: taken as values by the query parser (``type:vidéo``).

Written by scripts/update_translations.py from the translations: do not edit.
"""

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "en": {
        "kind": {
            "photo": "Photo",
            "video": "Video",
            "audio": "Audio",
            "slides": "Slides",
            "document": "Document",
            "other": "Other",
        },
        "consent": {
            "cleared": "Cleared",
            "internal_only": "Internal only",
            "do_not_publish": "Do not publish",
            "unknown": "Unknown",
        },
        "status": {
            "ok": "Ok",
            "missing": "Missing",
            "offline": "Offline",
            "error": "Error",
            "warning": "Warning",
        },
        "flag": {"pick": "Pick", "reject": "Rejected", "none": "Unflagged"},
        "color": {
            "red": "Red",
            "yellow": "Yellow",
            "green": "Green",
            "blue": "Blue",
            "purple": "Purple",
        },
        "sort": {
            "name": "Name",
            "time": "Captured",
            "size": "Size",
            "added": "Added",
            "rating": "Rating",
        },
    },
    "fr": {
        "kind": {
            "photo": "Photo",
            "video": "Vidéo",
            "audio": "Audio",
            "slides": "Diaporama",
            "document": "Document",
            "other": "Autre",
        },
        "consent": {
            "cleared": "Autorisé",
            "internal_only": "Usage interne uniquement",
            "do_not_publish": "Ne pas publier",
            "unknown": "Inconnu",
        },
        "status": {
            "ok": "OK",
            "missing": "Manquant",
            "offline": "Hors ligne",
            "error": "Erreur",
            "warning": "Avertissement",
        },
        "flag": {"pick": "Retenu", "reject": "Rejeté", "none": "Sans drapeau"},
        "color": {
            "red": "Rouge",
            "yellow": "Jaune",
            "green": "Vert",
            "blue": "Bleu",
            "purple": "Violet",
        },
        "sort": {
            "name": "Nom",
            "time": "Prise de vue",
            "size": "Taille",
            "added": "Ajouté",
            "rating": "Note",
        },
    },
    "nl": {
        "kind": {
            "photo": "Foto",
            "video": "Video",
            "audio": "Audio",
            "slides": "Presentatie",
            "document": "Document",
            "other": "Overig",
        },
        "consent": {
            "cleared": "Vrijgegeven",
            "internal_only": "Alleen intern",
            "do_not_publish": "Niet publiceren",
            "unknown": "Onbekend",
        },
        "status": {
            "ok": "OK",
            "missing": "Ontbrekend",
            "offline": "Offline",
            "error": "Fout",
            "warning": "Waarschuwing",
        },
        "flag": {"pick": "Gekozen", "reject": "Afgewezen", "none": "Zonder vlag"},
        "color": {
            "red": "Rood",
            "yellow": "Geel",
            "green": "Groen",
            "blue": "Blauw",
            "purple": "Paars",
        },
        "sort": {
            "name": "Naam",
            "time": "Opgenomen",
            "size": "Grootte",
            "added": "Toegevoegd",
            "rating": "Beoordeling",
        },
    },
}
