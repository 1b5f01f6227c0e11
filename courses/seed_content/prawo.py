"""Kurs „Prawo migracyjne w praktyce urzędu”.

Treści prawne według stanu na 2026-10-01; przed użyciem wymagają potwierdzenia
przez zespół prawny urzędu (requires_legal_review).
"""

COURSE = {
    "slug": "prawo-migracyjne",
    "title": "Prawo migracyjne w praktyce urzędu",
    "area": "migration_law",
    "summary": (
        "Praktyczny kurs podstaw prawa migracyjnego i postępowania administracyjnego dla "
        "pracowników wydziałów spraw cudzoziemców. Omawia legalizację pobytu i pracy, terminy i "
        "środki przeciwko bezczynności, postępowanie dowodowe, decyzje i odwołania oraz codzienną "
        "praktykę obsługi wniosków."
    ),
    "audience": (
        "Pracownicy urzędów wojewódzkich obsługujący sprawy cudzoziemców – stanowiska obsługi "
        "bezpośredniej, infolinie, osoby prowadzące postępowania pobytowe i w sprawach pracy "
        "cudzoziemców."
    ),
    "estimated_minutes": 175,
    "objectives": [
        (
            "Rozróżniać podstawowe tytuły pobytowe i wskazywać organ właściwy w pierwszej i "
            "drugiej instancji."
        ),
        (
            "Wyjaśniać klientom różnicę między legalnym pobytem a prawem do pracy oraz wskazywać "
            "formy legalizacji pracy po zmianach z 2025 r."
        ),
        "Stosować przepisy KPA o terminach, zawiadamianiu o zwłoce i ponagleniu.",
        (
            "Zapewniać stronie czynny udział w postępowaniu i odróżniać braki formalne od braków "
            "dowodowych."
        ),
        "Poprawnie informować o decyzji, terminie i drodze wniesienia odwołania.",
        (
            "Stosować dobre praktyki obsługi: kompletność formalna, wezwania, osobiste "
            "stawiennictwo i rzetelna informacja."
        ),
        (
            "Rozpoznawać sytuacje, w których treść prawną trzeba potwierdzić z zespołem prawnym "
            "urzędu."
        ),
    ],
    "validity_months": 12,
    "retraining_days": 21,
    "session_required": True,
    "sequential": True,
    "legal_content_date": "2026-10-01",
    "requires_legal_review": True,
    "lessons": [
        {
            "slug": "legalizacja-pobytu",
            "title": "Legalizacja pobytu: tytuły pobytowe i organy",
            "estimated_minutes": 25,
            "intro": (
                "Lekcja porządkuje podstawowe tytuły pobytowe, o które cudzoziemcy ubiegają się w "
                "urzędzie wojewódzkim: zezwolenie na pobyt czasowy (w tym zezwolenie na pobyt "
                "czasowy i pracę), zezwolenie na pobyt stały oraz zezwolenie na pobyt rezydenta "
                "długoterminowego UE. Dowiesz się, kto rozstrzyga sprawy w pierwszej i w drugiej "
                "instancji, do kiedy trzeba złożyć wniosek i co dzieje się z legalnością pobytu w "
                "czasie trwania postępowania."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Dlaczego pracownik obsługi musi znać mapę tytułów "
                        "pobytowych</h2><p>Cudzoziemiec, który podchodzi do stanowiska obsługi, "
                        "rzadko pyta o konkretny przepis. Częściej pyta: „Co mam zrobić, żeby "
                        "zostać w Polsce?”, „Czy mogę dalej pracować?” albo „Co się stanie, gdy "
                        "skończy mi się wiza?”. Aby odpowiedzieć rzetelnie, trzeba najpierw "
                        "rozpoznać, w jakiej sytuacji prawnej znajduje się ta osoba i jakie "
                        "postępowanie wchodzi w grę. Pracownik nie rozstrzyga sprawy przy "
                        "stanowisku, ale od jego pierwszej informacji często zależy, czy klient "
                        "złoży właściwy wniosek i czy zrobi to na czas.</p><p>Podstawowym aktem "
                        "prawnym jest <strong>ustawa z dnia 12 grudnia 2013 r. o "
                        "cudzoziemcach</strong>. Określa ona rodzaje zezwoleń pobytowych, warunki "
                        "ich udzielania, organy właściwe oraz szczególne reguły postępowania. W "
                        "sprawach, których ustawa nie reguluje odmiennie, stosuje się "
                        "<strong>Kodeks postępowania administracyjnego</strong> (KPA). Sprawa "
                        "pobytowa jest więc zwykłą sprawą administracyjną zakończoną decyzją, ale "
                        "z wieloma odrębnościami, które trzeba znać.</p><h3>Na jakiej podstawie "
                        "cudzoziemiec może legalnie przebywać w Polsce</h3><p>Legalny pobyt może "
                        "wynikać z różnych podstaw, na przykład:</p><ul><li>z wizy krajowej lub "
                        "wizy Schengen,</li><li>z ruchu bezwizowego – jeżeli obywatele danego "
                        "państwa z niego korzystają i nie przekroczono dopuszczalnego "
                        "okresu,</li><li>z zezwolenia na pobyt czasowy, zezwolenia na pobyt stały "
                        "albo zezwolenia na pobyt rezydenta długoterminowego UE,</li><li>z "
                        "przepisów szczególnych – np. w czasie postępowania o udzielenie "
                        "zezwolenia, jeżeli spełniono ustawowe warunki.</li></ul><p>Urząd "
                        "wojewódzki zajmuje się przede wszystkim zezwoleniami pobytowymi. Wizy "
                        "wydają głównie konsulowie, a sprawy ochrony międzynarodowej prowadzi Szef "
                        "Urzędu do Spraw Cudzoziemców. Takie sprawy trzeba umieć rozpoznać i "
                        "właściwie pokierować klienta.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Zezwolenie na pobyt czasowy</h2><p>To najczęstszy rodzaj sprawy w "
                        "wydziałach spraw cudzoziemców. Zezwolenia na pobyt czasowy udziela się, "
                        "gdy okoliczności uzasadniają pobyt cudzoziemca w Polsce przez okres "
                        "dłuższy niż 3 miesiące. Wydaje się je na czas oznaczony, potrzebny do "
                        "realizacji celu pobytu, nie dłuższy jednak niż 3 lata (art. 98 ustawy o "
                        "cudzoziemcach).</p><p>Zezwolenie na pobyt czasowy jest zawsze powiązane z "
                        "określonym celem pobytu. Najczęściej spotkasz się z następującymi "
                        "celami:</p><ul><li>wykonywanie pracy – w tym <strong>zezwolenie na pobyt "
                        "czasowy i pracę</strong>, nazywane zezwoleniem jednolitym (art. 114 "
                        "ustawy),</li><li>wykonywanie pracy w zawodzie wymagającym wysokich "
                        "kwalifikacji (Niebieska Karta UE),</li><li>prowadzenie działalności "
                        "gospodarczej,</li><li>studia lub prowadzenie badań "
                        "naukowych,</li><li>połączenie z rodziną oraz pobyt członka rodziny "
                        "obywatela polskiego,</li><li>inne okoliczności wymienione w "
                        "ustawie.</li></ul><p>Cel pobytu ma znaczenie praktyczne: od niego zależą "
                        "warunki udzielenia zezwolenia, lista dokumentów i obowiązki cudzoziemca "
                        "po jego otrzymaniu. Jeżeli cel przestanie istnieć – na przykład "
                        "cudzoziemiec przerwie studia albo straci pracę i nie podejmie innej "
                        "zgodnej z zezwoleniem – zezwolenie może zostać cofnięte. Dlatego pytanie "
                        "o cel pobytu jest punktem wyjścia każdej rozmowy.</p><h3>Do kiedy trzeba "
                        "złożyć wniosek</h3><p>Wniosek o udzielenie zezwolenia na pobyt czasowy "
                        "składa się <strong>nie później niż w ostatnim dniu legalnego "
                        "pobytu</strong> (art. 105 ust. 1). To jedna z najważniejszych informacji, "
                        "jakie przekazujesz klientowi. Wniosek złożony po upływie legalnego pobytu "
                        "nie daje ochrony opisanej niżej, dlatego kolejny wniosek warto składać z "
                        "wyprzedzeniem, a nie w ostatniej chwili.</p><p>Organem właściwym jest "
                        "<strong>wojewoda właściwy ze względu na miejsce pobytu "
                        "cudzoziemca</strong>. Jeżeli klient mieszka w innym województwie, trzeba "
                        "mu to wyjaśnić, a pismo omyłkowo skierowane do niewłaściwego urzędu "
                        "przekazuje się niezwłocznie organowi właściwemu, zawiadamiając o tym "
                        "wnoszącego (art. 65 KPA).</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Legalność pobytu w czasie postępowania</h2><p>Postępowanie pobytowe "
                        "trwa często dłużej niż pozostały okres ważności wizy lub poprzedniej "
                        "karty pobytu. Ustawa chroni cudzoziemca, który dochował wymogów: jeżeli "
                        "wniosek złożono w terminie i nie zawiera on braków formalnych albo braki "
                        "uzupełniono w wyznaczonym terminie, pobyt uważa się za legalny od dnia "
                        "złożenia wniosku do dnia, w którym decyzja stanie się ostateczna (art. "
                        "108). Z tej ochrony nie korzysta się, jeżeli postępowanie zawieszono na "
                        "wniosek strony.</p><p>Przez lata potwierdzeniem tego stanu był "
                        "<strong>odcisk stempla w dokumencie podróży</strong>, umieszczany przez "
                        "wojewodę. Nowelizacja ustawy o cudzoziemcach, która wprowadziła "
                        "elektroniczne składanie wniosków w systemie MOS, zastąpiła stempel "
                        "<strong>zaświadczeniem</strong> generowanym w systemie po sprawdzeniu, "
                        "czy wniosek złożono w terminie i bez braków formalnych. Klienci jeszcze "
                        "długo będą pytać o „pieczątkę” – wyjaśniaj, co ją zastąpiło, a szczegóły "
                        "aktualnej procedury zawsze potwierdzaj z zespołem prawnym.</p><p>Pamiętaj "
                        "też, że potwierdzenie legalności pobytu w czasie postępowania <em>nie "
                        "jest</em> dokumentem uprawniającym do podróżowania po strefie Schengen i "
                        "samo w sobie nie rozstrzyga, czy cudzoziemiec może wykonywać pracę.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Zezwolenie na pobyt stały</h2><p>Zezwolenia na pobyt stały udziela "
                        "się na czas nieoznaczony i wyłącznie w sytuacjach wymienionych w art. 195 "
                        "ustawy o cudzoziemcach. Katalog tych sytuacji jest zamknięty i obejmuje "
                        "między innymi:</p><ul><li>dziecko obywatela polskiego pozostające pod "
                        "jego władzą rodzicielską,</li><li>osobę polskiego pochodzenia, która "
                        "zamierza osiedlić się w Polsce na stałe,</li><li>małżonka obywatela "
                        "polskiego – po spełnieniu ustawowych warunków dotyczących czasu trwania "
                        "małżeństwa i wcześniejszego pobytu na podstawie zezwolenia na pobyt "
                        "czasowy,</li><li>posiadacza Karty Polaka, który zamierza osiedlić się w "
                        "Polsce na stałe,</li><li>niektóre osoby objęte w Polsce ochroną albo "
                        "pokrzywdzone handlem ludźmi – po spełnieniu szczególnych "
                        "warunków.</li></ul><p>Samo zezwolenie nie wygasa z upływem czasu, ale "
                        "wydawana na jego podstawie karta pobytu ma termin ważności i podlega "
                        "wymianie. Klienci często mylą te dwie rzeczy, dlatego warto wyraźnie je "
                        "rozróżniać: wymiana karty to inna sprawa niż ponowne ubieganie się o "
                        "zezwolenie.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Zezwolenie na pobyt rezydenta długoterminowego UE</h2><p>To "
                        "zezwolenie także udziela się na czas nieoznaczony, ale opiera się ono na "
                        "innej logice niż pobyt stały: jest odpowiedzią na długi, stabilny i "
                        "legalny pobyt w Polsce. Zgodnie z art. 211 ustawy o cudzoziemcach wymaga "
                        "ono w szczególności:</p><ul><li>co najmniej 5 lat nieprzerwanego, "
                        "legalnego pobytu w Polsce bezpośrednio przed złożeniem "
                        "wniosku,</li><li>stabilnego i regularnego źródła dochodu wystarczającego "
                        "na utrzymanie siebie i członków rodziny pozostających na "
                        "utrzymaniu,</li><li>ubezpieczenia zdrowotnego,</li><li>potwierdzonej "
                        "znajomości języka polskiego.</li></ul><p>Nie każdy okres pobytu liczy się "
                        "do tych pięciu lat w całości. Niektóre okresy (np. część okresu studiów) "
                        "uwzględnia się tylko częściowo, inne wcale, a przerwy w pobycie mają "
                        "ustawowe limity. To częste źródło błędów. Nie wyliczaj więc klientowi „na "
                        "oko”, czy spełnia warunek – wskaż raczej, jakie dokumenty pozwolą to "
                        "ocenić w postępowaniu.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Kto rozstrzyga sprawy pobytowe</h2><p>W pierwszej instancji o "
                        "udzieleniu zezwolenia na pobyt czasowy, stały i rezydenta "
                        "długoterminowego UE rozstrzyga <strong>wojewoda</strong> w drodze decyzji "
                        "administracyjnej. Organem odwoławczym, czyli organem wyższego stopnia w "
                        "rozumieniu KPA, jest <strong>Szef Urzędu do Spraw Cudzoziemców</strong>. "
                        "Od decyzji Szefa Urzędu przysługuje skarga do wojewódzkiego sądu "
                        "administracyjnego.</p><p>W praktyce pracownik obsługi powinien umieć "
                        "powiedzieć klientowi trzy rzeczy: który organ prowadzi jego sprawę, który "
                        "organ rozpatrzy ewentualne odwołanie oraz gdzie i w jakiej formie składa "
                        "się pisma w sprawie. Jeśli sam nie jest pewien – powinien to sprawdzić, "
                        "zamiast zgadywać.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "act": "Ustawa z dnia 12 grudnia 2013 r. o cudzoziemcach",
                        "article": (
                            "art. 98, art. 105 ust. 1, art. 108, art. 114, art. 195, art. 211"
                        ),
                        "journal": "tekst jednolity – sprawdź aktualny w ISAP",
                        "status_as_of": "2026-10-01",
                        "note": (
                            "Przepisy o składaniu wniosków i o potwierdzaniu legalności pobytu "
                            "zmieniono w związku z wdrożeniem systemu MOS (obowiązkowa ścieżka "
                            "elektroniczna od 27 kwietnia 2026 r.). Numerację i brzmienie "
                            "przepisów przed użyciem potwierdza zespół prawny."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "act": (
                            "Ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania "
                            "administracyjnego"
                        ),
                        "article": "art. 65 (przekazanie podania do organu właściwego)",
                        "journal": "tekst jednolity – sprawdź aktualny w ISAP",
                        "status_as_of": "2026-10-01",
                        "note": (
                            "Przepisy KPA stosuje się w sprawach pobytowych, o ile ustawa o "
                            "cudzoziemcach nie stanowi inaczej."
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Zezwolenie na pobyt czasowy wydaje się na czas oznaczony, gdy cel "
                                "pobytu uzasadnia pobyt dłuższy niż 3 miesiące, najdłużej na 3 "
                                "lata."
                            ),
                            (
                                "Wniosek o pobyt czasowy trzeba złożyć najpóźniej w ostatnim dniu "
                                "legalnego pobytu."
                            ),
                            (
                                "Wniosek złożony w terminie i bez braków formalnych (lub z brakami "
                                "uzupełnionymi w terminie) zapewnia legalność pobytu do dnia, w "
                                "którym decyzja stanie się ostateczna."
                            ),
                            (
                                "Pobyt stały przysługuje tylko w sytuacjach z zamkniętego katalogu "
                                "art. 195; rezydent długoterminowy UE wymaga m.in. 5 lat legalnego "
                                "pobytu, dochodu, ubezpieczenia i znajomości języka polskiego "
                                "(art. 211)."
                            ),
                            (
                                "Pierwsza instancja to wojewoda, druga – Szef Urzędu do Spraw "
                                "Cudzoziemców, dalej skarga do sądu administracyjnego."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Karta pobytu traci ważność, dokumenty będą później",
                        "client_says": (
                            "Moja karta pobytu traci ważność w przyszły piątek. Pracodawca da mi "
                            "nową umowę dopiero za miesiąc. Czy mogę poczekać i złożyć wniosek, "
                            "kiedy będę miał już wszystkie papiery?"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Nie warto czekać. Wniosek trzeba złożyć najpóźniej w ostatnim "
                                    "dniu legalnego pobytu, czyli zanim karta straci ważność. "
                                    "Najważniejsze, żeby sam wniosek był kompletny pod względem "
                                    "formalnym. Dokumenty potwierdzające okoliczności sprawy można "
                                    "co do zasady przedstawić później, na wezwanie urzędu. Pokażę, "
                                    "jak złożyć wniosek i co musi się w nim znaleźć."
                                ),
                                "good": True,
                                "explanation": (
                                    "Dobra praktyka: pracownik wskazuje termin ustawowy (art. 105 "
                                    "ust. 1), odróżnia kompletność formalną wniosku od "
                                    "uzupełniania dowodów i podaje klientowi konkretny następny "
                                    "krok. Nie przesądza przy tym wyniku sprawy."
                                ),
                            },
                            {
                                "text": (
                                    "Tak, proszę przyjść, kiedy będzie Pan miał komplet "
                                    "dokumentów. Lepiej złożyć wszystko naraz."
                                ),
                                "good": False,
                                "explanation": (
                                    "Zła praktyka: ta rada może doprowadzić do złożenia wniosku po "
                                    "upływie legalnego pobytu, a wtedy cudzoziemiec traci ochronę "
                                    "z art. 108 i naraża się na poważne konsekwencje. Wygoda "
                                    "obsługi nie może wygrywać z terminem ustawowym."
                                ),
                            },
                            {
                                "text": (
                                    "Bez nowej umowy nie ma sensu składać wniosku, i tak dostanie "
                                    "Pan odmowę."
                                ),
                                "good": False,
                                "explanation": (
                                    "Zła praktyka: pracownik przesądza wynik postępowania, do "
                                    "czego nie jest uprawniony, i zniechęca klienta do "
                                    "skorzystania z jego prawa. Ocena, czy warunki są spełnione, "
                                    "należy do organu i zapada w decyzji po zebraniu dowodów."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Zmiana 2026: wnioski przez Moduł Obsługi Spraw",
                        "text": (
                            "Od 27 kwietnia 2026 r. wnioski o udzielenie zezwolenia na pobyt "
                            "czasowy, pobyt stały i pobyt rezydenta długoterminowego UE składa się "
                            "co do zasady wyłącznie elektronicznie, przez Moduł Obsługi Spraw "
                            "(MOS). Praktyczne skutki tej zmiany omawia lekcja o praktyce obsługi."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Treści prawne wymagają potwierdzenia przez zespół prawny",
                        "text": (
                            "Ta lekcja przedstawia przepisy w ujęciu ogólnym, według stanu "
                            "prawnego na dzień 1 października 2026 r. Zanim wykorzystasz jej treść "
                            "w odpowiedzi dla klienta, w piśmie lub w decyzji, zespół prawny "
                            "urzędu musi potwierdzić aktualne brzmienie przepisów i przyjętą w "
                            "urzędzie praktykę. Dotyczy to zwłaszcza przepisów o składaniu "
                            "wniosków i potwierdzaniu legalności pobytu, które zmieniały się w "
                            "2026 r."
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "legalizacja-pracy",
            "title": "Legalizacja pracy: zezwolenia, oświadczenia i zezwolenie jednolite",
            "estimated_minutes": 25,
            "intro": (
                "Lekcja wyjaśnia, na jakich podstawach cudzoziemiec może legalnie wykonywać pracę "
                "w Polsce, które organy wydają poszczególne dokumenty i czym zezwolenie na pobyt "
                "czasowy i pracę różni się od zezwolenia na pracę. Omawia też istotną zmianę z "
                "2025 r.: przeniesienie przepisów o pracy cudzoziemców z ustawy o promocji "
                "zatrudnienia do nowej, odrębnej ustawy."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Ważna zmiana: nowa ustawa o powierzaniu pracy "
                        "cudzoziemcom</h2><p>Przez wiele lat zasady wykonywania pracy przez "
                        "cudzoziemców określała <strong>ustawa z dnia 20 kwietnia 2004 r. o "
                        "promocji zatrudnienia i instytucjach rynku pracy</strong> (przepisy od "
                        "art. 87), uzupełniona rozporządzeniami wykonawczymi. Wiele materiałów "
                        "szkoleniowych, wzorów pism i stron internetowych nadal odsyła do tych "
                        "przepisów.</p><p>W 2025 r. ustawodawca przeniósł tę materię do odrębnego "
                        "aktu – <strong>ustawy z dnia 20 marca 2025 r. o warunkach dopuszczalności "
                        "powierzania pracy cudzoziemcom na terytorium Rzeczypospolitej "
                        "Polskiej</strong>, która weszła w życie 1 czerwca 2025 r. Z tą samą datą "
                        "ustawę z 2004 r. zastąpiła nowa regulacja rynku pracy. Nowe przepisy "
                        "zmieniły m.in. nazwy rodzajów zezwoleń na pracę, zniosły tzw. test rynku "
                        "pracy i rozszerzyły elektroniczne prowadzenie postępowań.</p><p>Co to "
                        "oznacza w codziennej pracy:</p><ul><li>nie powołuj się na przepisy ustawy "
                        "z 2004 r. o pracy cudzoziemców jako obowiązujące – chyba że zespół prawny "
                        "potwierdzi, że na podstawie przepisów przejściowych stosuje się je do "
                        "konkretnej sprawy, np. wszczętej przed zmianą,</li><li>sprawdzaj, czy "
                        "ulotki, wzory pism i treści na stronie internetowej urzędu zostały "
                        "zaktualizowane,</li><li>pytania o przepisy przejściowe i nowe "
                        "rozporządzenia wykonawcze kieruj do zespołu prawnego, zamiast rozstrzygać "
                        "je samodzielnie.</li></ul>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Dwa odrębne pytania: pobyt i praca</h2><p>Legalny pobyt i prawo do "
                        "wykonywania pracy to dwie różne kwestie. Cudzoziemiec może przebywać w "
                        "Polsce legalnie, np. na podstawie wizy albo w ruchu bezwizowym, a mimo to "
                        "nie mieć prawa do pracy. Może też mieć zezwolenie na pracę, ale tylko u "
                        "wskazanego podmiotu i na określonych warunkach. Dlatego na pytanie „czy "
                        "mogę pracować?” odpowiadaj dopiero po ustaleniu trzech rzeczy: na jakiej "
                        "podstawie klient przebywa w Polsce, czy ma dokument uprawniający do pracy "
                        "i czy nie jest zwolniony z obowiązku jego posiadania.</p><h3>Kto ma "
                        "swobodny dostęp do rynku pracy</h3><p>Przepisy zwalniają z obowiązku "
                        "posiadania zezwolenia na pracę określone grupy cudzoziemców. W ogólnym "
                        "ujęciu należą do nich m.in.:</p><ul><li>osoby, które mają zezwolenie na "
                        "pobyt stały lub zezwolenie na pobyt rezydenta długoterminowego "
                        "UE,</li><li>osoby, którym w Polsce nadano status uchodźcy lub udzielono "
                        "ochrony uzupełniającej,</li><li>członkowie rodzin obywateli polskich – w "
                        "zakresie określonym przepisami,</li><li>studenci studiów stacjonarnych w "
                        "Polsce oraz absolwenci polskich uczelni – w zakresie określonym "
                        "przepisami,</li><li>posiadacze Karty Polaka.</li></ul><p>To lista "
                        "uproszczona. Każde zwolnienie ma własne warunki, a część z nich zmieniła "
                        "się w 2025 r. Nie traktuj jej jako wyczerpującej i nie opieraj na niej "
                        "wiążących odpowiedzi.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Podstawowe formy legalizacji pracy</h2><p>Cudzoziemiec, który nie ma "
                        "swobodnego dostępu do rynku pracy, potrzebuje co do zasady jednej z "
                        "następujących podstaw:</p><ul><li><strong>zezwolenie na pracę</strong> – "
                        "wydaje je wojewoda na wniosek podmiotu powierzającego pracę; nowa ustawa "
                        "wyróżnia m.in. zezwolenie na pracę na rzecz polskiego podmiotu, "
                        "zezwolenie związane z pełnieniem określonej funkcji (np. w zarządzie "
                        "spółki) oraz zezwolenie związane z delegowaniem cudzoziemca przez podmiot "
                        "zagraniczny,</li><li><strong>zezwolenie na pracę sezonową</strong> – "
                        "wydaje je starosta (powiatowy urząd pracy); dotyczy prac w rodzajach "
                        "działalności wskazanych w przepisach, np. w "
                        "rolnictwie,</li><li><strong>oświadczenie o powierzeniu wykonywania pracy "
                        "cudzoziemcowi</strong> – wpisywane do ewidencji przez starostę; dostępne "
                        "tylko dla obywateli kilku państw wskazanych w przepisach wykonawczych i "
                        "na ograniczony czas,</li><li><strong>zezwolenie na pobyt czasowy i "
                        "pracę</strong> – jedna decyzja wojewody obejmująca zarówno pobyt, jak i "
                        "pracę (zezwolenie jednolite),</li><li><strong>zezwolenie na pobyt czasowy "
                        "w celu wykonywania pracy w zawodzie wymagającym wysokich "
                        "kwalifikacji</strong> (Niebieska Karta UE).</li></ul><p>Zwróć uwagę na "
                        "podział ról. O zezwolenie na pracę występuje podmiot powierzający pracę, "
                        "czyli pracodawca, a o zezwolenie pobytowe – sam cudzoziemiec. Ma to "
                        "znaczenie przy ustalaniu, kto jest stroną postępowania, komu doręcza się "
                        "pisma i kto może wnieść odwołanie.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Zezwolenie na pobyt czasowy i pracę w praktyce</h2><p>Zezwolenie "
                        "jednolite (art. 114 ustawy o cudzoziemcach) łączy dwie kwestie w jednym "
                        "postępowaniu prowadzonym przez wojewodę. Dla cudzoziemca oznacza to jedną "
                        "decyzję i jedną kartę pobytu z adnotacją o dostępie do rynku pracy. Dla "
                        "urzędu – konieczność oceny zarówno przesłanek pobytowych, jak i warunków, "
                        "na jakich praca ma być wykonywana. Pracodawca uczestniczy w tym "
                        "postępowaniu, przedstawiając wymagane informacje o pracy, choć "
                        "wnioskodawcą jest cudzoziemiec.</p><p>W decyzji określa się m.in. podmiot "
                        "powierzający pracę i warunki jej wykonywania. Z tego wynikają typowe "
                        "pytania klientów i pracodawców:</p><ul><li><strong>Zmiana "
                        "pracodawcy</strong> – co do zasady wymaga zmiany zezwolenia albo "
                        "uzyskania nowego; przepisy przewidują wyjątki, które trzeba każdorazowo "
                        "sprawdzić.</li><li><strong>Zmiana warunków pracy</strong> – przepisy "
                        "określają, które zmiany wymagają zmiany zezwolenia, a które nie. Nie "
                        "rozstrzygaj tego samodzielnie przy stanowisku.</li><li><strong>Utrata "
                        "pracy</strong> – cudzoziemiec i podmiot powierzający pracę mają obowiązki "
                        "informacyjne wobec wojewody, a odpadnięcie celu pobytu może prowadzić do "
                        "cofnięcia zezwolenia.</li></ul><p>Prawo Unii Europejskiej (przekształcona "
                        "dyrektywa w sprawie jednolitego zezwolenia, dyrektywa (UE) 2024/1233) "
                        "przewiduje ułatwienia, m.in. w zmianie pracodawcy. To, czy i w jakim "
                        "zakresie zostały one wdrożone do polskich przepisów na dzień szkolenia, "
                        "musi potwierdzić zespół prawny.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Praca w czasie postępowania o kolejne zezwolenie</h2><p>Jedno z "
                        "najczęstszych pytań brzmi: „Moje zezwolenie wygasa, złożyłem wniosek o "
                        "nowe – czy mogę dalej pracować?”. Przepisy przewidują rozwiązania, które "
                        "w określonych sytuacjach pozwalają kontynuować pracę w czasie "
                        "postępowania. Zwykle wymagają one, by wniosek złożono w terminie i bez "
                        "braków formalnych, a praca była wykonywana u tego samego podmiotu i na "
                        "tych samych warunkach.</p><p>Ponieważ szczegóły zależą od rodzaju "
                        "zezwolenia i zmieniały się wraz z reformami z lat 2025–2026, odpowiadaj "
                        "ogólnie, wskaż warunki, od których zależy odpowiedź, i zaznacz, że "
                        "wiążące znaczenie ma przepis, którego aktualne brzmienie potwierdza "
                        "zespół prawny. Błędna informacja w tej sprawie może narazić zarówno "
                        "cudzoziemca, jak i pracodawcę na konsekwencje nielegalnego powierzenia "
                        "pracy.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "act": (
                            "Ustawa z dnia 20 marca 2025 r. o warunkach dopuszczalności "
                            "powierzania pracy cudzoziemcom na terytorium Rzeczypospolitej Polskiej"
                        ),
                        "article": (
                            "przepisy o zezwoleniach na pracę, zezwoleniach na pracę sezonową i "
                            "oświadczeniach o powierzeniu wykonywania pracy cudzoziemcowi"
                        ),
                        "journal": (
                            "Dz.U. 2025 poz. 621 (tekst pierwotny) – sprawdź aktualny tekst w ISAP"
                        ),
                        "status_as_of": "2026-10-01",
                        "note": (
                            "Obowiązuje od 1 czerwca 2025 r. i zastąpiła przepisy o pracy "
                            "cudzoziemców zawarte w ustawie z 2004 r. Numerację artykułów, "
                            "przepisy przejściowe i akty wykonawcze (np. wykaz państw, których "
                            "obywatele mogą pracować na podstawie oświadczenia) potwierdza zespół "
                            "prawny."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "act": (
                            "Ustawa z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i "
                            "instytucjach rynku pracy"
                        ),
                        "article": (
                            "art. 87 i nast. (dawne przepisy o wykonywaniu pracy przez "
                            "cudzoziemców)"
                        ),
                        "journal": "tekst jednolity – sprawdź w ISAP (akt historyczny)",
                        "status_as_of": "2026-10-01",
                        "note": (
                            "Przepisy o pracy cudzoziemców przeniesiono w 2025 r. do nowej ustawy. "
                            "Powołuj się na nie wyłącznie wtedy, gdy zespół prawny potwierdzi, że "
                            "mają zastosowanie do danej sprawy (np. na podstawie przepisów "
                            "przejściowych)."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "act": "Ustawa z dnia 12 grudnia 2013 r. o cudzoziemcach",
                        "article": "art. 114 (zezwolenie na pobyt czasowy i pracę)",
                        "journal": "tekst jednolity – sprawdź aktualny w ISAP",
                        "status_as_of": "2026-10-01",
                        "note": (
                            "Przepisy o zezwoleniu jednolitym mogły zostać zmienione w związku z "
                            "wdrażaniem dyrektywy (UE) 2024/1233; ich aktualne brzmienie "
                            "potwierdza zespół prawny."
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Legalny pobyt nie oznacza automatycznie prawa do pracy – to dwa "
                                "odrębne pytania."
                            ),
                            (
                                "Od 1 czerwca 2025 r. zasady powierzania pracy cudzoziemcom "
                                "określa ustawa z 20 marca 2025 r., a nie ustawa z 2004 r."
                            ),
                            (
                                "Zezwolenie na pracę wydaje wojewoda na wniosek pracodawcy; "
                                "zezwolenie na pracę sezonową i oświadczenia obsługuje starosta."
                            ),
                            (
                                "Zezwolenie na pobyt czasowy i pracę to jedna decyzja wojewody, "
                                "wydawana na wniosek cudzoziemca i wskazująca podmiot powierzający "
                                "pracę."
                            ),
                            (
                                "Zmiana pracodawcy lub warunków pracy może wymagać zmiany "
                                "zezwolenia – zawsze sprawdź aktualny przepis."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Pracodawca chce przenieść pracownika do innej spółki",
                        "client_says": (
                            "Zatrudniam obywatela Filipin na podstawie zezwolenia na pobyt czasowy "
                            "i pracę. Od przyszłego miesiąca chcę go przenieść do naszej drugiej "
                            "spółki. Wystarczy, że podpiszemy z nim nową umowę?"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Zezwolenie na pobyt czasowy i pracę wskazuje konkretny "
                                    "podmiot powierzający pracę, więc przejście do innej spółki co "
                                    "do zasady wymaga zmiany zezwolenia albo nowego zezwolenia, "
                                    "zanim pracownik zacznie tam pracować. Przepisy przewidują "
                                    "wyjątki, dlatego wskażę, które przepisy to regulują, i "
                                    "poproszę nasz zespół prawny o potwierdzenie, jak wygląda to w "
                                    "Państwa sytuacji."
                                ),
                                "good": True,
                                "explanation": (
                                    "Dobra praktyka: pracownik wyjaśnia zasadę, sygnalizuje "
                                    "istnienie wyjątków i nie udziela wiążącej odpowiedzi bez "
                                    "sprawdzenia aktualnego stanu prawnego. Chroni w ten sposób i "
                                    "cudzoziemca, i pracodawcę przed nielegalnym powierzeniem "
                                    "pracy."
                                ),
                            },
                            {
                                "text": (
                                    "Tak, nowa umowa wystarczy. Pracownik ma przecież ważną kartę "
                                    "pobytu."
                                ),
                                "good": False,
                                "explanation": (
                                    "Zła praktyka: pracownik myli prawo pobytu z prawem do pracy u "
                                    "określonego podmiotu. Taka informacja może prowadzić do "
                                    "nielegalnego powierzenia pracy, za które sankcje grożą "
                                    "pracodawcy, a negatywne skutki – także cudzoziemcowi."
                                ),
                            },
                            {
                                "text": (
                                    "Nie udzielamy informacji pracodawcom. Niech cudzoziemiec sam "
                                    "przyjdzie do urzędu."
                                ),
                                "good": False,
                                "explanation": (
                                    "Zła praktyka: pracodawca ma w tej sprawie własne obowiązki i "
                                    "ponosi odpowiedzialność za legalność powierzenia pracy. "
                                    "Ogólna informacja o przepisach nie ujawnia niczyich danych, a "
                                    "odesłanie bez informacji zwiększa ryzyko naruszenia prawa."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Treści prawne wymagają potwierdzenia przez zespół prawny",
                        "text": (
                            "Ta lekcja przedstawia przepisy w ujęciu ogólnym, według stanu "
                            "prawnego na dzień 1 października 2026 r. Zanim wykorzystasz jej treść "
                            "w odpowiedzi dla klienta, w piśmie lub w decyzji, zespół prawny "
                            "urzędu musi potwierdzić aktualne brzmienie przepisów i przyjętą w "
                            "urzędzie praktykę. W obszarze pracy cudzoziemców przepisy zmieniły "
                            "się gruntownie w 2025 r., a część aktów wykonawczych wydawano "
                            "stopniowo – zespół prawny musi potwierdzić, które przepisy obowiązują "
                            "na dzień udzielania informacji."
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "kpa-terminy",
            "title": "KPA na co dzień: terminy, zwłoka i ponaglenie",
            "estimated_minutes": 25,
            "intro": (
                "Każda sprawa pobytowa jest sprawą administracyjną, do której – poza wyjątkami z "
                "ustaw szczególnych – stosuje się Kodeks postępowania administracyjnego. Lekcja "
                "omawia zasady ogólne widoczne w codziennej obsłudze, terminy załatwiania spraw, "
                "obowiązek zawiadamiania strony o zwłoce oraz ponaglenie jako środek przeciwko "
                "bezczynności i przewlekłości organu."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Zasady ogólne KPA widoczne przy stanowisku obsługi</h2><p>Zasady "
                        "ogólne zapisane na początku Kodeksu nie są ozdobnikiem. Sądy "
                        "administracyjne regularnie uchylają decyzje wydane z ich naruszeniem. Dla "
                        "pracownika obsługi najważniejsze "
                        "są:</p><ul><li><strong>praworządność</strong> (art. 6) – organ działa na "
                        "podstawie przepisów prawa, a nie zwyczaju czy "
                        "wygody,</li><li><strong>prawda obiektywna</strong> (art. 7) – organ "
                        "wyjaśnia stan faktyczny i uwzględnia interes społeczny oraz słuszny "
                        "interes obywateli,</li><li><strong>pogłębianie zaufania</strong> (art. 8) "
                        "– postępowanie prowadzi się bezstronnie, z równym traktowaniem i w sposób "
                        "przewidywalny,</li><li><strong>informowanie</strong> (art. 9) – organ "
                        "należycie i wyczerpująco informuje strony o okolicznościach faktycznych i "
                        "prawnych, które mogą wpłynąć na ich prawa i obowiązki, i czuwa, by nie "
                        "poniosły szkody z powodu nieznajomości prawa,</li><li><strong>czynny "
                        "udział strony</strong> (art. 10) – omówiony szerzej w kolejnej "
                        "lekcji,</li><li><strong>szybkość</strong> (art. 12) – organ działa "
                        "wnikliwie i szybko, posługując się możliwie najprostszymi "
                        "środkami.</li></ul><p>Zasada informowania ma szczególne znaczenie w "
                        "sprawach cudzoziemców. Klient często nie zna języka, polskiego systemu "
                        "prawnego ani zwyczajów urzędowych. Obowiązek z art. 9 nie oznacza "
                        "udzielania porad prawnych, ale oznacza rzetelne wyjaśnienie, co wynika z "
                        "przepisów i jakie kroki klient może podjąć.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Terminy załatwienia sprawy (art. 35)</h2><p>Kodeks przewiduje kilka "
                        "poziomów terminów:</p><ul><li>sprawę załatwia się <strong>bez zbędnej "
                        "zwłoki</strong> (§ 1),</li><li><strong>niezwłocznie</strong> – gdy można "
                        "ją rozstrzygnąć na podstawie dowodów przedstawionych przez stronę wraz z "
                        "żądaniem, faktów powszechnie znanych lub znanych organowi z urzędu albo "
                        "dowodów, którymi organ już rozporządza (§ 2),</li><li><strong>nie później "
                        "niż w ciągu miesiąca</strong> – gdy sprawa wymaga postępowania "
                        "wyjaśniającego, a <strong>nie później niż w ciągu dwóch miesięcy</strong> "
                        "– gdy jest szczególnie skomplikowana; oba terminy liczy się od dnia "
                        "wszczęcia postępowania (§ 3),</li><li>w postępowaniu odwoławczym – w "
                        "ciągu miesiąca od dnia otrzymania odwołania (§ 3).</li></ul><p>Do tych "
                        "terminów nie wlicza się m.in. terminów przewidzianych w przepisach na "
                        "dokonanie określonych czynności, okresów zawieszenia postępowania oraz "
                        "okresów opóźnień spowodowanych z winy strony albo z przyczyn niezależnych "
                        "od organu (§ 5). W praktyce czas, w którym strona uzupełnia dokumenty na "
                        "wezwanie, zwykle nie obciąża organu.</p><h3>Przepisy szczególne w "
                        "sprawach cudzoziemców</h3><p>Ustawa o cudzoziemcach zawiera własne reguły "
                        "dotyczące terminów. Przykładem jest szczególny termin załatwienia sprawy "
                        "o udzielenie zezwolenia na pobyt czasowy (co do zasady 60 dni), liczony "
                        "od zdarzeń wskazanych w ustawie, takich jak usunięcie braków formalnych, "
                        "osobiste stawiennictwo czy przedłożenie wymaganych dokumentów. Przez "
                        "kilka lat obowiązywały ponadto przepisy ustawy o pomocy obywatelom "
                        "Ukrainy, które wstrzymywały bieg terminów załatwiania wielu spraw "
                        "pobytowych prowadzonych przez wojewodów. Sądy administracyjne oceniały to "
                        "rozwiązanie krytycznie, a jego dalsze stosowanie było przedmiotem prac "
                        "legislacyjnych.</p><p><strong>Zanim podasz klientowi jakikolwiek termin, "
                        "upewnij się u zespołu prawnego, które przepisy o terminach obowiązują w "
                        "danym okresie i w danym rodzaju sprawy.</strong></p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Zawiadomienie o zwłoce (art. 36)</h2><p>O każdym przypadku "
                        "niezałatwienia sprawy w terminie organ musi <strong>niezwłocznie "
                        "zawiadomić strony</strong>. Zawiadomienie powinno:</p><ol><li>podawać "
                        "przyczyny zwłoki,</li><li>wskazywać nowy termin załatwienia "
                        "sprawy,</li><li>zawierać pouczenie o prawie do wniesienia "
                        "ponaglenia.</li></ol><p>Ten sam obowiązek dotyczy opóźnień z przyczyn "
                        "niezależnych od organu. Zawiadomienie nie jest formalnością do "
                        "odhaczenia. Nowy termin powinien być realny, a przyczyna – konkretna. "
                        "Sformułowania takie jak „oczekiwanie na informację od innego organu” albo "
                        "„konieczność uzupełnienia materiału dowodowego” mówią stronie znacznie "
                        "więcej niż ogólnikowe „przyczyny organizacyjne”.</p><p>Przy stanowisku "
                        "obsługi pamiętaj, że klient, który pyta o termin, ma prawo do prawdziwej "
                        "informacji. Jeżeli nie znasz terminu, nie zgaduj: sprawdź w systemie, "
                        "zapytaj osobę prowadzącą sprawę albo wskaż, kiedy i w jaki sposób klient "
                        "otrzyma odpowiedź.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Bezczynność, przewlekłość i ponaglenie (art. 37)</h2><p>Strona może "
                        "wnieść <strong>ponaglenie</strong>, jeżeli:</p><ul><li>nie załatwiono "
                        "sprawy w terminie określonym w art. 35, w przepisach szczególnych albo w "
                        "terminie wskazanym w zawiadomieniu z art. 36 – to "
                        "<strong>bezczynność</strong>,</li><li>postępowanie jest prowadzone "
                        "dłużej, niż jest to niezbędne do załatwienia sprawy – to "
                        "<strong>przewlekłość</strong>.</li></ul><p>Ponaglenie wnosi się do organu "
                        "wyższego stopnia – w sprawach pobytowych prowadzonych przez wojewodę jest "
                        "nim Szef Urzędu do Spraw Cudzoziemców – <strong>za pośrednictwem organu "
                        "prowadzącego postępowanie</strong>. Ponaglenie powinno zawierać "
                        "uzasadnienie. Organ prowadzący sprawę przekazuje je niezwłocznie, nie "
                        "później niż w terminie 7 dni, organowi wyższego stopnia wraz z aktami "
                        "sprawy i ustosunkowaniem się do ponaglenia. Organ wyższego stopnia "
                        "rozpatruje ponaglenie w drodze postanowienia. Jeżeli stwierdzi "
                        "bezczynność lub przewlekłość, zobowiązuje organ do załatwienia sprawy w "
                        "określonym terminie, a w razie potrzeby zarządza wyjaśnienie przyczyn i "
                        "podjęcie środków zapobiegających podobnym naruszeniom.</p><p>Wniesienie "
                        "ponaglenia jest też warunkiem złożenia skargi na bezczynność lub "
                        "przewlekłość do sądu administracyjnego. Dla pracownika wynikają z tego "
                        "trzy praktyczne obowiązki:</p><ol><li>nie zniechęcaj klienta do "
                        "wniesienia ponaglenia – to jego ustawowe prawo,</li><li>przyjmij "
                        "ponaglenie jak każde inne pismo i niezwłocznie przekaż je do komórki "
                        "przygotowującej odpowiedź,</li><li>pilnuj 7-dniowego terminu na "
                        "przekazanie ponaglenia organowi wyższego stopnia.</li></ol>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "act": (
                            "Ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania "
                            "administracyjnego"
                        ),
                        "article": "art. 6–9, art. 12, art. 35, art. 36, art. 37",
                        "journal": "tekst jednolity – sprawdź aktualny w ISAP",
                        "status_as_of": "2026-10-01",
                        "note": (
                            "Terminy z KPA mogą być modyfikowane przez ustawę o cudzoziemcach i "
                            "przepisy szczególne, w tym przepisy dotyczące obywateli Ukrainy. Stan "
                            "obowiązujący w dniu udzielania informacji potwierdza zespół prawny."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "act": "Ustawa z dnia 12 grudnia 2013 r. o cudzoziemcach",
                        "article": (
                            "przepis o terminie załatwienia sprawy o udzielenie zezwolenia na "
                            "pobyt czasowy (art. 112a – numerację i brzmienie potwierdź)"
                        ),
                        "journal": "tekst jednolity – sprawdź aktualny w ISAP",
                        "status_as_of": "2026-10-01",
                        "note": (
                            "Zdarzenia, od których liczy się termin szczególny, zmieniały się wraz "
                            "z wprowadzeniem elektronicznego składania wniosków (MOS). Przed "
                            "podaniem terminu klientowi potwierdź aktualne brzmienie z zespołem "
                            "prawnym."
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Art. 35 KPA: sprawa wymagająca postępowania wyjaśniającego – do "
                                "miesiąca, szczególnie skomplikowana – do dwóch miesięcy od "
                                "wszczęcia."
                            ),
                            (
                                "Do terminów nie wlicza się m.in. okresów zawieszenia postępowania "
                                "i opóźnień z winy strony."
                            ),
                            (
                                "Art. 36 KPA: o zwłoce zawiadamia się niezwłocznie, podając "
                                "przyczynę, nowy termin i pouczenie o ponagleniu."
                            ),
                            (
                                "Ponaglenie (art. 37) wnosi się do organu wyższego stopnia za "
                                "pośrednictwem organu prowadzącego sprawę, który przekazuje je w "
                                "ciągu 7 dni."
                            ),
                            (
                                "W sprawach cudzoziemców obowiązują terminy szczególne i przez "
                                "lata obowiązywały wyłączenia – zawsze potwierdzaj je z zespołem "
                                "prawnym."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Klient czeka od pięciu miesięcy",
                        "client_says": (
                            "Złożyłem wniosek o pobyt czasowy pięć miesięcy temu i nikt się do "
                            "mnie nie odezwał. Czy mogę coś zrobić, żeby to przyspieszyć?"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Sprawdzę stan Pana sprawy i powiem, na jakim jest etapie. "
                                    "Jeżeli sprawa nie została załatwiona w terminie, urząd "
                                    "powinien zawiadomić Pana o przyczynach i o nowym terminie. Ma "
                                    "Pan też prawo wnieść ponaglenie – kieruje się je do Szefa "
                                    "Urzędu do Spraw Cudzoziemców za naszym pośrednictwem, z "
                                    "krótkim uzasadnieniem. Mogę wskazać, jak i gdzie je złożyć."
                                ),
                                "good": True,
                                "explanation": (
                                    "Dobra praktyka: pracownik opiera się na danych z systemu, "
                                    "przypomina o obowiązku z art. 36 i rzetelnie informuje o "
                                    "prawie do ponaglenia oraz o drodze jego wniesienia (art. 37 § "
                                    "3). Realizuje w ten sposób zasadę informowania z art. 9."
                                ),
                            },
                            {
                                "text": (
                                    "Wszyscy czekają, u nas tak już jest. Ponaglenie nic nie da, a "
                                    "tylko niepotrzebnie zdenerwuje urzędników."
                                ),
                                "good": False,
                                "explanation": (
                                    "Zła praktyka: pracownik zniechęca do skorzystania z "
                                    "ustawowego środka i sugeruje, że może on zaszkodzić "
                                    "klientowi. To narusza zasady zaufania i informowania (art. 8 "
                                    "i 9) oraz prawo strony wynikające z art. 37."
                                ),
                            },
                            {
                                "text": (
                                    "My nic tu nie poradzimy. Niech Pan od razu złoży skargę do "
                                    "sądu."
                                ),
                                "good": False,
                                "explanation": (
                                    "Zła praktyka: informacja jest niepełna i myląca. Skargę na "
                                    "bezczynność lub przewlekłość można wnieść dopiero po "
                                    "wniesieniu ponaglenia, a pracownik pomija też obowiązek "
                                    "sprawdzenia stanu sprawy i zawiadomienia z art. 36."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Jak liczyć terminy (art. 57 KPA)",
                        "text": (
                            "Przy terminach liczonych w dniach nie wlicza się dnia, w którym "
                            "nastąpiło zdarzenie rozpoczynające bieg terminu (np. doręczenie). "
                            "Termin liczony w miesiącach kończy się w dniu, który datą odpowiada "
                            "dniowi początkowemu, a gdy takiego dnia w miesiącu nie ma – w "
                            "ostatnim dniu miesiąca. Jeżeli koniec terminu przypada na sobotę lub "
                            "dzień ustawowo wolny od pracy, termin upływa następnego dnia, który "
                            "nie jest sobotą ani dniem wolnym."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Treści prawne wymagają potwierdzenia przez zespół prawny",
                        "text": (
                            "Ta lekcja przedstawia przepisy w ujęciu ogólnym, według stanu "
                            "prawnego na dzień 1 października 2026 r. Zanim wykorzystasz jej treść "
                            "w odpowiedzi dla klienta, w piśmie lub w decyzji, zespół prawny "
                            "urzędu musi potwierdzić aktualne brzmienie przepisów i przyjętą w "
                            "urzędzie praktykę. Szczególnie dotyczy to terminów załatwiania spraw "
                            "pobytowych, które przez kilka lat podlegały przepisom szczególnym."
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "dowody-udzial-strony",
            "title": "Postępowanie dowodowe i czynny udział strony",
            "estimated_minutes": 25,
            "intro": (
                "Decyzja jest tak dobra, jak materiał dowodowy, na którym się opiera. Lekcja "
                "wyjaśnia, kto odpowiada za wyjaśnienie sprawy, co może być dowodem, czym różnią "
                "się braki formalne od braków dowodowych oraz jak zapewnić cudzoziemcowi czynny "
                "udział w postępowaniu, w tym możliwość wypowiedzenia się przed wydaniem decyzji."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Kto odpowiada za wyjaśnienie sprawy</h2><p>Zgodnie z art. 7 i art. 77 "
                        "§ 1 KPA organ jest obowiązany w sposób wyczerpujący zebrać i rozpatrzyć "
                        "cały materiał dowodowy. W sprawach wszczynanych na wniosek – a takie są "
                        "niemal wszystkie sprawy pobytowe – duża część dowodów pochodzi od samego "
                        "cudzoziemca: to on przedstawia umowę o pracę, zaświadczenie z uczelni, "
                        "akt małżeństwa czy dokumenty o dochodach. Nie zwalnia to jednak organu z "
                        "własnej aktywności. Organ wzywa do uzupełnienia dowodów, zwraca się do "
                        "innych instytucji i sprawdza dane w dostępnych rejestrach.</p><p>Dowodu "
                        "nie wymagają fakty powszechnie znane ani fakty znane organowi z urzędu, "
                        "przy czym te drugie trzeba zakomunikować stronie (art. 77 § 4). Jeżeli "
                        "więc urząd opiera się na informacji, którą już posiada – na przykład z "
                        "innej sprawy tego samego cudzoziemca – strona powinna się o tym "
                        "dowiedzieć.</p><p>W sprawach pobytowych wojewoda zwraca się również do "
                        "innych organów, m.in. do Straży Granicznej, Policji i Agencji "
                        "Bezpieczeństwa Wewnętrznego, o informacje, czy wjazd i pobyt cudzoziemca "
                        "może stanowić zagrożenie dla obronności lub bezpieczeństwa państwa albo "
                        "dla bezpieczeństwa i porządku publicznego. Takie informacje są częścią "
                        "materiału dowodowego, choć dostęp strony do niektórych z nich może być "
                        "ograniczony przepisami o ochronie informacji niejawnych.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Co może być dowodem (art. 75–76a)</h2><p>Jako dowód należy dopuścić "
                        "wszystko, co może przyczynić się do wyjaśnienia sprawy, a nie jest "
                        "sprzeczne z prawem (art. 75 § 1). Kodeks wymienia "
                        "przykładowo:</p><ul><li>dokumenty,</li><li>zeznania "
                        "świadków,</li><li>opinie biegłych,</li><li>oględziny.</li></ul><p>Jeżeli "
                        "przepis prawa nie wymaga urzędowego potwierdzenia określonych faktów lub "
                        "stanu prawnego zaświadczeniem, organ przyjmuje od strony – na jej wniosek "
                        "– oświadczenie złożone pod rygorem odpowiedzialności karnej za fałszywe "
                        "zeznania (art. 75 § 2).</p><h3>Dokumenty urzędowe i "
                        "odpisy</h3><p>Dokumenty urzędowe sporządzone w przepisanej formie przez "
                        "powołane do tego organy stanowią dowód tego, co zostało w nich urzędowo "
                        "stwierdzone (art. 76 § 1). Przeciwko nim można jednak przeprowadzić "
                        "przeciwdowód (art. 76 § 3). Zamiast oryginału strona może złożyć odpis "
                        "dokumentu, jeżeli jego zgodność z oryginałem poświadczył notariusz albo "
                        "występujący w sprawie pełnomocnik będący m.in. adwokatem lub radcą "
                        "prawnym (art. 76a). Gdy uzasadniają to okoliczności sprawy, organ może "
                        "zażądać okazania oryginału.</p><h3>Dokumenty w języku "
                        "obcym</h3><p>Językiem urzędowym jest język polski. W postępowaniach "
                        "pobytowych dokumenty sporządzone w języku obcym składa się co do zasady "
                        "wraz z tłumaczeniem na język polski wykonanym przez tłumacza "
                        "przysięgłego. Jeśli klient przynosi dokument bez tłumaczenia, poinformuj "
                        "go o tym wymogu już przy pierwszym kontakcie – oszczędzi to tygodni "
                        "korespondencji.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Braki formalne a braki dowodowe</h2><p>W codziennej pracy łatwo "
                        "pomylić dwa różne rodzaje wezwań:</p><ul><li><strong>wezwanie do "
                        "usunięcia braków formalnych</strong> (art. 64 § 2 KPA) dotyczy samego "
                        "podania, np. braku podpisu, fotografii albo obowiązkowych danych; termin "
                        "nie może być krótszy niż 7 dni, a nieusunięcie braków skutkuje "
                        "pozostawieniem podania bez rozpoznania,</li><li><strong>wezwanie do "
                        "przedstawienia dowodów</strong> (art. 50 KPA oraz przepisy szczególne "
                        "ustawy o cudzoziemcach) dotyczy dokumentów potwierdzających okoliczności "
                        "sprawy, np. umowy czy zaświadczenia o zarobkach; ich brak nie prowadzi do "
                        "pozostawienia podania bez rozpoznania, ale może skończyć się decyzją "
                        "odmowną, bo organ nie będzie mógł ustalić, że warunki są "
                        "spełnione.</li></ul><p>Od tego rozróżnienia zależy bardzo wiele, m.in. "
                        "to, czy cudzoziemiec zachowa legalność pobytu w czasie postępowania. "
                        "Dlatego w każdym wezwaniu wskazuj podstawę prawną i skutki "
                        "niezastosowania się do niego. Więcej o brakach formalnych mówi lekcja o "
                        "praktyce obsługi.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Czynny udział strony (art. 10)</h2><p>Organ ma obowiązek zapewnić "
                        "stronom czynny udział w każdym stadium postępowania, a <strong>przed "
                        "wydaniem decyzji umożliwić im wypowiedzenie się co do zebranych dowodów i "
                        "materiałów oraz zgłoszonych żądań</strong> (art. 10 § 1). Odstąpić od tej "
                        "zasady można wyłącznie wtedy, gdy załatwienie sprawy nie cierpi zwłoki ze "
                        "względu na niebezpieczeństwo dla życia lub zdrowia ludzkiego albo ze "
                        "względu na grożącą niepowetowaną szkodę materialną (art. 10 § 2). "
                        "Przyczyny odstąpienia organ utrwala w aktach w formie adnotacji.</p><p>Z "
                        "zasadą tą wiążą się inne uprawnienia strony:</p><ul><li><strong>prawo "
                        "wglądu w akta</strong> oraz sporządzania z nich notatek, kopii i odpisów "
                        "(art. 73) – z wyłączeniem materiałów objętych ochroną informacji "
                        "niejawnych lub wyłączonych ze względu na ważny interes państwowy (art. "
                        "74),</li><li><strong>prawo żądania przeprowadzenia dowodu</strong> – "
                        "organ uwzględnia takie żądanie, jeżeli przedmiotem dowodu jest "
                        "okoliczność mająca znaczenie dla sprawy (art. 78 § "
                        "1),</li><li><strong>prawo udziału w przeprowadzaniu dowodu</strong>, np. "
                        "w przesłuchaniu świadka – o terminie i miejscu strona powinna zostać "
                        "zawiadomiona z wyprzedzeniem (art. 79).</li></ul><p>Konsekwencję "
                        "naruszenia tej zasady określa art. 81: okoliczność faktyczną można uznać "
                        "za udowodnioną tylko wtedy, gdy strona miała możność wypowiedzenia się co "
                        "do przeprowadzonych dowodów, z wyjątkiem przypadków z art. 10 § 2. "
                        "Pominięcie tego etapu należy do najczęstszych przyczyn uchylania decyzji "
                        "w postępowaniu odwoławczym.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Informacja o niespełnionych przesłankach (art. 79a)</h2><p>W "
                        "postępowaniu wszczętym na żądanie strony organ, informując ją o prawie do "
                        "wypowiedzenia się co do zebranych dowodów, musi <strong>wskazać "
                        "przesłanki zależne od strony, które nie zostały spełnione lub "
                        "wykazane</strong>, co może skutkować wydaniem decyzji niezgodnej z jej "
                        "żądaniem. W terminie wyznaczonym na wypowiedzenie się strona może "
                        "przedłożyć dodatkowe dowody na potwierdzenie tych przesłanek.</p><p>Dla "
                        "cudzoziemca to często ostatnia okazja, by uzupełnić np. dokumenty o "
                        "dochodach albo o ubezpieczeniu. Zawiadomienie powinno więc być konkretne: "
                        "nie „nie wykazano przesłanek”, ale „nie przedstawiono dokumentu "
                        "potwierdzającego posiadanie ubezpieczenia zdrowotnego”. Przy stanowisku "
                        "obsługi wyjaśniaj klientowi, że takie pismo nie jest jeszcze decyzją, ale "
                        "sygnałem, którego nie wolno zlekceważyć.</p><h3>Pełnomocnik i "
                        "tłumacz</h3><p>Strona może działać przez pełnomocnika, którym może być "
                        "osoba fizyczna mająca zdolność do czynności prawnych (art. 32–33). "
                        "Pełnomocnictwo składa się w oryginale lub w urzędowo poświadczonym "
                        "odpisie; adwokat i radca prawny mogą sami poświadczyć odpis udzielonego "
                        "im pełnomocnictwa. Jeżeli ustanowiono pełnomocnika, pisma doręcza się "
                        "jemu (art. 40 § 2). Gdy przesłuchiwana osoba nie włada dostatecznie "
                        "językiem polskim, czynność przeprowadza się z udziałem tłumacza.</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "act": (
                            "Ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania "
                            "administracyjnego"
                        ),
                        "article": "art. 7, art. 75, art. 76, art. 76a, art. 77",
                        "journal": "tekst jednolity – sprawdź aktualny w ISAP",
                        "status_as_of": "2026-10-01",
                        "note": (
                            "Ustawa o cudzoziemcach zawiera przepisy szczególne o dokumentach "
                            "dołączanych do wniosków, o wezwaniach do ich przedłożenia i o "
                            "zasięganiu informacji od innych organów; ich aktualne brzmienie "
                            "potwierdza zespół prawny."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "act": (
                            "Ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania "
                            "administracyjnego"
                        ),
                        "article": "art. 10, art. 73, art. 74, art. 78, art. 79a, art. 81",
                        "journal": "tekst jednolity – sprawdź aktualny w ISAP",
                        "status_as_of": "2026-10-01",
                        "note": (
                            "Gwarancje czynnego udziału strony stosuje się także w sprawach "
                            "pobytowych; wyjątki wynikają m.in. z przepisów o ochronie informacji "
                            "niejawnych."
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Organ musi wyczerpująco zebrać i rozpatrzyć cały materiał "
                                "dowodowy (art. 77 § 1), także gdy większość dokumentów "
                                "przedstawia strona."
                            ),
                            (
                                "Dowodem jest wszystko, co może przyczynić się do wyjaśnienia "
                                "sprawy i nie jest sprzeczne z prawem (art. 75 § 1)."
                            ),
                            (
                                "Braki formalne (art. 64 § 2) i braki dowodowe to różne sytuacje o "
                                "różnych skutkach – wezwanie musi wskazywać podstawę i skutki."
                            ),
                            (
                                "Przed wydaniem decyzji strona musi mieć możliwość wypowiedzenia "
                                "się co do zebranych dowodów (art. 10 § 1, art. 81)."
                            ),
                            (
                                "Art. 79a: organ wskazuje stronie niespełnione lub niewykazane "
                                "przesłanki, a strona może w wyznaczonym terminie przedstawić "
                                "dodatkowe dowody."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Pismo o możliwości wypowiedzenia się",
                        "client_says": (
                            "Dostałem list, że mogę zapoznać się z aktami i wypowiedzieć się w "
                            "ciągu 7 dni. Jest tam napisane, że nie wykazałem stabilnego dochodu. "
                            "Czy to znaczy, że dostałem odmowę?"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "To jeszcze nie jest decyzja. Urząd informuje Pana, że zebrał "
                                    "materiał, i wskazuje, czego w nim brakuje. W wyznaczonym "
                                    "terminie może Pan przejrzeć akta, złożyć wyjaśnienia i "
                                    "dołączyć dokumenty o dochodzie, na przykład umowę i "
                                    "zaświadczenie o zarobkach. Jeżeli nie zdąży Pan zebrać "
                                    "dokumentów, może Pan przed upływem terminu złożyć pisemną "
                                    "prośbę o jego przedłużenie – urząd ją rozpatrzy."
                                ),
                                "good": True,
                                "explanation": (
                                    "Dobra praktyka: pracownik poprawnie wyjaśnia charakter "
                                    "zawiadomienia z art. 10 i art. 79a KPA, wskazuje konkretne "
                                    "działania i nie obiecuje, że prośba o przedłużenie terminu na "
                                    "pewno zostanie uwzględniona."
                                ),
                            },
                            {
                                "text": (
                                    "To tylko formalność, wszyscy takie pisma dostają. Proszę "
                                    "spokojnie czekać na decyzję."
                                ),
                                "good": False,
                                "explanation": (
                                    "Zła praktyka: klient traci szansę na uzupełnienie dowodów. "
                                    "Jeśli nie przedstawi dokumentów, organ może uznać przesłankę "
                                    "za niewykazaną i wydać decyzję odmowną."
                                ),
                            },
                            {
                                "text": "Tak, to odmowa. Proszę od razu napisać odwołanie.",
                                "good": False,
                                "explanation": (
                                    "Zła praktyka: informacja jest nieprawdziwa. Odwołanie "
                                    "przysługuje od decyzji, a ta jeszcze nie została wydana. "
                                    "Klient straciłby czas, który powinien przeznaczyć na "
                                    "przedstawienie brakujących dowodów."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Wezwanie, które działa",
                        "text": (
                            "Dobre wezwanie wymienia konkretne dokumenty, podaje podstawę prawną, "
                            "termin i skutki jego niedotrzymania, a także wskazuje, w jakiej "
                            "formie i gdzie można złożyć odpowiedź. Jeżeli urząd ma materiały "
                            "informacyjne w języku klienta, warto do nich odesłać – wiążąca "
                            "pozostaje jednak treść wezwania w języku polskim."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Treści prawne wymagają potwierdzenia przez zespół prawny",
                        "text": (
                            "Ta lekcja przedstawia przepisy w ujęciu ogólnym, według stanu "
                            "prawnego na dzień 1 października 2026 r. Zanim wykorzystasz jej treść "
                            "w odpowiedzi dla klienta, w piśmie lub w decyzji, zespół prawny "
                            "urzędu musi potwierdzić aktualne brzmienie przepisów i przyjętą w "
                            "urzędzie praktykę. Dotyczy to w szczególności przepisów szczególnych "
                            "ustawy o cudzoziemcach o dokumentach i wezwaniach, które mogą "
                            "odbiegać od ogólnych reguł KPA."
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "decyzje-odwolania",
            "title": "Decyzje administracyjne i odwołania",
            "estimated_minutes": 25,
            "intro": (
                "Decyzja kończy postępowanie w pierwszej instancji, ale nie zawsze kończy sprawę. "
                "Lekcja omawia elementy decyzji, doręczenie i ostateczność, zasady wnoszenia "
                "odwołania (14 dni, za pośrednictwem organu, który wydał decyzję), czynności "
                "urzędu wojewódzkiego po otrzymaniu odwołania oraz możliwe rozstrzygnięcia organu "
                "odwoławczego i dalszą drogę sądową."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Decyzja – sposób załatwienia sprawy</h2><p>Sprawę administracyjną "
                        "rozstrzyga się co do istoty w drodze decyzji (art. 104). W sprawach "
                        "pobytowych decyzja wojewody udziela zezwolenia, odmawia jego udzielenia "
                        "albo umarza postępowanie, gdy stało się ono bezprzedmiotowe (art. 105). "
                        "Kwestie wpadkowe, na przykład zawieszenie postępowania czy odmowę "
                        "przywrócenia terminu, rozstrzyga się postanowieniami (art. "
                        "123).</p><h3>Elementy decyzji (art. 107 § 1)</h3><p>Decyzja powinna "
                        "zawierać w szczególności:</p><ul><li>oznaczenie organu administracji "
                        "publicznej i datę wydania,</li><li>oznaczenie strony lub "
                        "stron,</li><li>powołanie podstawy "
                        "prawnej,</li><li>rozstrzygnięcie,</li><li>uzasadnienie faktyczne i "
                        "prawne,</li><li>pouczenie, czy i w jakim trybie służy od niej odwołanie, "
                        "a także o prawie do zrzeczenia się odwołania i skutkach takiego "
                        "zrzeczenia,</li><li>podpis z podaniem imienia, nazwiska i stanowiska "
                        "służbowego osoby upoważnionej do wydania "
                        "decyzji.</li></ul><p>Uzasadnienie faktyczne wskazuje fakty, które organ "
                        "uznał za udowodnione, dowody, na których się oparł, oraz przyczyny, z "
                        "powodu których innym dowodom odmówił wiarygodności. Uzasadnienie prawne "
                        "wyjaśnia podstawę prawną decyzji z przytoczeniem przepisów (art. 107 § "
                        "3). Dla cudzoziemca, który nie zna polskiego prawa, dobrze napisane "
                        "uzasadnienie jest często jedynym źródłem wiedzy o tym, dlaczego otrzymał "
                        "odmowę i co może zrobić dalej.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Doręczenie i ostateczność</h2><p>Decyzję doręcza się stronie na "
                        "piśmie albo – w przypadkach przewidzianych w przepisach – elektronicznie. "
                        "Jeżeli strona ustanowiła pełnomocnika, pisma doręcza się pełnomocnikowi. "
                        "Strony i ich przedstawiciele mają obowiązek zawiadamiać organ o każdej "
                        "zmianie adresu; jeśli tego zaniechają, doręczenie pod dotychczasowy adres "
                        "ma skutek prawny (art. 41). Warto przypominać o tym klientom, którzy "
                        "często się przeprowadzają.</p><p>Od dnia doręczenia biegnie termin na "
                        "wniesienie odwołania. Decyzja, od której nie służy odwołanie w "
                        "administracyjnym toku instancji, jest <strong>ostateczna</strong> (art. "
                        "16 § 1) – decyzja wojewody staje się ostateczna m.in. po bezskutecznym "
                        "upływie terminu na odwołanie. Strona może także zrzec się prawa do "
                        "wniesienia odwołania (art. 127a). Z dniem doręczenia organowi "
                        "oświadczenia o zrzeczeniu się przez ostatnią ze stron decyzja staje się "
                        "ostateczna i prawomocna. Skutki zrzeczenia są daleko idące, dlatego nie "
                        "zachęcaj do niego klienta, który ich nie rozumie.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Odwołanie (art. 127–129)</h2><p>Od decyzji wydanej w pierwszej "
                        "instancji stronie służy odwołanie tylko do jednej instancji (art. 127 § "
                        "1). Rozpatruje je organ wyższego stopnia (art. 127 § 2) – w sprawach "
                        "zezwoleń pobytowych udzielanych przez wojewodę jest nim Szef Urzędu do "
                        "Spraw Cudzoziemców.</p><p>Reguły, które pracownik obsługi powinien znać "
                        "na pamięć:</p><ul><li><strong>Termin:</strong> 14 dni od dnia doręczenia "
                        "decyzji stronie, a gdy decyzję ogłoszono ustnie – od dnia jej ogłoszenia "
                        "(art. 129 § 2).</li><li><strong>Droga:</strong> odwołanie wnosi się do "
                        "organu odwoławczego <strong>za pośrednictwem organu, który wydał "
                        "decyzję</strong> (art. 129 § 1), czyli składa się je w urzędzie "
                        "wojewódzkim, który wydał decyzję, albo wysyła na jego "
                        "adres.</li><li><strong>Treść:</strong> odwołanie nie wymaga szczegółowego "
                        "uzasadnienia; wystarczy, że z jego treści wynika, iż strona nie jest "
                        "zadowolona z decyzji (art. 128). Powinno jednak spełniać ogólne wymagania "
                        "podania, w tym zawierać podpis.</li><li><strong>Liczenie "
                        "terminu:</strong> dnia doręczenia nie wlicza się; jeżeli ostatni dzień "
                        "terminu przypada na sobotę lub dzień ustawowo wolny od pracy, termin "
                        "upływa następnego dnia roboczego (art. 57).</li><li><strong>Uchybienie "
                        "terminowi:</strong> jeśli strona nie zdążyła bez własnej winy, może w "
                        "ciągu 7 dni od ustania przyczyny złożyć prośbę o przywrócenie terminu, "
                        "jednocześnie wnosząc odwołanie (art. 58).</li></ul><p>Jeżeli klient "
                        "omyłkowo wyśle odwołanie bezpośrednio do organu drugiej instancji przed "
                        "upływem terminu, nie traci go – pismo wniesione w terminie do organu "
                        "niewłaściwego uważa się za wniesione z zachowaniem terminu i przekazuje "
                        "właściwą drogą (art. 65). Lepiej jednak od razu wskazać prawidłowy "
                        "sposób, bo każde przekazanie wydłuża postępowanie.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Co dzieje się z odwołaniem w urzędzie wojewódzkim</h2><p>Organ "
                        "pierwszej instancji nie rozpatruje odwołania merytorycznie, ale ma do "
                        "wykonania ważne czynności:</p><ol><li>sprawdza, czy odwołanie wpłynęło w "
                        "terminie i od kogo pochodzi,</li><li>rozważa "
                        "<strong>samokontrolę</strong>: jeżeli odwołanie wniosły wszystkie strony, "
                        "a organ uzna, że zasługuje ono w całości na uwzględnienie, może sam wydać "
                        "nową decyzję, w której uchyli lub zmieni zaskarżoną decyzję (art. "
                        "132),</li><li>jeżeli nie korzysta z tej możliwości – <strong>przesyła "
                        "odwołanie wraz z aktami sprawy organowi odwoławczemu w terminie 7 "
                        "dni</strong> od dnia jego otrzymania (art. 133).</li></ol><p>Decyzja nie "
                        "podlega wykonaniu przed upływem terminu do wniesienia odwołania, a "
                        "wniesienie odwołania w terminie co do zasady wstrzymuje jej wykonanie "
                        "(art. 130). W sprawach pobytowych ma to praktyczne znaczenie: ochrona "
                        "legalności pobytu z art. 108 ustawy o cudzoziemcach trwa do dnia, w "
                        "którym decyzja stanie się ostateczna, a więc także w czasie postępowania "
                        "odwoławczego – jeżeli spełniono warunki tego przepisu.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Rozstrzygnięcia organu odwoławczego i dalsza droga</h2><p>Szef Urzędu "
                        "do Spraw Cudzoziemców, rozpatrując odwołanie, może (art. "
                        "138):</p><ul><li>utrzymać zaskarżoną decyzję w mocy,</li><li>uchylić ją w "
                        "całości lub w części i w tym zakresie orzec co do istoty sprawy albo "
                        "umorzyć postępowanie pierwszej instancji,</li><li>uchylić decyzję i "
                        "przekazać sprawę do ponownego rozpatrzenia organowi pierwszej instancji – "
                        "gdy decyzję wydano z naruszeniem przepisów postępowania, a niezbędny do "
                        "wyjaśnienia zakres sprawy ma istotny wpływ na jej "
                        "rozstrzygnięcie,</li><li>umorzyć postępowanie "
                        "odwoławcze.</li></ul><p>Organ odwoławczy co do zasady nie może wydać "
                        "decyzji na niekorzyść strony, która wniosła odwołanie (zakaz "
                        "<em>reformationis in peius</em>, art. 139), chyba że zaskarżona decyzja "
                        "rażąco narusza prawo lub rażąco narusza interes społeczny.</p><p>Na "
                        "decyzję organu odwoławczego przysługuje skarga do wojewódzkiego sądu "
                        "administracyjnego. Wnosi się ją w terminie 30 dni od dnia doręczenia "
                        "decyzji, za pośrednictwem organu, którego decyzja jest zaskarżana. "
                        "Zażalenie na postanowienie – jeżeli przepisy je przewidują – wnosi się w "
                        "terminie 7 dni od dnia doręczenia postanowienia stronie (art. 141 § 2 "
                        "KPA).</p>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "act": (
                            "Ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania "
                            "administracyjnego"
                        ),
                        "article": (
                            "art. 16, art. 104, art. 107, art. 127, art. 127a, art. 128, art. 129, "
                            "art. 132, art. 133, art. 138, art. 139"
                        ),
                        "journal": "tekst jednolity – sprawdź aktualny w ISAP",
                        "status_as_of": "2026-10-01",
                        "note": (
                            "W sprawach pobytowych organem odwoławczym od decyzji wojewody jest "
                            "Szef Urzędu do Spraw Cudzoziemców. Ewentualne przepisy szczególne "
                            "ustawy o cudzoziemcach dotyczące postępowania odwoławczego potwierdza "
                            "zespół prawny."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "act": (
                            "Ustawa z dnia 30 sierpnia 2002 r. – Prawo o postępowaniu przed sądami "
                            "administracyjnymi"
                        ),
                        "article": "art. 53 § 1, art. 54 § 1 (termin i sposób wniesienia skargi)",
                        "journal": "tekst jednolity – sprawdź aktualny w ISAP",
                        "status_as_of": "2026-10-01",
                        "note": (
                            "Skargę wnosi się za pośrednictwem organu, którego działanie jest "
                            "zaskarżane; pracownik obsługi informuje o tej drodze, ale nie "
                            "przygotowuje skargi za stronę."
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Decyzja musi zawierać m.in. podstawę prawną, rozstrzygnięcie, "
                                "uzasadnienie faktyczne i prawne oraz pouczenie o odwołaniu (art. "
                                "107)."
                            ),
                            (
                                "Odwołanie wnosi się w terminie 14 dni od doręczenia decyzji (art. "
                                "129 § 2)."
                            ),
                            (
                                "Odwołanie kieruje się do Szefa Urzędu do Spraw Cudzoziemców za "
                                "pośrednictwem wojewody, który wydał decyzję (art. 129 § 1)."
                            ),
                            "Odwołanie nie wymaga szczegółowego uzasadnienia (art. 128).",
                            (
                                "Wojewoda przekazuje odwołanie z aktami w ciągu 7 dni (art. 133), "
                                "chyba że uwzględni je w ramach samokontroli (art. 132)."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Odwołanie od odmowy – gdzie i do kiedy",
                        "client_says": (
                            "Dziesięć dni temu odebrałem decyzję odmowną. Znajomy mówi, że "
                            "odwołanie trzeba wysłać do Warszawy i że musi je napisać prawnik, bo "
                            "inaczej nikt go nie przeczyta. To prawda?"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Odwołanie składa się za pośrednictwem naszego urzędu – tutaj "
                                    "albo na nasz adres – a my przekażemy je Szefowi Urzędu do "
                                    "Spraw Cudzoziemców. Ma Pan 14 dni od dnia doręczenia decyzji, "
                                    "więc zostało niewiele czasu; sprawdźmy dokładną datę odbioru. "
                                    "Odwołanie nie musi zawierać szczegółowego uzasadnienia ani "
                                    "być napisane przez prawnika. Wystarczy, że wynika z niego, że "
                                    "nie zgadza się Pan z decyzją, i że jest podpisane. Oczywiście "
                                    "może Pan skorzystać z pomocy pełnomocnika."
                                ),
                                "good": True,
                                "explanation": (
                                    "Dobra praktyka: pracownik wskazuje właściwą drogę (art. 129 § "
                                    "1), termin (art. 129 § 2) i minimalne wymagania co do treści "
                                    "(art. 128), a także zwraca uwagę na upływający czas i "
                                    "sprawdza datę doręczenia."
                                ),
                            },
                            {
                                "text": (
                                    "Tak, proszę wysłać odwołanie do Warszawy. My już nie mamy z "
                                    "tą sprawą nic wspólnego."
                                ),
                                "good": False,
                                "explanation": (
                                    "Zła praktyka: odwołanie wnosi się za pośrednictwem organu, "
                                    "który wydał decyzję. Urząd wojewódzki ma też obowiązki po "
                                    "otrzymaniu odwołania (art. 132 i 133), więc twierdzenie, że "
                                    "„nie ma nic wspólnego” ze sprawą, jest nieprawdziwe."
                                ),
                            },
                            {
                                "text": "Proszę się nie spieszyć, na odwołanie ma Pan miesiąc.",
                                "good": False,
                                "explanation": (
                                    "Zła praktyka: termin na odwołanie wynosi 14 dni od doręczenia "
                                    "decyzji. Błędna informacja może sprawić, że klient uchybi "
                                    "terminowi, a decyzja stanie się ostateczna."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Treści prawne wymagają potwierdzenia przez zespół prawny",
                        "text": (
                            "Ta lekcja przedstawia przepisy w ujęciu ogólnym, według stanu "
                            "prawnego na dzień 1 października 2026 r. Zanim wykorzystasz jej treść "
                            "w odpowiedzi dla klienta, w piśmie lub w decyzji, zespół prawny "
                            "urzędu musi potwierdzić aktualne brzmienie przepisów i przyjętą w "
                            "urzędzie praktykę. Przed przekazaniem klientowi informacji o "
                            "terminach i drodze odwoławczej upewnij się, że w jego sprawie nie "
                            "obowiązują przepisy szczególne."
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "praktyka-obslugi",
            "title": (
                "Praktyka obsługi: wniosek, braki formalne, stawiennictwo i informacja dla klienta"
            ),
            "estimated_minutes": 25,
            "intro": (
                "Ostatnia lekcja przenosi przepisy na codzienną pracę wydziału. Omawia, jak "
                "wniosek pobytowy trafia do urzędu po wprowadzeniu Modułu Obsługi Spraw, jak "
                "sprawdzać kompletność formalną i wzywać do usunięcia braków, jak organizować "
                "osobiste stawiennictwo i pobieranie odcisków linii papilarnych oraz jak udzielać "
                "informacji, które są rzetelne, zrozumiałe i nie przesądzają wyniku sprawy."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Jak wniosek pobytowy trafia do urzędu</h2><p>Przez lata obowiązywała "
                        "zasada, że cudzoziemiec składa wniosek o udzielenie zezwolenia na pobyt "
                        "<strong>osobiście</strong> w urzędzie wojewódzkim właściwym ze względu na "
                        "miejsce pobytu. Wojewoda – po sprawdzeniu terminu i kompletności "
                        "formalnej – umieszczał w paszporcie stempel potwierdzający złożenie "
                        "wniosku. Jeżeli wniosek przesłano pocztą, cudzoziemiec był wzywany do "
                        "osobistego stawiennictwa.</p><p>Nowelizacja ustawy o cudzoziemcach "
                        "wprowadziła obowiązkową ścieżkę elektroniczną przez <strong>Moduł Obsługi "
                        "Spraw (MOS)</strong>. Od 27 kwietnia 2026 r. wnioski o udzielenie "
                        "zezwolenia na pobyt czasowy, pobyt stały i pobyt rezydenta "
                        "długoterminowego UE składa się co do zasady wyłącznie w postaci "
                        "elektronicznej, z podpisem elektronicznym cudzoziemca (np. profilem "
                        "zaufanym, podpisem osobistym lub kwalifikowanym podpisem elektronicznym). "
                        "Przepisy przewidują nieliczne wyjątki, np. dla niektórych wniosków "
                        "dotyczących członków rodziny przebywających za granicą. Wnioski "
                        "papierowe, które wpłynęły do urzędu po tej dacie, pozostawia się bez "
                        "rozpoznania.</p><p>Zmiana nie oznacza, że kontakt osobisty zniknął. Po "
                        "złożeniu wniosku wojewoda wzywa cudzoziemca do <strong>osobistego "
                        "stawiennictwa</strong> – w celu pobrania odcisków linii papilarnych, "
                        "okazania ważnego dokumentu podróży i ewentualnie przedłożenia dokumentów. "
                        "Stempel w paszporcie zastąpiło <strong>zaświadczenie</strong> generowane "
                        "w MOS po sprawdzeniu, czy wniosek złożono w terminie i czy nie zawiera "
                        "braków formalnych albo czy braki uzupełniono w terminie.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Sprawdzanie kompletności formalnej</h2><p>Kompletność formalna "
                        "wniosku to co innego niż wykazanie przesłanek. Sprawdzając wniosek, "
                        "pracownik ocenia, czy podanie spełnia wymagania formalne określone w "
                        "przepisach – czy zawiera wymagane dane, podpis, fotografię, odwzorowanie "
                        "dokumentu podróży i potwierdzenie opłaty, jeżeli jest wymagana – a nie "
                        "to, czy cudzoziemiec „zasługuje” na zezwolenie.</p><p>Jeżeli podanie ma "
                        "braki, stosuje się art. 64 § 2 KPA: organ <strong>wzywa wnoszącego do "
                        "usunięcia braków w wyznaczonym terminie, nie krótszym niż 7 dni</strong>, "
                        "z pouczeniem, że ich nieusunięcie spowoduje pozostawienie podania bez "
                        "rozpoznania. Wezwanie musi precyzyjnie wskazywać, czego brakuje. "
                        "Sformułowanie „proszę uzupełnić dokumenty” nie jest prawidłowym "
                        "wezwaniem.</p><p>Jeżeli w podaniu nie wskazano adresu wnoszącego i nie "
                        "można go ustalić na podstawie posiadanych danych, podanie pozostawia się "
                        "bez rozpoznania bez wzywania do uzupełnienia (art. 64 § "
                        "1).</p><h3>Dlaczego terminowe usunięcie braków jest tak ważne</h3><p>W "
                        "sprawach pobytowych uzupełnienie braków formalnych w terminie przesądza o "
                        "tym, czy cudzoziemiec korzysta z ochrony legalności pobytu w czasie "
                        "postępowania (art. 108 ustawy o cudzoziemcach). Pozostawienie podania bez "
                        "rozpoznania oznacza, że postępowanie w ogóle się nie toczy. Jeżeli w tym "
                        "czasie upłynął dotychczasowy tytuł pobytowy, cudzoziemiec może znaleźć "
                        "się w sytuacji nielegalnego pobytu. Dlatego wezwanie powinno być jasne, a "
                        "klient – uprzedzony o skutkach.</p><p>Jeżeli klient z przyczyn od siebie "
                        "niezależnych nie może usunąć braku w wyznaczonym terminie, może przed "
                        "jego upływem złożyć pisemną prośbę o przedłużenie terminu. O przedłużeniu "
                        "decyduje organ – nie obiecuj przy stanowisku, że prośba zostanie "
                        "uwzględniona.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Odciski linii papilarnych i osobiste stawiennictwo</h2><p>Karta "
                        "pobytu zawiera dane biometryczne, dlatego w postępowaniach pobytowych "
                        "pobiera się od cudzoziemca odciski linii papilarnych – w przypadkach i od "
                        "osób w wieku określonym w przepisach. Niestawienie się na wezwanie albo "
                        "odmowa złożenia odcisków ma poważne skutki proceduralne i w zależności od "
                        "rodzaju sprawy może prowadzić do pozostawienia wniosku bez rozpoznania. "
                        "Jeżeli pobranie odcisków jest fizycznie niemożliwe, np. z powodu urazu "
                        "lub niepełnosprawności, organ odstępuje od ich pobrania, a okoliczność tę "
                        "odnotowuje się w sprawie.</p><p>Organizując stawiennictwo, pamiętaj o "
                        "osobach wymagających szczególnego traktowania: osobach starszych, osobach "
                        "z niepełnosprawnościami, kobietach w ciąży i rodzicach samotnie "
                        "opiekujących się małymi dziećmi. Urzędy wojewódzkie, które realizowały "
                        "projekty poprawy obsługi cudzoziemców, wskazywały właśnie te grupy jako "
                        "szczególnie zyskujące na dobrze zaplanowanej obsłudze: z wyznaczaniem "
                        "terminów, informacją telefoniczną w kilku językach i pomocą przy "
                        "poprawnym wypełnianiu formularzy.</p><h3>Krótka lista kontrolna przy "
                        "stawiennictwie</h3><ol><li>Ustal tożsamość na podstawie ważnego dokumentu "
                        "podróży lub innego dokumentu wskazanego w przepisach.</li><li>Sprawdź w "
                        "systemie, jakiego wniosku dotyczy wizyta i czy sprawa ma nieusunięte "
                        "braki formalne.</li><li>Pobierz odciski linii papilarnych albo odnotuj "
                        "przyczynę odstąpienia od ich pobrania.</li><li>Przyjmij przedstawione "
                        "dokumenty i odnotuj, czego jeszcze brakuje.</li><li>Poinformuj klienta, "
                        "jakie będą kolejne etapy sprawy i jak będzie otrzymywał pisma.</li></ol>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Informacja dla klienta: co trzeba, a czego unikać</h2><p>Art. 9 KPA "
                        "nakłada na organ obowiązek należytego i wyczerpującego informowania stron "
                        "o okolicznościach faktycznych i prawnych, które mogą wpłynąć na ich prawa "
                        "i obowiązki. W obsłudze cudzoziemców oznacza to, że "
                        "należy:</p><ul><li>wyjaśniać procedurę prostym językiem: co klient musi "
                        "zrobić, do kiedy i w jakiej formie,</li><li>korzystać z materiałów w "
                        "językach najczęściej używanych przez klientów oraz z kanałów "
                        "informacyjnych urzędu, takich jak infolinia, strona internetowa czy "
                        "kreatory wniosków,</li><li>przekazywać ważne informacje także na piśmie "
                        "albo wskazywać, gdzie klient je znajdzie,</li><li>informować o stanie "
                        "sprawy na podstawie danych z systemu, a nie "
                        "przypuszczeń,</li><li>kierować klienta do właściwego organu, jeżeli "
                        "sprawa nie należy do wojewody (np. ochrona międzynarodowa, wizy wydawane "
                        "za granicą).</li></ul><p>Należy natomiast unikać:</p><ul><li>przesądzania "
                        "wyniku sprawy („na pewno Pan dostanie”, „to nie ma "
                        "szans”),</li><li>podawania terminów „na oko” i składania obietnic, "
                        "których urząd nie może dotrzymać,</li><li>odmowy przyjęcia pisma w "
                        "toczącej się sprawie (np. odwołania, ponaglenia czy wyjaśnień) – pismo "
                        "się przyjmuje, a jego ocena następuje w postępowaniu; jeżeli dla danego "
                        "wniosku przepisy przewidują wyłącznie formę elektroniczną, wyjaśnij "
                        "skutki i wskaż właściwą drogę,</li><li>polecania konkretnych pośredników "
                        "lub kancelarii,</li><li>udzielania informacji o sprawie osobom "
                        "nieupoważnionym – najpierw ustal tożsamość rozmówcy i ewentualne "
                        "pełnomocnictwo.</li></ul>"
                    ),
                ),
                (
                    "legal_reference",
                    {
                        "act": (
                            "Ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania "
                            "administracyjnego"
                        ),
                        "article": "art. 9, art. 64 § 1 i § 2",
                        "journal": "tekst jednolity – sprawdź aktualny w ISAP",
                        "status_as_of": "2026-10-01",
                        "note": (
                            "Wezwanie do usunięcia braków formalnych wymaga terminu nie krótszego "
                            "niż 7 dni i pouczenia o skutku w postaci pozostawienia podania bez "
                            "rozpoznania."
                        ),
                    },
                ),
                (
                    "legal_reference",
                    {
                        "act": "Ustawa z dnia 12 grudnia 2013 r. o cudzoziemcach",
                        "article": (
                            "art. 108 oraz przepisy o składaniu wniosków przez MOS, osobistym "
                            "stawiennictwie i pobieraniu odcisków linii papilarnych (numerację "
                            "potwierdź)"
                        ),
                        "journal": "tekst jednolity – sprawdź aktualny w ISAP",
                        "status_as_of": "2026-10-01",
                        "note": (
                            "Obowiązkowa ścieżka elektroniczna (MOS) obowiązuje od 27 kwietnia "
                            "2026 r.; zastąpiła osobiste składanie wniosków i stempel w dokumencie "
                            "podróży. Wyjątki, szczegóły procedury i numerację przepisów "
                            "potwierdza zespół prawny."
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Od 27 kwietnia 2026 r. wnioski o pobyt czasowy, stały i rezydenta "
                                "długoterminowego UE składa się co do zasady wyłącznie przez MOS."
                            ),
                            (
                                "Stempel w paszporcie zastąpiło zaświadczenie z MOS, wydawane po "
                                "sprawdzeniu terminu złożenia i kompletności formalnej wniosku."
                            ),
                            (
                                "Wezwanie do usunięcia braków formalnych: termin co najmniej 7 "
                                "dni, dokładne wskazanie braków i pouczenie o skutkach (art. 64 § "
                                "2 KPA)."
                            ),
                            (
                                "Terminowe usunięcie braków decyduje o ochronie legalności pobytu "
                                "w czasie postępowania."
                            ),
                            (
                                "Informuj rzetelnie i prostym językiem, ale nie przesądzaj wyniku "
                                "sprawy i nie podawaj terminów „na oko”."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Termin na usunięcie braków mija jutro",
                        "client_says": (
                            "Dostałem wezwanie do usunięcia braków we wniosku. Termin mija jutro, "
                            "a brakujący dokument muszę dostać z konsulatu mojego kraju, co potrwa "
                            "jeszcze dwa tygodnie. Co mam zrobić?"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Proszę przed upływem terminu, najlepiej jeszcze dziś, "
                                    "uzupełnić wszystko, co Pan może, i złożyć pisemną prośbę o "
                                    "przedłużenie terminu z wyjaśnieniem, że czeka Pan na dokument "
                                    "z konsulatu – najlepiej z potwierdzeniem, że już Pan o niego "
                                    "wystąpił. O przedłużeniu zdecyduje urząd, więc nie mogę "
                                    "obiecać wyniku, ale bez takiej prośby wniosek może zostać "
                                    "pozostawiony bez rozpoznania."
                                ),
                                "good": True,
                                "explanation": (
                                    "Dobra praktyka: pracownik wskazuje konkretne działanie "
                                    "możliwe przed upływem terminu, wyjaśnia skutki z art. 64 § 2 "
                                    "KPA i uczciwie zaznacza, że o przedłużeniu decyduje organ."
                                ),
                            },
                            {
                                "text": (
                                    "Nic się nie stanie. Proszę przynieść dokument, kiedy go Pan "
                                    "dostanie."
                                ),
                                "good": False,
                                "explanation": (
                                    "Zła praktyka: fałszywe zapewnienie. Po bezskutecznym upływie "
                                    "terminu podanie może zostać pozostawione bez rozpoznania, a "
                                    "cudzoziemiec może utracić ochronę legalności pobytu."
                                ),
                            },
                            {
                                "text": (
                                    "Termin to termin. Skoro nie ma Pan dokumentu, wniosek i tak "
                                    "przepadnie – może lepiej go wycofać."
                                ),
                                "good": False,
                                "explanation": (
                                    "Zła praktyka: pracownik pomija możliwość złożenia prośby o "
                                    "przedłużenie terminu i namawia do wycofania wniosku, co może "
                                    "mieć dla cudzoziemca nieodwracalne skutki."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Treści prawne wymagają potwierdzenia przez zespół prawny",
                        "text": (
                            "Ta lekcja przedstawia przepisy w ujęciu ogólnym, według stanu "
                            "prawnego na dzień 1 października 2026 r. Zanim wykorzystasz jej treść "
                            "w odpowiedzi dla klienta, w piśmie lub w decyzji, zespół prawny "
                            "urzędu musi potwierdzić aktualne brzmienie przepisów i przyjętą w "
                            "urzędzie praktykę. Procedura składania wniosków przez MOS jest nowa; "
                            "szczegóły, wyjątki i wzory pism mogą się jeszcze zmieniać."
                        ),
                    },
                ),
            ],
        },
    ],
    "quiz": {
        "slug": "test-koncowy",
        "title": "Test końcowy: prawo migracyjne w praktyce urzędu",
        "intro": (
            "Test sprawdza wiedzę ze wszystkich sześciu lekcji kursu. Zawiera 24 pytania różnych "
            "typów; na rozwiązanie masz 25 minut, a do zaliczenia potrzebujesz co najmniej 80% "
            "punktów. Możesz podejść do testu najwyżej trzy razy. Pytania odnoszą się do stanu "
            "prawnego na dzień 1 października 2026 r.; po każdym pytaniu zobaczysz wyjaśnienie z "
            "podstawą prawną."
        ),
        "pass_mark": 80,
        "time_limit_minutes": 25,
        "max_attempts": 3,
        "questions": [
            {
                "type": "single",
                "text": (
                    "Na jaki najdłuższy okres, zgodnie z ogólną regułą ustawy o cudzoziemcach, "
                    "udziela się zezwolenia na pobyt czasowy?"
                ),
                "lesson": "legalizacja-pobytu",
                "choices": [
                    {
                        "text": "Na 1 rok.",
                        "correct": False,
                        "feedback": (
                            "Zezwolenie może być udzielone na dłużej – górną granicą są 3 lata."
                        ),
                    },
                    {
                        "text": (
                            "Na okres potrzebny do realizacji celu pobytu, nie dłuższy niż 3 lata."
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak. Zezwolenie na pobyt czasowy jest terminowe i powiązane z celem "
                            "pobytu."
                        ),
                    },
                    {
                        "text": "Na 5 lat.",
                        "correct": False,
                        "feedback": (
                            "5 lat to okres legalnego pobytu wymagany m.in. przy zezwoleniu na "
                            "pobyt rezydenta długoterminowego UE, a nie okres zezwolenia na pobyt "
                            "czasowy."
                        ),
                    },
                    {
                        "text": "Na czas nieoznaczony.",
                        "correct": False,
                        "feedback": (
                            "Na czas nieoznaczony udziela się zezwolenia na pobyt stały i "
                            "zezwolenia na pobyt rezydenta długoterminowego UE."
                        ),
                    },
                ],
                "general_feedback": (
                    "Art. 98 ustawy o cudzoziemcach: zezwolenia na pobyt czasowy udziela się na "
                    "czas oznaczony, potrzebny do realizacji celu pobytu dłuższego niż 3 miesiące, "
                    "nie dłuższy jednak niż 3 lata. Pobyt stały (art. 195) i pobyt rezydenta "
                    "długoterminowego UE (art. 211) to zezwolenia bezterminowe."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Który organ rozpatruje odwołanie od decyzji wojewody w sprawie zezwolenia na "
                    "pobyt czasowy?"
                ),
                "lesson": "legalizacja-pobytu",
                "choices": [
                    {
                        "text": "Szef Urzędu do Spraw Cudzoziemców.",
                        "correct": True,
                        "feedback": (
                            "Tak. To organ wyższego stopnia wobec wojewody w sprawach pobytowych."
                        ),
                    },
                    {
                        "text": "Samorządowe kolegium odwoławcze.",
                        "correct": False,
                        "feedback": (
                            "SKO rozpatruje odwołania od decyzji organów samorządu terytorialnego, "
                            "a nie wojewody w sprawach cudzoziemców."
                        ),
                    },
                    {
                        "text": "Wojewódzki sąd administracyjny.",
                        "correct": False,
                        "feedback": (
                            "Sąd administracyjny kontroluje decyzję dopiero po wyczerpaniu toku "
                            "instancji, na skutek skargi – nie rozpatruje odwołania."
                        ),
                    },
                    {
                        "text": "Ten sam wojewoda, który wydał decyzję.",
                        "correct": False,
                        "feedback": (
                            "Wojewoda może jedynie skorzystać z samokontroli (art. 132 KPA); "
                            "odwołanie rozpatruje organ wyższego stopnia."
                        ),
                    },
                ],
                "general_feedback": (
                    "Zgodnie z art. 127 § 1 i § 2 KPA odwołanie rozpatruje organ wyższego stopnia. "
                    "W sprawach zezwoleń pobytowych udzielanych przez wojewodę jest nim Szef "
                    "Urzędu do Spraw Cudzoziemców; od jego decyzji przysługuje skarga do "
                    "wojewódzkiego sądu administracyjnego."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Wniosek o udzielenie zezwolenia na pobyt czasowy można skutecznie złożyć w "
                    "ciągu 14 dni po upływie legalnego pobytu, zachowując ochronę legalności "
                    "pobytu w czasie postępowania."
                ),
                "lesson": "legalizacja-pobytu",
                "answer": False,
                "feedback_true": (
                    "Niestety nie. Wniosek trzeba złożyć najpóźniej w ostatnim dniu legalnego "
                    "pobytu (art. 105 ust. 1 ustawy o cudzoziemcach)."
                ),
                "feedback_false": (
                    "Dobrze. Ustawa nie przewiduje żadnego „okresu karencji” po upływie legalnego "
                    "pobytu."
                ),
                "general_feedback": (
                    "Art. 105 ust. 1 ustawy o cudzoziemcach: wniosek o udzielenie zezwolenia na "
                    "pobyt czasowy składa się nie później niż w ostatnim dniu legalnego pobytu. "
                    "Tylko wniosek złożony w terminie i bez braków formalnych (lub z brakami "
                    "uzupełnionymi w terminie) daje ochronę z art. 108 – legalność pobytu do dnia, "
                    "w którym decyzja stanie się ostateczna."
                ),
            },
            {
                "type": "matching",
                "text": "Dopasuj rodzaj zezwolenia do jego charakterystyki.",
                "lesson": "legalizacja-pobytu",
                "pairs": [
                    [
                        "Zezwolenie na pobyt czasowy",
                        "Na czas oznaczony, gdy cel pobytu uzasadnia pobyt dłuższy niż 3 miesiące",
                    ],
                    [
                        "Zezwolenie na pobyt czasowy i pracę",
                        "Jedna decyzja obejmująca pobyt i pracę u wskazanego podmiotu",
                    ],
                    [
                        "Zezwolenie na pobyt stały",
                        (
                            "Na czas nieoznaczony, wyłącznie w sytuacjach z zamkniętego katalogu "
                            "ustawy"
                        ),
                    ],
                    [
                        "Zezwolenie na pobyt rezydenta długoterminowego UE",
                        "Na czas nieoznaczony, m.in. po 5 latach nieprzerwanego legalnego pobytu",
                    ],
                ],
                "general_feedback": (
                    "Podstawy: art. 98 (pobyt czasowy), art. 114 (pobyt czasowy i praca – "
                    "zezwolenie jednolite), art. 195 (pobyt stały – zamknięty katalog przesłanek) "
                    "i art. 211 (rezydent długoterminowy UE – m.in. 5 lat legalnego pobytu, "
                    "stabilny dochód, ubezpieczenie, znajomość języka polskiego) ustawy o "
                    "cudzoziemcach."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Od 1 czerwca 2025 r. zasady powierzania pracy cudzoziemcom określa przede "
                    "wszystkim ustawa z dnia 20 marca 2025 r. o warunkach dopuszczalności "
                    "powierzania pracy cudzoziemcom na terytorium RP, a nie przepisy ustawy z 2004 "
                    "r. o promocji zatrudnienia i instytucjach rynku pracy."
                ),
                "lesson": "legalizacja-pracy",
                "answer": True,
                "feedback_true": (
                    "Dobrze. Przepisy o pracy cudzoziemców przeniesiono w 2025 r. do nowej ustawy."
                ),
                "feedback_false": (
                    "To zdanie jest prawdziwe. Dawne przepisy (art. 87 i nast. ustawy z 2004 r.) "
                    "zastąpiła nowa ustawa, obowiązująca od 1 czerwca 2025 r."
                ),
                "general_feedback": (
                    "Ustawa z dnia 20 marca 2025 r. o warunkach dopuszczalności powierzania pracy "
                    "cudzoziemcom na terytorium Rzeczypospolitej Polskiej weszła w życie 1 czerwca "
                    "2025 r. i zastąpiła przepisy art. 87 i nast. ustawy z 20 kwietnia 2004 r. Do "
                    "spraw wszczętych wcześniej mogą mieć zastosowanie przepisy przejściowe – to "
                    "zawsze potwierdza zespół prawny."
                ),
            },
            {
                "type": "multiple",
                "scoring": "partial",
                "text": (
                    "Którzy cudzoziemcy co do zasady mogą wykonywać pracę w Polsce bez zezwolenia "
                    "na pracę? Zaznacz wszystkie poprawne odpowiedzi."
                ),
                "lesson": "legalizacja-pracy",
                "choices": [
                    {
                        "text": "Osoba posiadająca zezwolenie na pobyt stały.",
                        "correct": True,
                        "feedback": "Tak – pobyt stały daje swobodny dostęp do rynku pracy.",
                    },
                    {
                        "text": (
                            "Osoba posiadająca zezwolenie na pobyt rezydenta długoterminowego UE."
                        ),
                        "correct": True,
                        "feedback": "Tak – to również tytuł ze swobodnym dostępem do rynku pracy.",
                    },
                    {
                        "text": "Osoba, której nadano w Polsce status uchodźcy.",
                        "correct": True,
                        "feedback": (
                            "Tak – ochrona międzynarodowa udzielona w Polsce zwalnia z obowiązku "
                            "posiadania zezwolenia na pracę."
                        ),
                    },
                    {
                        "text": (
                            "Każdy cudzoziemiec przebywający legalnie na podstawie wizy "
                            "turystycznej."
                        ),
                        "correct": False,
                        "feedback": (
                            "Nie – legalny pobyt nie oznacza prawa do pracy; potrzebna jest "
                            "odrębna podstawa."
                        ),
                    },
                    {
                        "text": (
                            "Osoba, której wniosek o pobyt czasowy pozostawiono bez rozpoznania."
                        ),
                        "correct": False,
                        "feedback": (
                            "Nie – taka osoba nie uzyskuje żadnego uprawnienia do pracy z samego "
                            "faktu złożenia wniosku."
                        ),
                    },
                ],
                "general_feedback": (
                    "Zwolnienia z obowiązku posiadania zezwolenia na pracę obejmują m.in. osoby z "
                    "zezwoleniem na pobyt stały, z zezwoleniem na pobyt rezydenta długoterminowego "
                    "UE oraz objęte w Polsce ochroną międzynarodową. Od 1 czerwca 2025 r. reguluje "
                    "je ustawa o warunkach dopuszczalności powierzania pracy cudzoziemcom "
                    "(wcześniej art. 87 ustawy z 2004 r.). Legalny pobyt sam w sobie nie daje "
                    "prawa do pracy."
                ),
            },
            {
                "type": "matching",
                "text": "Dopasuj sytuację do właściwej formy legalizacji pracy.",
                "lesson": "legalizacja-pracy",
                "pairs": [
                    [
                        (
                            "Cudzoziemiec przyjeżdża na kilka miesięcy do pracy przy zbiorach w "
                            "gospodarstwie rolnym"
                        ),
                        "Zezwolenie na pracę sezonową wydawane przez starostę",
                    ],
                    [
                        (
                            "Cudzoziemiec mieszka w Polsce i chce jedną decyzją uzyskać prawo "
                            "pobytu i prawo do pracy"
                        ),
                        "Zezwolenie na pobyt czasowy i pracę wydawane przez wojewodę",
                    ],
                    [
                        (
                            "Obywatel jednego z kilku państw wskazanych w przepisach ma pracować "
                            "krótko na uproszczonych zasadach"
                        ),
                        (
                            "Oświadczenie o powierzeniu wykonywania pracy wpisane do ewidencji "
                            "przez starostę"
                        ),
                    ],
                    [
                        "Cudzoziemiec ma zezwolenie na pobyt stały",
                        "Swobodny dostęp do rynku pracy bez zezwolenia",
                    ],
                ],
                "general_feedback": (
                    "Zezwolenie na pracę sezonową i oświadczenia obsługuje starosta (powiatowy "
                    "urząd pracy) na podstawie ustawy z 20 marca 2025 r.; zezwolenie jednolite "
                    "wydaje wojewoda na podstawie art. 114 ustawy o cudzoziemcach; posiadacze "
                    "zezwolenia na pobyt stały mają swobodny dostęp do rynku pracy. Wykaz państw "
                    "objętych oświadczeniami określają przepisy wykonawcze – sprawdź aktualny."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Kto występuje z wnioskiem o wydanie zezwolenia na pracę (nie mylić z "
                    "zezwoleniem na pobyt czasowy i pracę)?"
                ),
                "lesson": "legalizacja-pracy",
                "choices": [
                    {
                        "text": "Podmiot powierzający pracę cudzoziemcowi, czyli pracodawca.",
                        "correct": True,
                        "feedback": "Tak. Zezwolenie na pracę uzyskuje podmiot powierzający pracę.",
                    },
                    {
                        "text": "Sam cudzoziemiec.",
                        "correct": False,
                        "feedback": (
                            "Cudzoziemiec jest wnioskodawcą w sprawie zezwolenia pobytowego, w tym "
                            "zezwolenia na pobyt czasowy i pracę, ale nie zezwolenia na pracę."
                        ),
                    },
                    {
                        "text": "Starosta z urzędu.",
                        "correct": False,
                        "feedback": (
                            "Starosta nie występuje o zezwolenia; obsługuje m.in. oświadczenia i "
                            "zezwolenia na pracę sezonową."
                        ),
                    },
                    {
                        "text": "Szef Urzędu do Spraw Cudzoziemców.",
                        "correct": False,
                        "feedback": (
                            "Szef Urzędu jest organem odwoławczym w sprawach pobytowych, a nie "
                            "wnioskodawcą."
                        ),
                    },
                ],
                "general_feedback": (
                    "Zgodnie z ustawą z 20 marca 2025 r. (wcześniej art. 88 ustawy z 2004 r.) "
                    "zezwolenie na pracę wydaje wojewoda na wniosek podmiotu powierzającego pracę. "
                    "W sprawie zezwolenia na pobyt czasowy i pracę (art. 114 ustawy o "
                    "cudzoziemcach) wnioskodawcą jest cudzoziemiec, a pracodawca przedstawia "
                    "informacje o warunkach pracy."
                ),
            },
            {
                "type": "single",
                "text": (
                    "W jakim terminie należy załatwić sprawę wymagającą postępowania "
                    "wyjaśniającego, jeżeli przepisy szczególne nie stanowią inaczej (art. 35 § 3 "
                    "KPA)?"
                ),
                "lesson": "kpa-terminy",
                "choices": [
                    {
                        "text": "Nie później niż w ciągu miesiąca od dnia wszczęcia postępowania.",
                        "correct": True,
                        "feedback": (
                            "Tak. Dwa miesiące przewidziano dla spraw szczególnie skomplikowanych."
                        ),
                    },
                    {
                        "text": "Nie później niż w ciągu 14 dni.",
                        "correct": False,
                        "feedback": (
                            "14 dni to termin na wniesienie odwołania (art. 129 § 2), a nie termin "
                            "załatwienia sprawy."
                        ),
                    },
                    {
                        "text": "Nie później niż w ciągu 3 miesięcy.",
                        "correct": False,
                        "feedback": (
                            "KPA nie przewiduje takiego ogólnego terminu; górna granica to 2 "
                            "miesiące dla spraw szczególnie skomplikowanych."
                        ),
                    },
                    {
                        "text": "Bez żadnego terminu – organ działa według kolejności wpływu.",
                        "correct": False,
                        "feedback": (
                            "Kolejność wpływu nie zwalnia z terminów ustawowych; przy zwłoce "
                            "trzeba zawiadomić stronę (art. 36)."
                        ),
                    },
                ],
                "general_feedback": (
                    "Art. 35 § 3 KPA: załatwienie sprawy wymagającej postępowania wyjaśniającego "
                    "powinno nastąpić nie później niż w ciągu miesiąca, a sprawy szczególnie "
                    "skomplikowanej – nie później niż w ciągu dwóch miesięcy od dnia wszczęcia "
                    "postępowania. Ustawa o cudzoziemcach może przewidywać terminy szczególne."
                ),
            },
            {
                "type": "multiple",
                "scoring": "partial",
                "text": (
                    "Co musi zawierać zawiadomienie o niezałatwieniu sprawy w terminie (art. 36 "
                    "KPA)? Zaznacz wszystkie poprawne odpowiedzi."
                ),
                "lesson": "kpa-terminy",
                "choices": [
                    {
                        "text": "Przyczyny zwłoki.",
                        "correct": True,
                        "feedback": (
                            "Tak – strona ma prawo wiedzieć, dlaczego sprawa się przedłuża."
                        ),
                    },
                    {
                        "text": "Nowy termin załatwienia sprawy.",
                        "correct": True,
                        "feedback": "Tak – i powinien to być termin realny.",
                    },
                    {
                        "text": "Pouczenie o prawie do wniesienia ponaglenia.",
                        "correct": True,
                        "feedback": "Tak – to obowiązkowy element zawiadomienia.",
                    },
                    {
                        "text": "Projekt rozstrzygnięcia sprawy.",
                        "correct": False,
                        "feedback": (
                            "Nie – zawiadomienie o zwłoce nie zawiera przyszłego rozstrzygnięcia."
                        ),
                    },
                    {
                        "text": "Prośbę o wycofanie wniosku w celu przyspieszenia obsługi.",
                        "correct": False,
                        "feedback": (
                            "Nie – takie działanie byłoby sprzeczne z zasadą zaufania (art. 8 KPA)."
                        ),
                    },
                ],
                "general_feedback": (
                    "Art. 36 § 1 KPA: o każdym przypadku niezałatwienia sprawy w terminie organ "
                    "niezwłocznie zawiadamia strony, podając przyczyny zwłoki, wskazując nowy "
                    "termin załatwienia sprawy oraz pouczając o prawie do wniesienia ponaglenia. "
                    "Ten sam obowiązek dotyczy zwłoki z przyczyn niezależnych od organu (art. 36 § "
                    "2)."
                ),
            },
            {
                "type": "short",
                "text": (
                    "W ciągu ilu miesięcy od dnia wszczęcia postępowania należy załatwić sprawę "
                    "szczególnie skomplikowaną według art. 35 § 3 KPA (jeżeli przepisy szczególne "
                    "nie stanowią inaczej)? Wpisz liczbę."
                ),
                "lesson": "kpa-terminy",
                "answers": [
                    "2",
                    "dwa",
                    "dwóch",
                    "2 miesiące",
                    "dwa miesiące",
                    "2 miesięcy",
                    "dwóch miesięcy",
                ],
                "ignore_case": True,
                "ignore_diacritics": True,
                "ignore_spaces": True,
                "general_feedback": (
                    "Prawidłowa odpowiedź: 2 (dwa miesiące). Art. 35 § 3 KPA: sprawa wymagająca "
                    "postępowania wyjaśniającego – nie później niż w ciągu miesiąca, sprawa "
                    "szczególnie skomplikowana – nie później niż w ciągu dwóch miesięcy od dnia "
                    "wszczęcia postępowania. Do terminów nie wlicza się m.in. okresów zawieszenia "
                    "i opóźnień z winy strony (art. 35 § 5)."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Ponaglenie wnosi się bezpośrednio do organu wyższego stopnia, z pominięciem "
                    "organu prowadzącego postępowanie."
                ),
                "lesson": "kpa-terminy",
                "answer": False,
                "feedback_true": (
                    "Niestety nie. Ponaglenie wnosi się za pośrednictwem organu prowadzącego "
                    "postępowanie."
                ),
                "feedback_false": (
                    "Dobrze. Ponaglenie kieruje się do organu wyższego stopnia, ale składa za "
                    "pośrednictwem organu prowadzącego sprawę."
                ),
                "general_feedback": (
                    "Art. 37 § 3 KPA: ponaglenie wnosi się do organu wyższego stopnia za "
                    "pośrednictwem organu prowadzącego postępowanie. Organ ten przekazuje je "
                    "niezwłocznie, nie później niż w terminie 7 dni, wraz z aktami sprawy i "
                    "ustosunkowaniem się do ponaglenia (art. 37 § 4). W sprawach pobytowych "
                    "organem wyższego stopnia jest Szef Urzędu do Spraw Cudzoziemców."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Przed wydaniem decyzji organ musi umożliwić stronie wypowiedzenie się co do "
                    "zebranych dowodów. Kiedy KPA pozwala od tego odstąpić?"
                ),
                "lesson": "dowody-udzial-strony",
                "choices": [
                    {
                        "text": (
                            "Gdy załatwienie sprawy nie cierpi zwłoki ze względu na "
                            "niebezpieczeństwo dla życia lub zdrowia ludzkiego albo grożącą "
                            "niepowetowaną szkodę materialną."
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak. To jedyne wyjątki z art. 10 § 2 KPA; przyczyny odstąpienia "
                            "utrwala się w aktach."
                        ),
                    },
                    {
                        "text": "Gdy w wydziale jest duża liczba spraw do załatwienia.",
                        "correct": False,
                        "feedback": "Obciążenie pracą nie jest podstawą do pominięcia art. 10.",
                    },
                    {
                        "text": "Gdy strona jest cudzoziemcem i nie zna języka polskiego.",
                        "correct": False,
                        "feedback": (
                            "Nieznajomość języka nie odbiera stronie praw; to raczej powód, by "
                            "zadbać o zrozumiałą informację."
                        ),
                    },
                    {
                        "text": "Gdy pracownik uzna, że zebrane dowody są oczywiste.",
                        "correct": False,
                        "feedback": (
                            "Ocena „oczywistości” dowodów nie uprawnia do pominięcia tego etapu; "
                            "zob. art. 81 KPA."
                        ),
                    },
                ],
                "general_feedback": (
                    "Art. 10 § 1 KPA nakazuje zapewnić stronie czynny udział w każdym stadium "
                    "postępowania i możliwość wypowiedzenia się przed wydaniem decyzji. Wyjątki "
                    "określa wyłącznie art. 10 § 2, a przyczyny odstąpienia utrwala się w aktach "
                    "(art. 10 § 3). Zgodnie z art. 81 okoliczność można uznać za udowodnioną tylko "
                    "wtedy, gdy strona miała możność wypowiedzenia się co do dowodów."
                ),
            },
            {
                "type": "multiple",
                "scoring": "partial",
                "text": (
                    "Które stwierdzenia o postępowaniu dowodowym w KPA są prawdziwe? Zaznacz "
                    "wszystkie poprawne odpowiedzi."
                ),
                "lesson": "dowody-udzial-strony",
                "choices": [
                    {
                        "text": (
                            "Jako dowód dopuszcza się wszystko, co może przyczynić się do "
                            "wyjaśnienia sprawy, a nie jest sprzeczne z prawem."
                        ),
                        "correct": True,
                        "feedback": "Tak – to art. 75 § 1 KPA.",
                    },
                    {
                        "text": (
                            "Fakty znane organowi z urzędu nie wymagają dowodu, ale należy je "
                            "zakomunikować stronie."
                        ),
                        "correct": True,
                        "feedback": "Tak – to art. 77 § 4 KPA.",
                    },
                    {
                        "text": (
                            "Dokument urzędowy jest dowodem tego, co zostało w nim urzędowo "
                            "stwierdzone, ale można przeprowadzić przeciwdowód."
                        ),
                        "correct": True,
                        "feedback": "Tak – art. 76 § 1 i § 3 KPA.",
                    },
                    {
                        "text": (
                            "Organ może oprzeć się wyłącznie na dokumentach przedłożonych przez "
                            "stronę i nie musi niczego ustalać samodzielnie."
                        ),
                        "correct": False,
                        "feedback": (
                            "Nie – organ ma obowiązek wyczerpująco zebrać i rozpatrzyć cały "
                            "materiał dowodowy (art. 77 § 1)."
                        ),
                    },
                    {
                        "text": (
                            "Okoliczność można uznać za udowodnioną, nawet jeśli strona nie mogła "
                            "wypowiedzieć się co do dowodów, o ile dowody są jednoznaczne."
                        ),
                        "correct": False,
                        "feedback": (
                            "Nie – art. 81 KPA wymaga, by strona miała możność wypowiedzenia się "
                            "(poza wyjątkami z art. 10 § 2)."
                        ),
                    },
                ],
                "general_feedback": (
                    "Zasady dowodowe KPA: otwarty katalog dowodów (art. 75 § 1), moc dowodowa "
                    "dokumentów urzędowych z możliwością przeciwdowodu (art. 76), obowiązek "
                    "wyczerpującego zebrania materiału i komunikowania stronie faktów znanych z "
                    "urzędu (art. 77 § 1 i § 4) oraz wymóg zapewnienia stronie możliwości "
                    "wypowiedzenia się (art. 10 i art. 81)."
                ),
            },
            {
                "type": "ordering",
                "text": (
                    "Ułóż etapy postępowania w sprawie wszczętej na wniosek w prawidłowej "
                    "kolejności."
                ),
                "lesson": "dowody-udzial-strony",
                "items": [
                    "Sprawdzenie wymogów formalnych wniosku",
                    "Wezwanie do usunięcia braków formalnych (art. 64 § 2 KPA)",
                    "Zebranie i rozpatrzenie materiału dowodowego (art. 77 § 1 KPA)",
                    (
                        "Zawiadomienie o możliwości wypowiedzenia się co do dowodów i o "
                        "niewykazanych przesłankach (art. 10, art. 79a KPA)"
                    ),
                    "Wydanie decyzji z uzasadnieniem i pouczeniem o odwołaniu (art. 107 KPA)",
                ],
                "general_feedback": (
                    "Najpierw ocenia się formalną stronę podania i w razie potrzeby wzywa do "
                    "usunięcia braków (art. 64 § 2). Następnie organ zbiera i rozpatruje dowody "
                    "(art. 77 § 1), przed wydaniem decyzji umożliwia stronie wypowiedzenie się i "
                    "wskazuje niewykazane przesłanki (art. 10 § 1, art. 79a), a na końcu wydaje "
                    "decyzję zawierającą elementy z art. 107."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Zawiadomienie z art. 79a KPA o przesłankach, które nie zostały spełnione lub "
                    "wykazane, jest decyzją odmowną, od której przysługuje odwołanie."
                ),
                "lesson": "dowody-udzial-strony",
                "answer": False,
                "feedback_true": (
                    "Niestety nie. To zawiadomienie nie rozstrzyga sprawy – jest ostrzeżeniem "
                    "przed wydaniem decyzji."
                ),
                "feedback_false": (
                    "Dobrze. To jeszcze nie decyzja, lecz informacja dająca stronie szansę na "
                    "przedstawienie dodatkowych dowodów."
                ),
                "general_feedback": (
                    "Art. 79a § 1 KPA: w postępowaniu wszczętym na żądanie strony organ, "
                    "informując o prawie do wypowiedzenia się co do zebranych dowodów, wskazuje "
                    "przesłanki zależne od strony, które nie zostały spełnione lub wykazane. "
                    "Strona może w wyznaczonym terminie przedłożyć dodatkowe dowody (art. 79a § "
                    "2). Odwołanie przysługuje dopiero od decyzji (art. 127)."
                ),
            },
            {
                "type": "short",
                "text": (
                    "Ile dni od dnia doręczenia decyzji ma strona na wniesienie odwołania (art. "
                    "129 § 2 KPA)? Wpisz liczbę."
                ),
                "lesson": "decyzje-odwolania",
                "answers": [
                    "14",
                    "czternaście",
                    "14 dni",
                    "czternaście dni",
                ],
                "ignore_case": True,
                "ignore_diacritics": True,
                "ignore_spaces": True,
                "general_feedback": (
                    "Prawidłowa odpowiedź: 14 (czternaście dni). Art. 129 § 2 KPA: odwołanie wnosi "
                    "się w terminie 14 dni od dnia doręczenia decyzji stronie, a gdy decyzja "
                    "została ogłoszona ustnie – od dnia jej ogłoszenia. Dnia doręczenia nie wlicza "
                    "się do terminu (art. 57 § 1)."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Jak prawidłowo wnosi się odwołanie od decyzji wojewody w sprawie pobytowej?"
                ),
                "lesson": "decyzje-odwolania",
                "choices": [
                    {
                        "text": (
                            "Do Szefa Urzędu do Spraw Cudzoziemców, za pośrednictwem wojewody, "
                            "który wydał decyzję."
                        ),
                        "correct": True,
                        "feedback": "Tak – to droga z art. 129 § 1 KPA.",
                    },
                    {
                        "text": "Bezpośrednio do wojewódzkiego sądu administracyjnego.",
                        "correct": False,
                        "feedback": (
                            "Skarga do sądu przysługuje dopiero od decyzji organu odwoławczego."
                        ),
                    },
                    {
                        "text": (
                            "Wyłącznie bezpośrednio do Szefa Urzędu do Spraw Cudzoziemców, z "
                            "pominięciem wojewody."
                        ),
                        "correct": False,
                        "feedback": (
                            "Odwołanie wnosi się za pośrednictwem organu, który wydał decyzję; "
                            "pismo wysłane bezpośrednio zostanie przekazane właściwą drogą, ale "
                            "nie jest to prawidłowy sposób."
                        ),
                    },
                    {
                        "text": "Do wojewody, który rozpatruje je jako organ drugiej instancji.",
                        "correct": False,
                        "feedback": (
                            "Wojewoda nie jest organem odwoławczym od własnych decyzji; może "
                            "jedynie skorzystać z samokontroli (art. 132)."
                        ),
                    },
                ],
                "general_feedback": (
                    "Art. 129 § 1 KPA: odwołanie wnosi się do właściwego organu odwoławczego za "
                    "pośrednictwem organu, który wydał decyzję. W sprawach pobytowych organem "
                    "odwoławczym od decyzji wojewody jest Szef Urzędu do Spraw Cudzoziemców. "
                    "Wojewoda przekazuje odwołanie z aktami w ciągu 7 dni (art. 133), chyba że "
                    "uwzględni je w trybie art. 132."
                ),
            },
            {
                "type": "ordering",
                "text": "Ułóż etapy postępowania odwoławczego w prawidłowej kolejności.",
                "lesson": "decyzje-odwolania",
                "items": [
                    "Doręczenie decyzji wojewody stronie",
                    "Wniesienie odwołania w terminie 14 dni za pośrednictwem wojewody",
                    (
                        "Ocena przez wojewodę, czy uwzględnić odwołanie w ramach samokontroli "
                        "(art. 132 KPA)"
                    ),
                    (
                        "Przekazanie odwołania z aktami Szefowi Urzędu do Spraw Cudzoziemców w "
                        "terminie 7 dni (art. 133 KPA)"
                    ),
                    "Rozstrzygnięcie organu odwoławczego na podstawie art. 138 KPA",
                ],
                "general_feedback": (
                    "Termin na odwołanie biegnie od doręczenia decyzji (art. 129 § 2). Odwołanie "
                    "składa się za pośrednictwem wojewody (art. 129 § 1), który najpierw rozważa "
                    "samokontrolę (art. 132), a jeśli z niej nie korzysta – przekazuje odwołanie z "
                    "aktami w ciągu 7 dni (art. 133). Organ odwoławczy wydaje rozstrzygnięcie z "
                    "katalogu art. 138."
                ),
            },
            {
                "type": "matching",
                "text": "Dopasuj przepis KPA do jego treści.",
                "lesson": "decyzje-odwolania",
                "pairs": [
                    [
                        "art. 107 § 1",
                        "Elementy decyzji, w tym uzasadnienie i pouczenie o odwołaniu",
                    ],
                    [
                        "art. 127a",
                        "Zrzeczenie się prawa do wniesienia odwołania",
                    ],
                    [
                        "art. 128",
                        "Odwołanie nie wymaga szczegółowego uzasadnienia",
                    ],
                    [
                        "art. 132",
                        "Samokontrola – uwzględnienie odwołania przez organ pierwszej instancji",
                    ],
                    [
                        "art. 133",
                        "Przekazanie odwołania z aktami w terminie 7 dni",
                    ],
                    [
                        "art. 139",
                        "Zakaz orzekania na niekorzyść strony odwołującej się",
                    ],
                ],
                "general_feedback": (
                    "Te przepisy wyznaczają codzienną praktykę przy decyzjach i odwołaniach: treść "
                    "decyzji (art. 107 § 1), zrzeczenie się odwołania (art. 127a), minimalne "
                    "wymogi odwołania (art. 128), samokontrola (art. 132), przekazanie odwołania "
                    "(art. 133) i zakaz reformationis in peius (art. 139)."
                ),
            },
            {
                "type": "short",
                "text": (
                    "Jaki jest najkrótszy dopuszczalny termin (w dniach) na usunięcie braków "
                    "formalnych podania, wyznaczany w wezwaniu na podstawie art. 64 § 2 KPA? Wpisz "
                    "liczbę."
                ),
                "lesson": "praktyka-obslugi",
                "answers": [
                    "7",
                    "siedem",
                    "7 dni",
                    "siedem dni",
                ],
                "ignore_case": True,
                "ignore_diacritics": True,
                "ignore_spaces": True,
                "general_feedback": (
                    "Prawidłowa odpowiedź: 7 (siedem dni). Art. 64 § 2 KPA: jeżeli podanie nie "
                    "spełnia wymagań określonych w przepisach, wzywa się wnoszącego do usunięcia "
                    "braków w wyznaczonym terminie, nie krótszym niż siedem dni, z pouczeniem, że "
                    "ich nieusunięcie spowoduje pozostawienie podania bez rozpoznania."
                ),
            },
            {
                "type": "multiple",
                "scoring": "partial",
                "text": (
                    "Które zachowania pracownika obsługi są zgodne z art. 9 KPA i dobrą praktyką? "
                    "Zaznacz wszystkie poprawne odpowiedzi."
                ),
                "lesson": "praktyka-obslugi",
                "choices": [
                    {
                        "text": (
                            "Wyjaśnienie procedury prostym językiem, z podaniem, co klient musi "
                            "zrobić i do kiedy."
                        ),
                        "correct": True,
                        "feedback": "Tak – to istota obowiązku informacyjnego.",
                    },
                    {
                        "text": (
                            "Sprawdzenie stanu sprawy w systemie przed udzieleniem informacji o "
                            "jej etapie."
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak – informacja ma opierać się na danych, a nie na przypuszczeniach."
                        ),
                    },
                    {
                        "text": (
                            "Ustalenie tożsamości rozmówcy lub pełnomocnictwa przed udzieleniem "
                            "informacji o sprawie."
                        ),
                        "correct": True,
                        "feedback": "Tak – chroni to dane strony i jej prawa.",
                    },
                    {
                        "text": (
                            "Zapewnienie klienta, że decyzja na pewno będzie pozytywna, żeby go "
                            "uspokoić."
                        ),
                        "correct": False,
                        "feedback": "Nie – pracownik nie może przesądzać wyniku postępowania.",
                    },
                    {
                        "text": (
                            "Polecenie klientowi konkretnego pośrednika, który „załatwi sprawę "
                            "szybciej”."
                        ),
                        "correct": False,
                        "feedback": "Nie – to narusza bezstronność i zasadę zaufania (art. 8 KPA).",
                    },
                ],
                "general_feedback": (
                    "Art. 9 KPA zobowiązuje organ do należytego i wyczerpującego informowania "
                    "stron o okolicznościach faktycznych i prawnych, które mogą wpłynąć na ich "
                    "prawa i obowiązki. Obowiązek ten realizuje się rzetelnie i bezstronnie (art. "
                    "8): bez przesądzania wyniku, bez polecania pośredników i z poszanowaniem "
                    "ochrony danych."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Od 27 kwietnia 2026 r. wnioski o udzielenie zezwolenia na pobyt czasowy, "
                    "pobyt stały i pobyt rezydenta długoterminowego UE składa się co do zasady "
                    "wyłącznie elektronicznie przez MOS, a stempel w paszporcie zastąpiło "
                    "zaświadczenie generowane w systemie."
                ),
                "lesson": "praktyka-obslugi",
                "answer": True,
                "feedback_true": (
                    "Dobrze. Kontakt osobisty pozostał jednak na etapie stawiennictwa (odciski "
                    "linii papilarnych, okazanie paszportu)."
                ),
                "feedback_false": (
                    "To zdanie jest prawdziwe – nowelizacja ustawy o cudzoziemcach wprowadziła "
                    "obowiązkową ścieżkę elektroniczną."
                ),
                "general_feedback": (
                    "Nowelizacja ustawy o cudzoziemcach wprowadziła obowiązkowe składanie wniosków "
                    "pobytowych przez Moduł Obsługi Spraw (od 27 kwietnia 2026 r.), z nielicznymi "
                    "wyjątkami. Potwierdzeniem spełnienia warunków z art. 108 (złożenie w "
                    "terminie, brak braków formalnych lub ich terminowe uzupełnienie) jest "
                    "zaświadczenie z MOS. Szczegóły procedury potwierdza zespół prawny."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Cudzoziemiec nie usunął braków formalnych wniosku w terminie wyznaczonym w "
                    "wezwaniu i nie prosił o jego przedłużenie. Jaki jest co do zasady skutek?"
                ),
                "lesson": "praktyka-obslugi",
                "choices": [
                    {
                        "text": "Pozostawienie podania bez rozpoznania.",
                        "correct": True,
                        "feedback": "Tak – taki skutek przewiduje art. 64 § 2 KPA.",
                    },
                    {
                        "text": "Wydanie decyzji odmawiającej udzielenia zezwolenia.",
                        "correct": False,
                        "feedback": (
                            "Decyzja odmowna dotyczy niewykazania przesłanek merytorycznych; braki "
                            "formalne prowadzą do pozostawienia podania bez rozpoznania."
                        ),
                    },
                    {
                        "text": "Umorzenie postępowania.",
                        "correct": False,
                        "feedback": (
                            "Umorzenie (art. 105) dotyczy bezprzedmiotowości postępowania, a nie "
                            "nieusuniętych braków formalnych."
                        ),
                    },
                    {
                        "text": "Automatyczne przedłużenie terminu o kolejne 7 dni.",
                        "correct": False,
                        "feedback": (
                            "KPA nie przewiduje automatycznego przedłużenia; strona może jedynie "
                            "przed upływem terminu poprosić o jego przedłużenie."
                        ),
                    },
                ],
                "general_feedback": (
                    "Art. 64 § 2 KPA: nieusunięcie braków formalnych w wyznaczonym terminie (nie "
                    "krótszym niż 7 dni) powoduje pozostawienie podania bez rozpoznania. W "
                    "sprawach pobytowych oznacza to także brak ochrony legalności pobytu z art. "
                    "108 ustawy o cudzoziemcach."
                ),
            },
        ],
    },
}
