# Kurs „Standardy obsługi klienta w urzędzie” (slug: standardy-obslugi).
#
# Treść oparta na 27 standardach obsługi klienta, wzorowanych na księdze standardów
# obsługi klienta starostwa powiatowego, opisanych własnymi słowami i przeniesionych
# w realia wydziału spraw cudzoziemców urzędu wojewódzkiego.
#
# Które lekcje omawiają które standardy:
#   Lekcja 1 (urzad-przyjazny-klientowi): Standardy 1, 2 (2a, 2b), 26
#   Lekcja 2 (informacja-i-wiedza): Standardy 3 (3a, 3b, 3c), 7
#   Lekcja 3 (wizerunek-i-stanowisko): Standardy 4, 5, 6
#   Lekcja 4 (przebieg-wizyty): Standardy 8, 9, 10, 11, 14
#   Lekcja 5 (tryb-i-sprawnosc): Standardy 12, 13, 25
#   Lekcja 6 (telefon-i-e-mail): Standardy 15, 16, 17, 18
#   Lekcja 7 (trudne-rozmowy): Standardy 19, 20, 21, 22
#   Lekcja 8 (klienci-o-szczegolnych-potrzebach): Standardy 23, 24, 27
#
# Razem: standardy 1–27, każdy omówiony w nagłówku „Standard N. …” w jednej lekcji.

COURSE = {
    "slug": "standardy-obslugi",
    "title": "Standardy obsługi klienta w urzędzie",
    "area": "customer_service",
    "summary": (
        "Kurs omawia 27 standardów obsługi klienta – od organizacji sali obsługi, przez rozmowę "
        "przy stanowisku, telefon i e-mail, po odmowy, skargi, pomyłki i obsługę klientów o "
        "szczególnych potrzebach. Każdy standard pokazujemy na przykładach z pracy wydziału spraw "
        "cudzoziemców."
    ),
    "audience": (
        "Pracownicy pierwszego kontaktu w wydziałach spraw cudzoziemców urzędów wojewódzkich: "
        "punktów informacyjnych, stanowisk przyjmowania wniosków i wydawania kart pobytu, obsługi "
        "telefonicznej i e-mailowej, a także ich bezpośredni przełożeni."
    ),
    "estimated_minutes": 155,
    "objectives": [
        "Znać wszystkie 27 standardów obsługi klienta i rozumieć, czemu służy każdy z nich.",
        (
            "Tak organizować obsługę, by klient łatwo trafił do właściwego stanowiska, a osoby o "
            "szczególnych potrzebach były obsługiwane poza kolejnością."
        ),
        (
            "Prowadzić rozmowę przy stanowisku: zauważyć klienta, wysłuchać go, podsumować jego "
            "potrzebę i zrozumiale wyjaśnić tryb załatwienia sprawy."
        ),
        (
            "Stosować zasady profesjonalnego kontaktu telefonicznego i e-mailowego, w tym zasady "
            "ochrony danych osobowych."
        ),
        (
            "Przekazywać odmowę, przyjmować skargi, przyznawać się do pomyłek i reagować na "
            "agresję zgodnie ze standardami."
        ),
        (
            "Dostosowywać obsługę do potrzeb osób starszych, z niepełnosprawnościami, zagrożonych "
            "wykluczeniem oraz cudzoziemców, w tym uchodźców."
        ),
    ],
    "validity_months": 24,
    "retraining_days": 30,
    "session_required": False,
    "sequential": True,
    "legal_content_date": None,
    "requires_legal_review": False,
    "lessons": [
        {
            "slug": "urzad-przyjazny-klientowi",
            "title": "Od petenta do klienta: urząd przyjazny i dostępny",
            "estimated_minutes": 15,
            "intro": (
                "Obsługa zaczyna się, zanim klient podejdzie do stanowiska: od tego, czy trafi do "
                "właściwej sali, czy zrozumie oznakowanie, czy pobierze właściwy numerek i czy "
                "ktoś zauważy, że potrzebuje wsparcia. W tej lekcji poznasz ideę standardów "
                "obsługi i trzy standardy dotyczące organizacji urzędu: 1, 2 i 26."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Po co urzędowi standardy obsługi</h2><p>Kurs opiera się na "
                        "standardach obsługi klienta urzędu, wzorowanych na księdze standardów "
                        "przyjętej w jednym ze starostw powiatowych. Księga zawiera 27 krótkich "
                        "zasad. Część z nich dotyczy organizacji całego urzędu, większość – "
                        "codziennego zachowania każdej osoby, która ma kontakt z klientem: przy "
                        "okienku, przez telefon, w e-mailu, a nawet poza pracą. Omówimy je "
                        "wszystkie i przełożymy na realia wydziału spraw cudzoziemców.</p><p>Punkt "
                        "wyjścia jest prosty: osoba, która przychodzi do urzędu, nie jest "
                        "proszącym o łaskę <em>petentem</em>, tylko <strong>klientem</strong> "
                        "usługi publicznej. Słowo „petent” kojarzy się z czekaniem pod drzwiami i "
                        "zależnością od humoru urzędnika, dlatego standardy zalecają, by z niego "
                        "zrezygnować. Poprawne są określenia „klient”, „interesant”, „mieszkaniec” "
                        "lub „obywatel”. W naszym wydziale naturalnie mówimy też „cudzoziemiec”, "
                        "„wnioskodawca” albo – w znaczeniu proceduralnym – „strona "
                        "postępowania”.</p><p>Zmiana nazwy to nie kosmetyka. Za nią stoi zmiana "
                        "roli: urzędnik przestaje być strażnikiem przepisów, a staje się "
                        "przewodnikiem, który pomaga klientowi przejść przez procedurę. Standard "
                        "obsługi rozumiemy więc jako sposób świadczenia usługi skrojony na miarę "
                        "tego, czego potrzebuje i czego się spodziewa osoba, która z niej "
                        "korzysta.</p><h3>Wartości, na których opierają się "
                        "standardy</h3><ul><li><strong>szacunek</strong> dla każdego klienta, bez "
                        "względu na to, skąd pochodzi i z czym "
                        "przychodzi,</li><li><strong>życzliwość</strong> – także wtedy, gdy "
                        "odpowiedź musi być odmowna,</li><li><strong>odpowiedzialność</strong> za "
                        "sprawę i za urząd,</li><li><strong>profesjonalizm</strong>, czyli "
                        "aktualna wiedza i rzetelność,</li><li><strong>wysoka kultura "
                        "osobista</strong>,</li><li><strong>dostępność</strong> – fizyczna, "
                        "językowa i informacyjna.</li></ul> <p>Standardy obejmują wszystkich "
                        "klientów, a osobno wskazują grupy, które potrzebują szczególnej uwagi: "
                        "kobiety w ciąży i rodziny z małymi dziećmi, osoby starsze i z "
                        "niepełnosprawnościami, osoby zagrożone wykluczeniem, przedsiębiorców oraz "
                        "cudzoziemców, w tym uchodźców. Dotyczą też etyki pracy, równego dostępu "
                        "do informacji i komunikacji wolnej od dyskryminacji. O tym, czy standardy "
                        "działają, urząd dowiaduje się z regularnych badań satysfakcji klientów – "
                        "ankiet i opinii, które pokazują, co wymaga poprawy.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 1. Urząd przyjazny klientowi</h2><p>Pierwszy standard "
                        "opisuje urząd, do którego łatwo dotrzeć i w którym sprawy idą sprawnie. W "
                        "praktyce oznacza to kilka konkretnych "
                        "rozwiązań:</p><ul><li><strong>Godziny przyjęć dopasowane do "
                        "klientów.</strong> Wielu cudzoziemców pracuje na zmiany lub w pełnym "
                        "wymiarze godzin, więc jeden dzień w tygodniu z dłuższym przyjmowaniem "
                        "klientów realnie ułatwia im załatwienie sprawy bez brania "
                        "urlopu.</li><li><strong>Miejsca parkingowe</strong> dla osób, które "
                        "przyjeżdżają samochodem.</li><li><strong>Czytelna informacja przy "
                        "wejściu</strong>: gdzie mieści się która komórka, na którym piętrze i w "
                        "którym pokoju. W wydziale spraw cudzoziemców warto uzupełnić ją o wersję "
                        "angielską, często także ukraińską, i o "
                        "piktogramy.</li><li><strong>Tabliczki przy drzwiach</strong> z imionami, "
                        "nazwiskami i stanowiskami pracowników, wykonane według jednolitego "
                        "wzoru.</li><li><strong>Identyfikatory imienne</strong> z nazwą komórki, w "
                        "której pracujesz. Klient ma prawo wiedzieć, z kim "
                        "rozmawia.</li><li><strong>Troska o satysfakcję klientów i o wiedzę "
                        "pracowników</strong> – zarówno z przepisów, jak i z profesjonalnej "
                        "obsługi.</li><li><strong>Elastyczna reakcja na kolejki</strong> i "
                        "nietypowe sytuacje, np. otwarcie dodatkowego stanowiska, wsparcie z "
                        "zaplecza w godzinach szczytu, informacja dla czekających o przewidywanym "
                        "czasie oczekiwania.</li></ul> <p><strong>Dlaczego to ważne?</strong> "
                        "Klient, który bez trudu znajduje właściwe miejsce i widzi, kto go "
                        "obsługuje, jest spokojniejszy i lepiej przygotowany do rozmowy. Wiele "
                        "napięć przy okienku bierze się stąd, że ktoś przez godzinę stał w "
                        "niewłaściwej kolejce. Choć większość punktów tego standardu realizuje "
                        "kierownictwo, każdy pracownik ma w nim swoją rolę: nosi identyfikator, "
                        "zgłasza nieaktualne oznakowanie i sygnalizuje, że kolejka wymyka się spod "
                        "kontroli.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Przejdź drogę klienta",
                        "text": (
                            "Raz na jakiś czas przejdź trasę od wejścia do swojego stanowiska tak, "
                            "jakby to była Twoja pierwsza wizyta, a polski był dla Ciebie obcym "
                            "językiem. Kieruj się wyłącznie oznakowaniem. Każde miejsce, w którym "
                            "się zawahasz, zgłoś przełożonemu – dla klienta to potencjalnie "
                            "godzina w złej kolejce."
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h2>Standard 2. Urząd przyjazny osobom starszym, z niepełnosprawnościami, "
                        "zagrożonym wykluczeniem, kobietom w ciąży i rodzicom</h2><h3>Standard 2a. "
                        "Osoby starsze, z niepełnosprawnościami i zagrożone wykluczeniem "
                        "administracyjnym</h3><p>Urząd powinien usuwać bariery, które dla części "
                        "klientów są szczególnie dotkliwe. Standard przewiduje, "
                        "że:</p><ul><li>tam, gdzie to możliwe, wyznacza się miejsca parkingowe dla "
                        "osób z niepełnosprawnościami,</li><li>urząd ułatwia tym osobom kontakt, "
                        "np. przez dodatkowe kanały komunikacji i pomoc na miejscu,</li><li>osoby "
                        "starsze i z niepełnosprawnościami są obsługiwane <strong>poza "
                        "kolejnością</strong>,</li><li>klient nie powinien musieć wspinać się po "
                        "schodach na wyższe piętra – to urzędnik może zejść do niego, np. do sali "
                        "na parterze,</li><li>jeśli to możliwe, zaświadczenie wydaje się od ręki, "
                        "zaraz po złożeniu wniosku, zamiast wyznaczać kolejną "
                        "wizytę,</li><li>pracownicy pomagają przy formularzach i przy e-usługach, "
                        "nie czekając, aż ktoś o to poprosi.</li></ul> <h3>Standard 2b. Kobiety w "
                        "ciąży i rodzice z małymi dziećmi</h3><p>Pierwszeństwo w obsłudze mają "
                        "również kobiety w ciąży i opiekunowie, którzy przychodzą z małymi "
                        "dziećmi; pracownik pomaga im też przy formularzach. W wydziale spraw "
                        "cudzoziemców dotyczy to np. rodzin, które składają wnioski jednocześnie "
                        "dla kilku osób, w tym dla dzieci. Kilkugodzinne czekanie z niemowlęciem "
                        "jest dla nich realną przeszkodą w załatwieniu "
                        "sprawy.</p><p><strong>Dlaczego to ważne?</strong> Równe traktowanie nie "
                        "oznacza identycznego traktowania. Dla osoby na wózku czy rodzica z "
                        "dwulatkiem trzy godziny w sali obsługi to bariera, której inni klienci "
                        "nie odczuwają w takim stopniu. Obsługa poza kolejnością wyrównuje szanse, "
                        "a nie daje przywileju. Żeby jednak była odbierana jako sprawiedliwa, musi "
                        "być stosowana konsekwentnie i jasno komunikowana pozostałym osobom w "
                        "sali.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 26. System kolejkowy i punkt potwierdzania profilu "
                        "zaufanego</h2><p>System kolejkowy porządkuje przepływ klientów: każdy "
                        "wie, kiedy przyjdzie jego kolej, a pracownicy mogą rozdzielać sprawy "
                        "między stanowiska. Punkt potwierdzania profilu zaufanego pozwala "
                        "klientowi założyć narzędzie, dzięki któremu część spraw urzędowych "
                        "załatwi później przez internet. Standard wymaga, "
                        "aby:</p><ul><li>biletomat i punkt potwierdzania profilu zaufanego stały "
                        "tam, gdzie każdy je łatwo zauważy i bez trudu do nich "
                        "dojdzie,</li><li>oba miejsca były czytelnie oznakowane, tak by klient "
                        "trafił do nich bez pytania o drogę,</li><li>urzędnicy <strong>aktywnie "
                        "pomagali</strong> klientom w pobraniu numerka i w potwierdzeniu profilu "
                        "zaufanego,</li><li>urząd prowadził kampanię informacyjną, dzięki której "
                        "więcej osób korzysta z kolejki i załatwia sprawy online.</li></ul> <p>W "
                        "wydziale spraw cudzoziemców najczęstszym problemem jest wybór "
                        "niewłaściwej kategorii w biletomacie. Nazwy typu „sprawy pobytowe – "
                        "wnioski” i „odbiór dokumentów” są dla nowej osoby mało jasne, zwłaszcza "
                        "jeśli słabo zna polski. Dlatego w godzinach szczytu przy biletomacie "
                        "powinien stać ktoś, kto zapyta klienta, z czym przychodzi, i pomoże "
                        "wybrać właściwą opcję. Warto też pamiętać, że profil zaufany może założyć "
                        "cudzoziemiec, który ma numer PESEL. Dla wielu klientów to pierwsza "
                        "informacja o tym, że część spraw w ogóle da się załatwić bez "
                        "przychodzenia do urzędu.</p><p><strong>Dlaczego to ważne?</strong> "
                        "Przejrzysta kolejka zmniejsza napięcie w sali i daje poczucie "
                        "sprawiedliwości. Pomoc przy biletomacie trwa chwilę, a zapobiega "
                        "sytuacji, w której ktoś po dwóch godzinach słyszy, że czekał do złego "
                        "okienka. Każda sprawa przeniesiona do internetu to z kolei krótsza "
                        "kolejka dla tych, którzy muszą przyjść osobiście.</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            "Mówimy „klient”, „interesant”, „wnioskodawca” – nie „petent”.",
                            (
                                "Standard 1: łatwy dojazd, czytelne oznakowanie, tabliczki i "
                                "identyfikatory, godziny przyjęć dopasowane do klientów, szybka "
                                "reakcja na kolejki."
                            ),
                            (
                                "Standard 2: osoby starsze, z niepełnosprawnościami, kobiety w "
                                "ciąży i rodzice z małymi dziećmi są obsługiwani poza kolejnością "
                                "i dostają pomoc w wypełnianiu dokumentów."
                            ),
                            (
                                "Standard 26: biletomat i punkt profilu zaufanego mają być "
                                "widoczne i oznakowane, a pracownicy aktywnie pomagają z nich "
                                "korzystać."
                            ),
                            (
                                "Standardy organizacyjne też dotyczą Ciebie: noś identyfikator, "
                                "zgłaszaj bariery i nieaktualne oznakowanie."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Obsługa poza kolejnością budzi sprzeciw",
                        "client_says": (
                            "Zapraszasz do stanowiska kobietę w zaawansowanej ciąży z małym "
                            "dzieckiem na ręku. Mężczyzna, który czeka od ponad dwóch godzin, "
                            "podnosi głos: „Ja tu siedzę od rana, a ona wchodzi bez kolejki? To "
                            "jakiś żart!”"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Spokojnie, krótko i na tyle głośno, by słyszeli też inni, "
                                    "wyjaśniasz: „Rozumiem, że czeka Pan długo. Kobiety w ciąży i "
                                    "rodzice z małymi dziećmi są u nas obsługiwani poza "
                                    "kolejnością – to zasada urzędu. Pana numer będzie wywołany za "
                                    "kilka osób, to około 20 minut”."
                                ),
                                "good": True,
                                "explanation": (
                                    "Uznajesz frustrację klienta, wyjaśniasz zasadę, zamiast się "
                                    "tłumaczyć, i dajesz konkretną informację o jego czasie "
                                    "oczekiwania. Zasada staje się jawna dla całej sali, co "
                                    "zapobiega kolejnym protestom."
                                ),
                            },
                            {
                                "text": "Udajesz, że nie słyszysz, i zaczynasz obsługę kobiety.",
                                "good": False,
                                "explanation": (
                                    "Zignorowanie protestu zwykle podnosi temperaturę. Pozostali "
                                    "klienci nie wiedzą, dlaczego ktoś wszedł bez kolejki, i mogą "
                                    "uznać, że urząd faworyzuje wybrane osoby."
                                ),
                            },
                            {
                                "text": (
                                    "Żeby uniknąć awantury, prosisz kobietę, aby jednak pobrała "
                                    "numerek i poczekała jak wszyscy."
                                ),
                                "good": False,
                                "explanation": (
                                    "Odbierasz klientce uprawnienie, które gwarantuje jej Standard "
                                    "2, tylko dlatego, że ktoś głośno protestuje. Zasady obsługi "
                                    "poza kolejnością muszą być stosowane konsekwentnie, inaczej "
                                    "tracą sens."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Zły numerek po dwóch godzinach",
                        "client_says": (
                            "Student z Indii podchodzi do Twojego stanowiska wydawania kart "
                            "pobytu. Okazuje się, że chce złożyć wniosek, a nie odebrać kartę – w "
                            "biletomacie wybrał niewłaściwą kategorię. „Czekałem dwie godziny. Mam "
                            "znowu pobrać numer?”"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Przepraszasz za kłopot, sprawdzasz, czy możesz przyjąć sprawę "
                                    "u siebie, a jeśli nie – uzgadniasz z koleżanką z właściwego "
                                    "stanowiska, że przyjmie go jako następnego. Pokazujesz mu, "
                                    "którą kategorię wybierać w przyszłości, i zgłaszasz "
                                    "przełożonemu, że opis w biletomacie myli klientów."
                                ),
                                "good": True,
                                "explanation": (
                                    "Klient nie ponosi kosztów niejasnego oznakowania, a Ty "
                                    "usuwasz przyczynę problemu, zgłaszając ją dalej. Tak wygląda "
                                    "aktywna pomoc, której wymaga Standard 26, i elastyczna "
                                    "reakcja na nietypową sytuację ze Standardu 1."
                                ),
                            },
                            {
                                "text": (
                                    "„Niestety, system tego nie przewiduje. Proszę pobrać nowy "
                                    "numer we właściwej kategorii”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Formalnie poprawne, ale przerzuca na klienta skutki "
                                    "nieczytelnego systemu i wydłuża jego wizytę o kolejne "
                                    "godziny. Standard 1 wymaga elastycznej reakcji na nietypowe "
                                    "sytuacje."
                                ),
                            },
                            {
                                "text": (
                                    "Przyjmujesz od niego wniosek na swoim stanowisku, choć nie "
                                    "masz do tego uprawnień ani dostępu do potrzebnego systemu, i "
                                    "odkładasz papiery „na później”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Chęć pomocy jest dobra, ale sprawa przyjęta przez niewłaściwą "
                                    "osobę może utknąć lub zostać źle zarejestrowana. Lepiej "
                                    "skutecznie przekazać klienta do właściwego stanowiska bez "
                                    "ponownego czekania."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "informacja-i-wiedza",
            "title": "Rzetelna informacja, równe traktowanie i stała nauka",
            "estimated_minutes": 15,
            "intro": (
                "Klient podejmuje decyzje na podstawie tego, co od nas usłyszy lub przeczyta: "
                "jakie dokumenty przynieść, ile zapłacić, kiedy wrócić. Ta lekcja omawia Standard "
                "3 (informacja w urzędzie, komunikacja bez dyskryminacji i nowoczesne kanały "
                "kontaktu) oraz Standard 7, który przypomina, że rzetelnie informować może tylko "
                "ktoś, kto stale uzupełnia wiedzę."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Standard 3. Informacja, komunikacja i nowoczesne kanały "
                        "kontaktu</h2><p>Standard 3 składa się z trzech części. Łączy je jedna "
                        "myśl: informacja jest usługą samą w sobie. Klient, który dostał błędną "
                        "lub nieaktualną wskazówkę, traci czas i pieniądze, a czasem także szansę "
                        "na legalny pobyt czy pracę.</p><h3>Standard 3a. Informacja w "
                        "urzędzie</h3><ul><li>Klient może oczekiwać od urzędu informacji "
                        "<strong>rzetelnej i kompletnej</strong> – to jego prawo, a nie nasza "
                        "uprzejmość.</li><li>Podawaj tylko to, co obowiązuje dziś, i pilnuj, by "
                        "klient zawsze miał do tego dostęp.</li><li>Informacja ma być czytelna – "
                        "zrozumiała dla odbiorcy, a nie tylko formalnie "
                        "poprawna.</li><li>Ogłoszenia papierowe przygotowuj według urzędowego "
                        "wzoru: z logo, nazwą urzędu i oznaczeniem komórki.</li><li>Wywieszaj je "
                        "tylko w miejscach do tego przeznaczonych. Tablica ogłoszeń służy ważnym "
                        "komunikatom, a nie przypadkowym kartkom.</li></ul> <p>W praktyce wydziału "
                        "spraw cudzoziemców najwięcej szkody robią kartki przyklejone taśmą do "
                        "szyby okienka: odręczne „Brak druków”, stara lista dokumentów, "
                        "nieaktualna wysokość opłaty. Klienci je fotografują i wysyłają znajomym, "
                        "więc błędna informacja krąży długo po tym, jak kartkę zdjęto. Zasada jest "
                        "prosta: jeśli widzisz ogłoszenie bez daty, bez nazwy urzędu albo wiesz, "
                        "że jest nieaktualne – usuń je lub zgłoś zgodnie z procedurą. Pamiętaj "
                        "też, że wersje obcojęzyczne trzeba aktualizować razem z polską. "
                        "Nieaktualne tłumaczenie jest gorsze niż żadne, bo wprowadza w błąd "
                        "właśnie tych, którzy nie mogą sprawdzić oryginału.</p><h3>Standard 3b. "
                        "Komunikacja wolna od stereotypów płci i dyskryminacji</h3><ul><li>Traktuj "
                        "każdego klienta z szacunkiem dla jego godności.</li><li>Dbaj o neutralny "
                        "język komunikatów – bez sformułowań, które pomijają lub deprecjonują "
                        "kobiety albo mężczyzn.</li><li>Nigdy nie okazuj zniecierpliwienia ani "
                        "żadnej formy gorszego traktowania z powodu płci, wieku, "
                        "niepełnosprawności, statusu społecznego, zawodu czy jakiejkolwiek innej "
                        "cechy. W naszej pracy szczególnie ważne są narodowość, pochodzenie "
                        "etniczne, wyznanie i znajomość języka.</li></ul> <p>Jak to wygląda przy "
                        "okienku? Zwracasz się do osoby, której dotyczy sprawa, a nie do "
                        "towarzyszącego jej mężczyzny tylko dlatego, że lepiej mówi po polsku. Nie "
                        "zakładasz, kto w rodzinie „decyduje”. W pismach i ogłoszeniach używasz "
                        "form „Pani/Pan” albo zwrotów neutralnych, np. „osoba składająca wniosek”. "
                        "Nie komentujesz zwyczajów, ubioru ani akcentu. I jeszcze jedno: "
                        "upraszczanie języka w rozmowie z cudzoziemcem nie oznacza przechodzenia "
                        "na „ty”. Forma „Pan/Pani” to wyraz szacunku, który należy się każdemu "
                        "dorosłemu klientowi.</p><h3>Standard 3c. Urząd korzystający z "
                        "nowoczesnych kanałów komunikacji</h3><ul><li>Sprawna informacja "
                        "telefoniczna.</li><li>Jednolite adresy e-mail, dzięki którym klient może "
                        "napisać bezpośrednio do pracownika lub komórki.</li><li>Aktualna, "
                        "przejrzysta strona internetowa i Biuletyn Informacji Publicznej, "
                        "regularnie ulepszane i dostosowane do potrzeb osób "
                        "słabowidzących.</li><li>Karty usług zebrane w katalog, który odpowiada na "
                        "najczęstsze pytania klientów.</li><li>Aktualne, jednolite formularze do "
                        "pobrania w PDF i w wersji edytowalnej.</li><li>Promowanie kanałów "
                        "elektronicznych, takich jak ePUAP czy poczta "
                        "elektroniczna.</li><li>Wymiana wiedzy i doświadczeń z innymi "
                        "urzędami.</li></ul> <p>Dla Ciebie oznacza to przede wszystkim dobrą "
                        "znajomość strony urzędu. Zamiast ogólnego „wszystko jest w internecie” "
                        "możesz powiedzieć: „Na stronie urzędu, w zakładce dla cudzoziemców, jest "
                        "karta usługi z listą dokumentów – wydrukuję ją Panu”. Jeśli zauważysz, że "
                        "strona podaje coś innego niż obowiązujące przepisy, od razu zgłoś to "
                        "osobie odpowiedzialnej za treści. Klienci często ufają stronie bardziej "
                        "niż ustnym zapewnieniom.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 7. Stale poszerzaj swoją wiedzę</h2><p>Rzetelna informacja "
                        "wymaga aktualnej wiedzy. Standard 7 wskazuje, jak o nią "
                        "dbać:</p><ul><li>znaj katalog usług urzędu i karty usług – także tych, "
                        "które prowadzą inne komórki, żeby umieć skierować klienta we właściwe "
                        "miejsce,</li><li>śledź zmiany przepisów i procedur w zakresie swoich "
                        "obowiązków,</li><li>korzystaj z każdej dostępnej okazji do "
                        "szkolenia,</li><li>przygotuj osobę, która przejmuje Twoje obowiązki na "
                        "czas nieobecności – przekaż jej to, co musi wiedzieć,</li><li>gdy to Ty "
                        "kogoś zastępujesz, wykorzystaj okazję, by nauczyć się od tej osoby jak "
                        "najwięcej,</li><li>rozwijaj się samodzielnie, korzystając z tekstów aktów "
                        "prawnych, prasy fachowej i rzetelnych źródeł internetowych,</li><li>ćwicz "
                        "umiejętności komunikacyjne, a nie tylko znajomość przepisów.</li></ul> "
                        "<p>Prawo dotyczące cudzoziemców zmienia się często, a klienci dowiadują "
                        "się o zmianach z mediów społecznościowych – czasem szybciej niż "
                        "urzędnicy, a czasem w wersji nieprawdziwej. Dlatego tak ważne jest "
                        "sprawdzanie informacji w źródłach urzędowych: w Dzienniku Ustaw, w "
                        "komunikatach urzędu i w wytycznych przełożonych, a nie na forach "
                        "internetowych. Przed urlopem zostaw osobie zastępującej krótką notatkę: "
                        "jakie sprawy są w toku, na co czekają klienci, czego dotyczą ostatnie "
                        "zmiany. Dzięki temu klient nie usłyszy „koleżanki nie ma, proszę przyjść "
                        "za dwa tygodnie”.</p><p>Wiedza to nie tylko przepisy. Równie ważne są "
                        "umiejętności, których nie znajdziesz w ustawie: jak prowadzić rozmowę z "
                        "osobą w stresie, jak mówić prostym językiem, jak sprawdzić, czy klient "
                        "naprawdę zrozumiał. Szkolenia z komunikacji międzykulturowej i obsługi "
                        "trudnych sytuacji są dla pracownika pierwszego kontaktu równie potrzebne "
                        "jak szkolenia z prawa.</p><p><strong>Dlaczego to ważne?</strong> Poziom "
                        "wiedzy pracowników to jeden z najbardziej widocznych mierników jakości "
                        "urzędu. Urzędnik, który zna przepisy i procedury, odpowiada jasno i "
                        "wyczerpująco, nie odsyła klienta „na wszelki wypadek” i nie musi co "
                        "chwilę przerywać obsługi, żeby kogoś dopytać.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Lepiej sprawdzić niż zgadywać",
                        "text": (
                            "Jeśli nie znasz odpowiedzi, powiedz: „Nie chcę wprowadzić Pana w "
                            "błąd, sprawdzę to”. Potem naprawdę sprawdź i wróć z odpowiedzią. "
                            "Informacja podana „na oko” może kosztować klienta utratę terminu, a "
                            "urząd – zaufanie."
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Informacja ma być rzetelna, pełna, aktualna i zrozumiała, a "
                                "ogłoszenia – opatrzone nazwą urzędu i wywieszone tylko w "
                                "wyznaczonych miejscach (Standard 3a)."
                            ),
                            "Wersje obcojęzyczne aktualizuj razem z polskimi.",
                            (
                                "Mów do osoby, której dotyczy sprawa; nie oceniaj, nie komentuj, "
                                "nie przechodź na „ty” (Standard 3b)."
                            ),
                            (
                                "Znaj stronę urzędu, karty usług i formularze, by wskazywać "
                                "klientowi konkretne miejsca (Standard 3c)."
                            ),
                            (
                                "Aktualizuj wiedzę w źródłach urzędowych, dziel się nią z osobą "
                                "zastępującą i ucz się od innych (Standard 7)."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Dwie różne listy dokumentów",
                        "client_says": (
                            "Kobieta z Filipin kładzie na blacie wydruk: „Na waszej stronie jest "
                            "inna lista dokumentów niż ta, którą dostałam od pani w zeszłym "
                            "tygodniu. Której mam wierzyć? Mam przez to przyjeżdżać drugi raz?”"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Porównujesz obie listy z aktualną kartą usługi, wyjaśniasz, "
                                    "która wersja obowiązuje i dlaczego, przepraszasz za "
                                    "zamieszanie i od razu zgłaszasz rozbieżność osobie "
                                    "odpowiedzialnej za stronę lub przełożonemu."
                                ),
                                "good": True,
                                "explanation": (
                                    "Klientka dostaje jedną, pewną odpowiedź, a przyczyna błędu "
                                    "zostaje usunięta. Przeprosiny są na miejscu, bo niespójna "
                                    "informacja to problem urzędu, nie klientki."
                                ),
                            },
                            {
                                "text": (
                                    "„Strona internetowa to nie mój dział. Proszę się trzymać "
                                    "tego, co mówię”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Klient nie musi wiedzieć, kto odpowiada za stronę – dla niego "
                                    "to wszystko jest urząd. Taka odpowiedź podważa zaufanie do "
                                    "informacji urzędowej i zostawia błąd na stronie dla kolejnych "
                                    "osób."
                                ),
                            },
                            {
                                "text": (
                                    "Mówisz, że może przynieść dokumenty z dowolnej listy, byle "
                                    "nie było kłótni."
                                ),
                                "good": False,
                                "explanation": (
                                    "To unik, a nie informacja. Jeśli czegoś zabraknie, klientka "
                                    "dostanie wezwanie do uzupełnienia i straci czas. Standard 3a "
                                    "wymaga informacji rzetelnej i jednoznacznej."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Kto tu jest wnioskodawcą?",
                        "client_says": (
                            "Do stanowiska podchodzi małżeństwo. Wniosek dotyczy żony, ale mąż od "
                            "razu zaczyna mówić za nią: „Żona nie musi nic mówić, ja wszystko "
                            "załatwię, proszę rozmawiać ze mną”."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Uprzejmie witasz oboje, a pytania dotyczące sprawy kierujesz "
                                    "do żony, np. „Czy zgadza się Pani, żeby mąż pomagał nam w "
                                    "rozmowie?”. Jeśli chce, żeby mąż tłumaczył, rozmawiasz z jego "
                                    "pomocą, ale patrzysz na nią i to jej potwierdzenia oczekujesz."
                                ),
                                "good": True,
                                "explanation": (
                                    "Szanujesz wolę klientki i jednocześnie nie pomijasz osoby, "
                                    "której dotyczy sprawa. To ona jest stroną, ona podpisuje "
                                    "dokumenty i ona ponosi skutki decyzji."
                                ),
                            },
                            {
                                "text": (
                                    "Rozmawiasz wyłącznie z mężem, bo tak jest szybciej, a żonie "
                                    "podajesz tylko długopis do podpisu."
                                ),
                                "good": False,
                                "explanation": (
                                    "Osoba, której dotyczy sprawa, zostaje potraktowana jak "
                                    "dodatek do rozmowy. To przykład stereotypowego założenia, że "
                                    "w rodzinie „decyduje” mężczyzna – przed takimi założeniami "
                                    "przestrzega Standard 3b."
                                ),
                            },
                            {
                                "text": (
                                    "Prosisz męża, aby wyszedł z sali, bo wnioskodawczyni powinna "
                                    "mówić sama."
                                ),
                                "good": False,
                                "explanation": (
                                    "Narzucasz rozwiązanie, o które nikt nie prosił, i możesz "
                                    "upokorzyć oboje. Jeśli masz uzasadnione obawy, że ktoś działa "
                                    "pod presją, porozmawiaj z przełożonym o dyskretnym sposobie "
                                    "postępowania, zamiast wypraszać osobę towarzyszącą."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "wizerunek-i-stanowisko",
            "title": "Wizerunek urzędu, wygląd i stanowisko pracy",
            "estimated_minutes": 15,
            "intro": (
                "Klient ocenia urząd po ludziach, których spotyka, i po tym, co widzi przy "
                "stanowisku. Standardy 4, 5 i 6 dotyczą tego, jak reprezentujemy urząd w pracy i "
                "poza nią, jak wyglądamy i jak urządzamy miejsce, w którym obsługujemy klientów."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Standard 4. W każdej sytuacji reprezentujesz urząd</h2><p>Dla klienta "
                        "nie ma podziału na „urzędnika w godzinach pracy” i „osobę prywatną po "
                        "szesnastej”. Jeśli ktoś rozpozna Cię w sklepie, w autobusie czy na "
                        "festynie, Twoje zachowanie stanie się jego opinią o całym urzędzie. "
                        "Standard 4 zaleca, aby:</p><ul><li>mieć świadomość, że także po pracy "
                        "ludzie mogą Cię kojarzyć z urzędem,</li><li>w sytuacjach publicznych, w "
                        "których występujesz jako przedstawiciel lub pracownik urzędu, być gotowym "
                        "do udzielenia podstawowej informacji o jego działaniu,</li><li>brać "
                        "odpowiedzialność za urząd i za współpracowników, zamiast odcinać się od "
                        "nich,</li><li>traktować <strong>klienta wewnętrznego</strong> – "
                        "pracownika innej komórki, jednostki podległej czy innej instytucji "
                        "publicznej – z taką samą starannością jak klienta "
                        "zewnętrznego,</li><li>przestrzegać podstawowych zasad dobrego "
                        "wychowania,</li><li>nie krytykować urzędu i kolegów publicznie, nie "
                        "powtarzać plotek ani niesprawdzonych informacji, a informacje "
                        "nieprawdziwe prostować.</li></ul> <p>W wydziale spraw cudzoziemców "
                        "klientami wewnętrznymi są np. pracownicy innych wydziałów urzędu, Straży "
                        "Granicznej, policji, urzędów pracy czy Urzędu do Spraw Cudzoziemców, z "
                        "którymi wymieniamy informacje. Szybka i kompletna odpowiedź na ich "
                        "pytanie często przyspiesza sprawę klienta zewnętrznego – i odwrotnie: "
                        "zwłoka po naszej stronie wydłuża postępowanie, na które czeka konkretny "
                        "człowiek.</p><p>Szczególną pułapką są media społecznościowe. Wpis w "
                        "rodzaju „znowu przyszedł ten sam, co nie rozumie ani słowa” może zostać "
                        "odczytany jako pogarda wobec cudzoziemców, nawet jeśli wyrażał tylko "
                        "zmęczenie. Nigdy nie publikuj zdjęć z sali obsługi, dokumentów ani "
                        "opowieści o klientach, także anonimowych – w mniejszych społecznościach "
                        "łatwo rozpoznać, o kogo chodzi. Jeśli w internecie lub w rozmowie pojawia "
                        "się nieprawdziwa informacja o urzędzie, np. że „bez pośrednika nie da się "
                        "złożyć wniosku”, spokojnie ją sprostuj i wskaż wiarygodne "
                        "źródło.</p><p><strong>Dlaczego to ważne?</strong> Zaufanie do urzędu "
                        "budują nie tylko decyzje, lecz także codzienne zachowanie ludzi, którzy "
                        "go reprezentują. Każda napotkana osoba może jutro stanąć przy Twoim "
                        "okienku.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 5. Dbaj o wygląd dostosowany do charakteru "
                        "pracy</h2><p>Wygląd urzędnika to pierwszy komunikat, jaki odbiera klient, "
                        "zanim padnie jakiekolwiek słowo. Ma budzić zaufanie i świadczyć o "
                        "profesjonalizmie. Standard 5 zaleca:</p><ul><li>dbałość o czystość i "
                        "higienę osobistą, w tym o zadbane dłonie, paznokcie i "
                        "włosy,</li><li>wygląd o charakterze służbowym, który buduje autorytet "
                        "Twój i urzędu,</li><li>strój czysty, schludny i elegancki, w stonowanych "
                        "kolorach – np. garnitur lub marynarka, koszula lub bluzka, spodnie, "
                        "spódnica albo sukienka, elegancki sweter – oraz pasujące do niego "
                        "obuwie,</li><li>dobór ubrania do siebie i do powagi urzędu, a nie do "
                        "sezonowej mody,</li><li>unikanie strojów, które do urzędu nie pasują: "
                        "krótkich spodenek i spódniczek, prześwitujących bluzek, głębokich "
                        "dekoltów, odsłoniętego brzucha, cienkich ramiączek czy "
                        "klapek,</li><li>bardziej formalny strój podczas wystąpień publicznych, "
                        "konferencji i spotkań z gośćmi z zewnątrz,</li><li>delikatne perfumy, "
                        "dyskretny makijaż i biżuterię,</li><li>identyfikator noszony przez cały "
                        "czas pracy w miejscu widocznym dla klienta.</li></ul> <p>Kilka uwag "
                        "praktycznych. W małych pokojach i przy okienkach z szybą intensywny "
                        "zapach perfum szybko staje się uciążliwy, a część klientów ma alergie – "
                        "tu naprawdę „mniej znaczy więcej”. Upał nie zwalnia z zasad: lżejszy "
                        "strój tak, klapki i koszulka na ramiączkach nie. Identyfikator schowany "
                        "pod swetrem albo odwrócony tyłem nie spełnia swojej roli – klient, który "
                        "chce złożyć podziękowanie lub skargę, musi wiedzieć, z kim "
                        "rozmawiał.</p><p><strong>Dlaczego to ważne?</strong> Klient, który "
                        "przychodzi w sprawie decydującej o jego pobycie w Polsce, chce mieć "
                        "poczucie, że trafił do poważnej instytucji. Schludny, służbowy wygląd nie "
                        "jest formalnością, tylko częścią szacunku okazywanego klientowi.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 6. Dbaj o swoje stanowisko pracy</h2><p>Porządek na "
                        "stanowisku wpływa na to, jak szybko pracujesz, ale też na to, jak "
                        "postrzega Cię klient. Standard 6 wymaga, aby:</p><ul><li>w pokoju panował "
                        "porządek, a dokumenty były ułożone na półkach,</li><li>na biurku leżały "
                        "wyłącznie rzeczy potrzebne do pracy,</li><li>na blacie były tylko "
                        "dokumenty klienta, którego właśnie obsługujesz – pozostałe odkładasz na "
                        "bieżąco,</li><li>rzeczy osobiste nie leżały na biurku,</li><li>strefa "
                        "widoczna dla klienta – sala, korytarz, okolice okienka – była czysta i "
                        "uporządkowana,</li><li>ulotki i formularze były dobrze widoczne i "
                        "aktualne,</li><li>posiłki były spożywane poza zasięgiem wzroku "
                        "klientów,</li><li>pod ręką była lista najważniejszych numerów telefonów i "
                        "informacji potrzebnych do sprawnej obsługi.</li></ul> <p>Zasada „na "
                        "biurku tylko sprawa bieżącego klienta” ma w naszym wydziale wymiar "
                        "ochrony danych osobowych. Paszport, umowa o pracę czy zaświadczenie o "
                        "dochodach poprzedniej osoby, pozostawione na blacie, to informacje, które "
                        "następny klient może zobaczyć, a nawet sfotografować telefonem. Na liście "
                        "numerów warto mieć m.in. numery innych komórek wydziału, ochrony budynku, "
                        "osoby koordynującej pracę tłumaczy oraz organizacji pomocowych, do "
                        "których można skierować klienta.</p><p>Zadbaj także o zasoby „dla "
                        "klienta”: przegródkę z aktualnymi formularzami, wzory wypełnionych "
                        "wniosków, ulotki w językach, którymi posługuje się najwięcej klientów. "
                        "Przejrzyj je raz w tygodniu i usuń to, co straciło aktualność – stary "
                        "formularz w przegródce to zaproszenie do złożenia wniosku na niewłaściwym "
                        "druku.</p><p><strong>Dlaczego to ważne?</strong> Uporządkowane stanowisko "
                        "pozwala szybciej znaleźć potrzebny druk, chroni dane klientów i pokazuje, "
                        "że ich sprawy są traktowane poważnie. Bałagan na biurku klient łatwo "
                        "utożsamia z bałaganem w swojej sprawie.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Czyste biurko to ochrona danych",
                        "text": (
                            "Zanim poprosisz kolejną osobę, sprawdź blat: czy nie leży tam "
                            "dokument, kserokopia albo karteczka z danymi poprzedniego klienta? "
                            "Ekran komputera ustaw tak, aby nie był widoczny z miejsca klienta, a "
                            "odchodząc od stanowiska, zawsze go blokuj."
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Reprezentujesz urząd także poza pracą i w internecie; nie "
                                "krytykujesz kolegów publicznie i nie powtarzasz plotek (Standard "
                                "4)."
                            ),
                            (
                                "Klient wewnętrzny – inna komórka, inna instytucja – zasługuje na "
                                "tę samą staranność co klient zewnętrzny."
                            ),
                            (
                                "Strój schludny, stonowany i służbowy, zapach i dodatki dyskretne, "
                                "identyfikator zawsze widoczny (Standard 5)."
                            ),
                            (
                                "Na biurku tylko sprawa bieżącego klienta, bez rzeczy osobistych i "
                                "jedzenia; druki aktualne i widoczne (Standard 6)."
                            ),
                            "Porządek na stanowisku to także ochrona danych osobowych.",
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Rozpoznany w supermarkecie",
                        "client_says": (
                            "W sobotę w sklepie zaczepia Cię mężczyzna: „To pani z urzędu "
                            "wojewódzkiego, prawda? Mój szwagier czeka pół roku na kartę pobytu. "
                            "Wy tam w ogóle nic nie robicie! Niech pani sprawdzi, on się nazywa…”"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Spokojnie mówisz, że rozumiesz jego zdenerwowanie, ale poza "
                                    "urzędem nie sprawdzasz ani nie omawiasz spraw konkretnych "
                                    "osób. Wyjaśniasz, jak szwagier – albo osoba przez niego "
                                    "upoważniona – może zapytać o stan sprawy w urzędzie, i "
                                    "uprzejmie kończysz rozmowę."
                                ),
                                "good": True,
                                "explanation": (
                                    "Zachowujesz się jak przedstawiciel urzędu: uprzejmie, bez "
                                    "oceniania kolegów i bez ujawniania danych. Wskazujesz "
                                    "właściwą drogę, dzięki której sprawa rzeczywiście może zostać "
                                    "wyjaśniona."
                                ),
                            },
                            {
                                "text": (
                                    "„Ma pan rację, u nas jest straszny bałagan, kierownictwo nic "
                                    "z tym nie robi, a ludzi brakuje”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Krytykujesz urząd i współpracowników w miejscu publicznym. "
                                    "Nie pomagasz klientowi, a utrwalasz negatywny obraz "
                                    "instytucji, którą reprezentujesz – wbrew Standardowi 4."
                                ),
                            },
                            {
                                "text": (
                                    "Zapisujesz nazwisko szwagra i obiecujesz, że w poniedziałek "
                                    "sprawdzisz jego sprawę i zadzwonisz z informacją."
                                ),
                                "good": False,
                                "explanation": (
                                    "Przekazanie informacji o sprawie osobie trzeciej bez "
                                    "upoważnienia narusza ochronę danych osobowych, a prywatna "
                                    "„ścieżka na skróty” jest nierówna wobec innych klientów. "
                                    "Dobre intencje nie zmieniają tego, że to błąd."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Pilne pytanie z innego wydziału",
                        "client_says": (
                            "Dzwoni pracownik wydziału zatrudnienia z innego urzędu: „Mamy sprawę "
                            "pracodawcy, potrzebujemy od was potwierdzenia jednej informacji, bez "
                            "tego nie możemy ruszyć. Kiedy możemy się spodziewać odpowiedzi?”. "
                            "Masz dziś dużo klientów w sali."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Ustalasz, czego dokładnie potrzebuje i na jakiej podstawie, "
                                    "podajesz realny termin odpowiedzi, a jeśli nie możesz zająć "
                                    "się tym osobiście, przekazujesz prośbę osobie właściwej i "
                                    "informujesz o tym rozmówcę."
                                ),
                                "good": True,
                                "explanation": (
                                    "Traktujesz klienta wewnętrznego tak jak zewnętrznego: z "
                                    "konkretnym terminem i odpowiedzialnością za sprawę. Za tą "
                                    "sprawą stoi przecież pracodawca i cudzoziemiec, którzy "
                                    "czekają na rozstrzygnięcie."
                                ),
                            },
                            {
                                "text": (
                                    "Mówisz, że „sprawy międzyurzędowe idą w drugiej kolejności” i "
                                    "że odpowiedź przyjdzie, kiedy będzie czas."
                                ),
                                "good": False,
                                "explanation": (
                                    "Standard 4 przypomina, że klient wewnętrzny zasługuje na taką "
                                    "samą staranność jak zewnętrzny. Odkładanie jego prośby bez "
                                    "terminu wydłuża sprawę konkretnej osoby."
                                ),
                            },
                            {
                                "text": (
                                    "Przekazujesz przez telefon wszystkie dane z akt, o które "
                                    "prosi, bez sprawdzenia, kto dzwoni i do czego są mu potrzebne."
                                ),
                                "good": False,
                                "explanation": (
                                    "Życzliwość wobec innej instytucji nie zwalnia z ochrony "
                                    "danych. Informacje przekazuje się w trybie i zakresie "
                                    "przewidzianym przepisami, po ustaleniu tożsamości i podstawy "
                                    "prośby."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "przebieg-wizyty",
            "title": "Przy stanowisku: zainteresowanie, skupienie i szacunek",
            "estimated_minutes": 20,
            "intro": (
                "To, jak klient oceni wizytę, rozstrzyga się w pierwszych sekundach i w drobnych "
                "gestach: czy ktoś go zauważył, czy go wysłuchał, czy nie okazał "
                "zniecierpliwienia. Ta lekcja obejmuje pięć standardów dotyczących samej rozmowy "
                "przy stanowisku: 8, 9, 10, 11 i 14."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Standard 10. Wykazuj zainteresowanie klientem</h2><p>Na pierwsze "
                        "wrażenie nie ma drugiej szansy, a klient na jego podstawie buduje opinię "
                        "o całym urzędzie. Od chwili wejścia do sali powinien czuć, że ktoś go "
                        "zauważył. Standard 10 zaleca:</p><ul><li>zwracać uwagę na osoby wchodzące "
                        "do sali i witać je – słowami „Dzień dobry”, skinieniem głowy, "
                        "uśmiechem,</li><li>reagować, gdy ktoś wygląda na zagubionego: podejść, "
                        "zapytać, wskazać właściwe miejsce lub osobę,</li><li>okazywać życzliwość "
                        "każdemu, kto czeka na obsługę,</li><li>gdy jesteś wolny: nawiązać kontakt "
                        "wzrokowy, uśmiechnąć się, zaprosić do stanowiska, przywitać i – jeśli to "
                        "możliwe – zaproponować krzesło,</li><li>gdy jesteś zajęty: dać "
                        "czekającemu znać, że go widzisz – spojrzeniem, skinieniem głowy – "
                        "przeprosić za zwłokę i poprosić o chwilę "
                        "cierpliwości,</li><li>rozpoznając stałego klienta, dać mu odczuć, że go "
                        "pamiętasz, np. krótkim nawiązaniem do poprzedniej wizyty.</li></ul> <p>W "
                        "sali obsługi cudzoziemców wiele osób przychodzi zestresowanych: od "
                        "decyzji zależy ich praca, nauka albo możliwość pozostania z rodziną. "
                        "Proste „Dzień dobry, zapraszam” i gest wskazujący krzesło obniżają "
                        "napięcie bardziej niż jakakolwiek tablica informacyjna. Przy stałym "
                        "kliencie wystarczy zdanie w rodzaju „Dzień dobry, przyniósł Pan to "
                        "brakujące zaświadczenie? Świetnie”.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 11. Bądź skoncentrowany na kliencie i jego "
                        "sprawie</h2><ul><li>Cała Twoja uwaga należy do osoby przed Tobą – patrz "
                        "na nią, a nie w ekran czy telefon.</li><li>Zwróć się do klienta całym "
                        "ciałem – nie rozmawiaj bokiem ani zza monitora.</li><li>Mów w spokojnym "
                        "tempie i wyraźnie artykułuj słowa.</li><li>Dopytuj, aby dokładnie "
                        "zrozumieć, po co klient przyszedł.</li><li>Słuchaj uważnie i nie "
                        "przerywaj.</li><li>Streść własnymi słowami, z czym klient przyszedł – to "
                        "najprostszy test, czy dobrze się rozumiecie.</li><li>Nie zostawiaj pytań "
                        "bez odpowiedzi – wyjaśnij każdą wątpliwość do końca.</li><li>Jeśli w "
                        "trakcie obsługi musisz odebrać telefon, zadbaj, by klient czekał jak "
                        "najkrócej.</li><li>Nie zajmuj się w tym czasie niczym, co nie dotyczy "
                        "jego sprawy.</li><li>Nie jedz przy kliencie i nie trzymaj jedzenia na "
                        "biurku.</li></ul> <p>Podsumowanie to jedno z najskuteczniejszych narzędzi "
                        "przy okienku, zwłaszcza w rozmowie z kimś, kto słabo zna polski: „Czy "
                        "dobrze rozumiem: ma Pan zezwolenie na pobyt, zmienił Pan pracodawcę i "
                        "chce się dowiedzieć, czy musi to gdzieś zgłosić?”. Jedno zdanie oszczędza "
                        "kwadrans rozmowy o niewłaściwej sprawie. Pamiętaj przy tym o różnicach "
                        "kulturowych: w niektórych kulturach unikanie wzroku urzędnika jest "
                        "wyrazem szacunku, a nie nieszczerości. Ty utrzymujesz kontakt wzrokowy, "
                        "ale nie wyciągaj wniosków z tego, że klient go unika.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Telefon w trakcie obsługi",
                        "text": (
                            "Jeśli telefon dzwoni, gdy obsługujesz klienta, a nikt inny nie może "
                            "go odebrać: przeproś klienta, odbierz, krótko ustal, czego dotyczy "
                            "rozmowa, i zaproponuj oddzwonienie. Osoba, która stoi przed Tobą, ma "
                            "pierwszeństwo."
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h2>Standard 8. Wykazuj dbałość o klienta</h2><ul><li>Obsługa klienta ma "
                        "pierwszeństwo przed innymi pracami biurowymi.</li><li>Dąż do tego, by "
                        "klient załatwił całą sprawę w jednym miejscu – bez wędrowania od pokoju "
                        "do pokoju.</li><li>Miej na względzie to, czego klient potrzebuje i "
                        "oczekuje – również w sferze psychologicznej: szanuj jego czas, bądź "
                        "uczciwy, nie poganiaj.</li><li>Obsługuj jedną osobę naraz – przy "
                        "stanowisku nie powinno być innych klientów.</li><li>Chroń poufność "
                        "dokumentów: przechowuj je tak, by nikt niepowołany nie mógł do nich "
                        "zajrzeć.</li><li>Pilnuj, by nic o kliencie ani o jego sprawie nie dotarło "
                        "do osób postronnych; nie poruszaj też przy nim spraw innych "
                        "klientów.</li><li>Podchodź do każdego indywidualnie i po partnersku, "
                        "poświęcając sprawie tyle czasu, ile naprawdę wymaga.</li></ul> <p>W "
                        "naszym wydziale poufność ma szczególne znaczenie. Klienci często "
                        "przychodzą z rodakami, znajomymi z pracy albo przedstawicielami agencji "
                        "pośrednictwa i oczekują, że urzędnik „powie, co słychać” w sprawie "
                        "kolegi. Informacje o sprawie przekazujemy stronie albo osobie, która ma "
                        "pełnomocnictwo. Nawet krótkie „jest w toku” to już informacja o czyjejś "
                        "sprawie. Nie omawiaj też przy kliencie poprzedniej sprawy („ten przed "
                        "Panem też nie miał ubezpieczenia”) – klient słusznie uzna, że o nim "
                        "będzie się mówić tak samo.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 9. Dbałość o klienta – ciąg dalszy</h2><ul><li>Gdy sprawa "
                        "przechodzi do innego pracownika, zadbaj o płynne przekazanie – klient nie "
                        "powinien zaczynać wszystkiego od początku.</li><li>Bądź życzliwy także "
                        "wtedy, gdy klient jest trudny w kontakcie; dbaj o przyjazną atmosferę od "
                        "początku do końca rozmowy.</li><li>Dostosuj sposób prowadzenia sprawy, "
                        "gdy w życiu klienta coś się zmienia.</li><li>Zachowuj najwyższą kulturę "
                        "osobistą.</li><li>Obsługuj rzeczowo, sprawnie i "
                        "profesjonalnie.</li><li>Dąż do załatwienia sprawy możliwie najprostszymi "
                        "środkami i tak, by klient nie musiał przychodzić wiele "
                        "razy.</li><li>Zawsze informuj, na jakim etapie jest sprawa, i uprzedzaj o "
                        "wydłużeniu terminu.</li><li>Prywatne rozmowy z kolegami odłóż na czas, "
                        "gdy przy stanowisku nie ma klienta.</li><li>Odmawiaj przyjęcia "
                        "jakichkolwiek prezentów, pieniędzy czy innych korzyści.</li></ul> "
                        "<p>Zmiana sytuacji życiowej to w sprawach cudzoziemców codzienność: "
                        "utrata pracy w trakcie postępowania, narodziny dziecka, ślub, "
                        "przeprowadzka do innego województwa. Elastyczność oznacza, że zamiast "
                        "mechanicznie przyjmować kolejne dokumenty, pytasz, co się zmieniło, i "
                        "wyjaśniasz, jak ta zmiana wpływa na sprawę. Informowanie o stanie sprawy "
                        "i o opóźnieniach to nie tylko uprzejmość – przepisy postępowania "
                        "administracyjnego zobowiązują urząd do zawiadomienia strony, że sprawa "
                        "nie zostanie załatwiona w terminie, z podaniem przyczyny i nowego "
                        "terminu.</p><p>Osobnej uwagi wymaga zakaz przyjmowania korzyści. W wielu "
                        "kulturach drobny prezent dla osoby, która pomogła, jest zwykłym wyrazem "
                        "wdzięczności. Mimo to nie przyjmujemy niczego: ani bombonierki, ani "
                        "„symbolicznego” upominku, ani tym bardziej pieniędzy. Przyjęcie korzyści "
                        "w związku z pełnieniem funkcji publicznej może być przestępstwem, a nawet "
                        "drobny upominek podważa bezstronność urzędu. Odmawiaj jednak życzliwie, "
                        "bez oskarżeń – klient najczęściej chciał po prostu podziękować.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 14. Traktuj każdego klienta z szacunkiem</h2><ul><li>Witaj "
                        "każdego uprzejmie i żegnaj się z nim po zakończeniu "
                        "obsługi.</li><li>Okazuj jednakowy szacunek wszystkim, bez względu na "
                        "wygląd, sposób mówienia i rodzaj sprawy.</li><li>Powstrzymaj się od "
                        "komentarzy na temat poglądów, wyborów i położenia życiowego "
                        "klienta.</li><li>Żadna sprawa nie jest „drobna” – dla osoby, która z nią "
                        "przychodzi, to często najważniejsza sprawa tego dnia.</li><li>Zamiast "
                        "pouczać, informuj życzliwie. Ironia, kpina i wyśmiewanie – także zachowań "
                        "klienta – są wykluczone.</li><li>Gdy klient czegoś nie rozumie, wyjaśniaj "
                        "cierpliwie – bez westchnień i ponaglania.</li></ul> <p>Zniecierpliwienie "
                        "najczęściej zdradzają drobiazgi: westchnienie, przewrócenie oczami, "
                        "powtarzanie tego samego zdania coraz głośniej. Jeśli klient po raz trzeci "
                        "nie rozumie wyjaśnienia, problemem zwykle nie jest klient, tylko sposób "
                        "wyjaśniania. Spróbuj prostszych słów, narysuj schemat, pokaż konkretne "
                        "pole w formularzu. Zamiast „przecież mówiłam” powiedz „spróbuję wyjaśnić "
                        "to inaczej”.</p><p><strong>Dlaczego te standardy są ważne?</strong> "
                        "Postawa skupiona na potrzebach klienta to podstawa dobrego wizerunku "
                        "urzędu i jego pracowników. Klient może nie pamiętać szczegółów procedury, "
                        "ale zapamięta, czy potraktowano go poważnie.</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Zauważ i przywitaj każdego; jeśli jesteś zajęty, daj znać "
                                "spojrzeniem i poproś o chwilę cierpliwości (Standard 10)."
                            ),
                            (
                                "Słuchaj bez przerywania, dopytuj i podsumowuj potrzebę klienta "
                                "(Standard 11)."
                            ),
                            (
                                "Obsługa klienta ma pierwszeństwo przed pracą biurową; informacje "
                                "o sprawie przekazujesz tylko stronie lub jej pełnomocnikowi "
                                "(Standard 8)."
                            ),
                            (
                                "Przekazuj sprawy płynnie, informuj o ich stanie i o opóźnieniach, "
                                "nie przyjmuj żadnych korzyści (Standard 9)."
                            ),
                            (
                                "Szacunek bez wyjątków: bez komentarzy, ironii i zniecierpliwienia "
                                "(Standard 14)."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Pytanie o sprawę kolegi",
                        "client_says": (
                            "Po złożeniu swojego wniosku klient dodaje: „A jeszcze jedno. Mój "
                            "kolega z pracy, Oleh, złożył wniosek w marcu i nic nie wie. Ma pani "
                            "przecież komputer – niech pani sprawdzi, czy jest już decyzja. Ja mu "
                            "przekażę”."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Uprzejmie wyjaśniasz, że informacje o sprawie możesz "
                                    "przekazać tylko koledze albo osobie, której udzieli on "
                                    "pełnomocnictwa, i mówisz, jak kolega może sam zapytać o stan "
                                    "sprawy – osobiście, telefonicznie lub przez dostępne kanały "
                                    "elektroniczne."
                                ),
                                "good": True,
                                "explanation": (
                                    "Chronisz dane innej osoby, a jednocześnie nie zostawiasz "
                                    "klienta z pustą odmową – wskazujesz realną drogę do uzyskania "
                                    "informacji. To połączenie Standardu 8 (poufność) i Standardu "
                                    "14 (życzliwe informowanie)."
                                ),
                            },
                            {
                                "text": (
                                    "Sprawdzasz w systemie i mówisz tylko: „Jeszcze w toku, "
                                    "decyzji nie ma”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Nawet tak ogólna informacja dotyczy konkretnej osoby i jej "
                                    "sprawy. Udzielasz jej komuś, kto nie ma upoważnienia – to "
                                    "naruszenie poufności, której wymaga Standard 8, i przepisów o "
                                    "ochronie danych."
                                ),
                            },
                            {
                                "text": "„Nie, proszę nie zadawać takich pytań. Następny proszę!”",
                                "good": False,
                                "explanation": (
                                    "Odmowa jest co do istoty słuszna, ale forma narusza Standard "
                                    "14: brak wyjaśnienia i szorstki ton zostawiają klienta z "
                                    "poczuciem, że go zbyto. Wystarczy jedno zdanie wyjaśnienia i "
                                    "wskazanie właściwej drogi."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Bombonierka na pożegnanie",
                        "client_says": (
                            "Starsza klientka z Wietnamu odbiera kartę pobytu po długim "
                            "postępowaniu. Wzruszona kładzie na blacie pudełko czekoladek i "
                            "kopertę: „To dla pani, za pomoc. Proszę, u nas tak się dziękuje”."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Z uśmiechem dziękujesz i wyjaśniasz: „Bardzo mi miło, ale "
                                    "pracownicy urzędu nie mogą przyjmować żadnych prezentów. "
                                    "Najlepszym podziękowaniem jest dla mnie to, że sprawa się "
                                    "udała”. Oddajesz pudełko i kopertę, nie otwierając jej."
                                ),
                                "good": True,
                                "explanation": (
                                    "Odmawiasz jednoznacznie, ale ciepło, szanując intencję "
                                    "klientki. Nie otwierasz koperty – nie ma znaczenia, czy jest "
                                    "w niej kartka, czy pieniądze."
                                ),
                            },
                            {
                                "text": (
                                    "Przyjmujesz czekoladki, bo to drobiazg, a kopertę oddajesz."
                                ),
                                "good": False,
                                "explanation": (
                                    "Standard 9 nie przewiduje wyjątków dla „drobiazgów”. "
                                    "Przyjmowanie nawet małych prezentów tworzy wrażenie, że w "
                                    "urzędzie warto się odwdzięczać, i podważa bezstronność."
                                ),
                            },
                            {
                                "text": (
                                    "Głośno, żeby słyszeli inni, oświadczasz: „Proszę to "
                                    "natychmiast zabrać, to jest próba przekupstwa urzędnika!”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Odmowa jest słuszna, ale publiczne oskarżenie upokarza osobę, "
                                    "która chciała po prostu podziękować zgodnie ze swoim "
                                    "zwyczajem. Narusza to Standard 14. Jeśli sytuacja budzi "
                                    "rzeczywiste wątpliwości, poinformuj przełożonego."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "tryb-i-sprawnosc",
            "title": "Wyjaśnianie trybu i sprawne załatwianie spraw",
            "estimated_minutes": 15,
            "intro": (
                "Klient chce załatwić sprawę szybko i dobrze za pierwszym razem, bez zbędnych "
                "wizyt i dokumentów. Ta lekcja pokazuje, jak zrozumiale wyjaśniać procedurę "
                "(Standard 12), jak sprawnie prowadzić sprawę (Standard 13) i jak obsługiwać "
                "przedsiębiorców, np. pracodawców zatrudniających cudzoziemców (Standard 25)."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Standard 12. Wyjaśnij klientowi tryb załatwienia "
                        "sprawy</h2><p>Obsługa zaczyna się od wyjaśnienia, jak wygląda droga do "
                        "celu. Standard 12 opisuje ją krok po kroku:</p><ol><li>Na początku "
                        "wyjaśnij tryb załatwienia sprawy.</li><li>Ustal, czy klient załatwia taką "
                        "sprawę pierwszy raz – jeśli tak, zwykle potrzebuje więcej "
                        "pomocy.</li><li>Wyjaśnij w uporządkowany sposób, co po kolei ma "
                        "zrobić.</li><li>Opieraj się na karcie usługi i upewnij się, że "
                        "przekazujesz rzetelne informacje.</li><li>Mów spokojnie, wyraźnie i "
                        "zrozumiale – klient nie musi znać języka urzędowego.</li><li>Podaj termin "
                        "załatwienia sprawy, a jeśli potrzebna jest kolejna wizyta lub kontakt, "
                        "ustal z klientem ich termin i formę.</li><li>Przekaż właściwe formularze, "
                        "wyjaśnij, jak je wypełnić, i poinformuj o wszystkich wymaganych "
                        "załącznikach.</li><li>Podaj pełną informację o kosztach: ile, za co i "
                        "gdzie zapłacić.</li><li>Zapytaj, czy klient chce, żebyś pomógł mu przy "
                        "formularzu.</li><li>Przejrzyj składane dokumenty pod kątem kompletności i "
                        "błędów.</li><li>Sprawdź, czy wyjaśnienie do klienta dotarło, i zapytaj, "
                        "czy ma jeszcze pytania.</li><li>Przy skomplikowanej procedurze "
                        "zaproponuj, że wypiszesz na kartce wszystkie kroki.</li></ol> <h3>Język "
                        "urzędowy a język klienta</h3><p>Dla nas „braki formalne”, „wezwanie do "
                        "uzupełnienia” czy „strona postępowania” to codzienne słowa. Dla klienta – "
                        "zwłaszcza takiego, który uczy się polskiego od roku – to szyfr. "
                        "Porównaj:</p><ul><li>zamiast „wniosek zawiera braki formalne” – „we "
                        "wniosku brakuje jeszcze dwóch rzeczy: podpisu na czwartej stronie i kopii "
                        "umowy o pracę”,</li><li>zamiast „otrzyma Pan wezwanie do uzupełnienia” – "
                        "„dostanie Pan list z urzędu, w którym napiszemy, co trzeba donieść i do "
                        "kiedy”,</li><li>zamiast „proszę uiścić opłatę skarbową” – „trzeba "
                        "zapłacić opłatę; kwota i numer konta są na tej kartce”.</li></ul> "
                        "<p>Zamiast pytać „Czy wszystko jasne?” – na co prawie każdy odpowie "
                        "„tak”, nawet jeśli niewiele zrozumiał – poproś: „Proszę mi powiedzieć, co "
                        "Pan przyniesie następnym razem”. Jeśli klient potrafi to powtórzyć "
                        "własnymi słowami, wyjaśnienie zadziałało.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Lista kroków na kartce",
                        "text": (
                            "Przy procedurze, która wymaga kilku wizyt lub dokumentów z różnych "
                            "miejsc, zaproponuj spisanie wszystkich kroków. Ponumerowana lista z "
                            "terminami i Twoim numerem telefonu to dla klienta mapa, a dla Ciebie "
                            "mniej pytań o to samo."
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h2>Standard 13. Dbaj o sprawne załatwienie sprawy</h2><ul><li>Od chwili "
                        "przyjęcia sprawy dąż do tego, by zakończyć ją bez zbędnej "
                        "zwłoki.</li><li>Ściśle współpracuj z innymi komórkami i pracownikami, tak "
                        "by nieporozumienia wewnątrz urzędu nie odbijały się na "
                        "kliencie.</li><li>Proś tylko o te dokumenty i załączniki, bez których "
                        "sprawy nie da się załatwić.</li><li>Jeśli musisz coś sprawdzić lub "
                        "skonsultować, zrób to od razu i wytłumacz klientowi, dlaczego to "
                        "konieczne.</li><li>Gdy sprawa jest skomplikowana albo wykracza poza Twoje "
                        "kompetencje, osobiście skontaktuj się z właściwym specjalistą, przedstaw "
                        "mu sprawę i upewnij się, że ją przejmie.</li><li>Podaj klientowi numer "
                        "telefonu, pod którym może się z Tobą skontaktować, i poproś o jego numer "
                        "na wypadek, gdyby trzeba było coś wyjaśnić.</li><li>Opowiedz klientowi o "
                        "profilu zaufanym i e-usługach – następnym razem część spraw załatwi bez "
                        "wychodzenia z domu.</li></ul> <p>Najważniejsza różnica między "
                        "„odesłaniem” a „przekazaniem” klienta polega na tym, kto wykonuje pracę. "
                        "Odesłanie brzmi: „To nie do mnie, proszę iść do pokoju 214”. Przekazanie: "
                        "„Tym zajmuje się koleżanka z pokoju 214. Zadzwoniłam do niej, wie, o co "
                        "chodzi, i przyjmie Pana od razu”. Druga wersja zajmuje minutę dłużej, ale "
                        "oszczędza klientowi godzinę błądzenia.</p><p>Zasada „nie żądaj zbędnych "
                        "dokumentów” ma też wymiar prawny: co do zasady urząd nie powinien wymagać "
                        "zaświadczeń na okoliczności, które może ustalić sam, np. na podstawie "
                        "rejestrów publicznych, do których ma dostęp. Każdy dodatkowy dokument, o "
                        "który prosisz „na wszelki wypadek”, to dla cudzoziemca kolejna wizyta w "
                        "innym urzędzie, czasem tłumaczenie przysięgłe i dodatkowe koszty.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 25. Obsługa przedsiębiorców i "
                        "inwestorów</h2><p>Przedsiębiorcy mają duży wpływ na lokalną gospodarkę i "
                        "zatrudnienie, a przy tym zwykle bardzo cenią swój czas. Standard 25 "
                        "zaleca wobec nich – oprócz wszystkich zasad ogólnych – "
                        "aby:</p><ul><li>załatwiać ich sprawy bez zbędnej zwłoki, pamiętając, jak "
                        "bardzo pochłania ich prowadzenie firmy,</li><li>dbać o profesjonalne "
                        "podejście i możliwie najmniejsze obciążenie "
                        "formalnościami,</li><li>szukać sposobów, by dokumenty były gotowe jak "
                        "najszybciej,</li><li>tam, gdzie to możliwe, załatwiać sprawy "
                        "telefonicznie lub e-mailowo – to kanały, które przedsiębiorcy wybierają "
                        "najchętniej,</li><li>promować profil zaufany i usługi "
                        "elektroniczne,</li><li>pamiętać, że życzliwość i uważność obowiązują tu "
                        "tak samo jak wobec każdego klienta.</li></ul> <p>W wydziale spraw "
                        "cudzoziemców przedsiębiorcami są przede wszystkim pracodawcy, którzy "
                        "zatrudniają cudzoziemców, a także agencje zatrudnienia i kancelarie "
                        "działające jako pełnomocnicy. Sprawność oznacza tu np. wyjaśnienie, jakie "
                        "dokumenty pracodawca musi przygotować dla wszystkich pracowników naraz, "
                        "zamiast odkrywać braki w każdej sprawie osobno, albo wskazanie jednego "
                        "adresu e-mail do pytań organizacyjnych.</p><p>Ważne zastrzeżenie: sprawna "
                        "obsługa przedsiębiorcy <strong>nie oznacza pierwszeństwa</strong> przed "
                        "innymi klientami ani obietnicy szybszej decyzji. Przyspieszamy dzięki "
                        "lepszej informacji, kompletnym dokumentom i wygodnym kanałom kontaktu, a "
                        "nie przez przesuwanie jednych spraw przed inne.</p><p><strong>Dlaczego to "
                        "ważne?</strong> Szybkie i rzetelne załatwianie spraw to podstawowy "
                        "miernik jakości urzędu. Dla pracodawcy opóźnienie oznacza nieobsadzone "
                        "stanowisko, a dla cudzoziemca – niepewność, czy będzie mógł legalnie "
                        "pracować.</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Zacznij od wyjaśnienia trybu, opieraj się na karcie usługi, mów "
                                "prostym językiem (Standard 12)."
                            ),
                            (
                                "Informuj o wszystkich załącznikach, opłatach i terminach; sprawdź "
                                "dokumenty i upewnij się, że klient zrozumiał."
                            ),
                            (
                                "Nie żądaj zbędnych dokumentów; nie odsyłaj klienta – przekazuj "
                                "sprawę właściwej osobie (Standard 13)."
                            ),
                            "Wymieniaj się z klientem danymi kontaktowymi i promuj profil zaufany.",
                            (
                                "Przedsiębiorcom oszczędzaj czas dzięki dobrej informacji i "
                                "wygodnym kanałom kontaktu, a nie przez pierwszeństwo (Standard "
                                "25)."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Pierwszy wniosek w życiu",
                        "client_says": (
                            "Studentka z Kolumbii, która od roku uczy się polskiego, trzyma w ręku "
                            "formularz: „Pierwszy raz składam taki wniosek. Nie rozumiem, co "
                            "znaczy »załącznik« i »tytuł prawny do lokalu«. Koleżanka mówi, że nic "
                            "więcej nie trzeba”."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Wyjaśniasz prostymi słowami, co oznaczają te pojęcia, "
                                    "pokazujesz na formularzu, co gdzie wpisać, wypisujesz na "
                                    "kartce listę dokumentów i opłat, a na koniec prosisz, by "
                                    "własnymi słowami powiedziała, co przyniesie."
                                ),
                                "good": True,
                                "explanation": (
                                    "Realizujesz Standard 12 w całości: zauważasz, że klientka "
                                    "robi to pierwszy raz, tłumaczysz żargon, dajesz pisemną listę "
                                    "i sprawdzasz zrozumienie, zamiast pytać „czy wszystko jasne?”."
                                ),
                            },
                            {
                                "text": (
                                    "„Wszystko jest opisane na stronie internetowej, proszę tam "
                                    "zajrzeć”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Odsyłasz do źródła, z którego klientka najwyraźniej nie "
                                    "umiała skorzystać. Strona internetowa uzupełnia rozmowę, ale "
                                    "jej nie zastępuje, zwłaszcza przy pierwszej sprawie."
                                ),
                            },
                            {
                                "text": (
                                    "Żeby było szybciej, wypełniasz za klientkę cały formularz, a "
                                    "brakujące dane uzupełniasz tym, co wydaje Ci się "
                                    "prawdopodobne."
                                ),
                                "good": False,
                                "explanation": (
                                    "Pomoc w wypełnieniu to dobra praktyka, ale to klientka "
                                    "odpowiada za treść wniosku, który podpisuje. Dane wpisane „na "
                                    "oko” mogą być nieprawdziwe i spowodować kłopoty w "
                                    "postępowaniu. Pomagaj, ale każdą informację ustalaj z "
                                    "klientką."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Pracodawca traci cały dzień",
                        "client_says": (
                            "Właściciel firmy budowlanej: „Zatrudniam piętnastu cudzoziemców. Co "
                            "chwilę muszę tu przyjeżdżać, bo ciągle czegoś brakuje. Tracę cały "
                            "dzień! Nie da się tego załatwić po ludzku?”"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Przyznajesz, że to uciążliwe, i pytasz, jakie sprawy "
                                    "prowadzi. Przygotowujesz dla niego zbiorczą listę dokumentów "
                                    "wymaganych od pracodawcy, wyjaśniasz, co może załatwić "
                                    "elektronicznie, i podajesz adres e-mail lub numer telefonu do "
                                    "pytań organizacyjnych."
                                ),
                                "good": True,
                                "explanation": (
                                    "Zmniejszasz liczbę wizyt, nie łamiąc zasady równego "
                                    "traktowania. To dokładnie ten rodzaj sprawności, którego "
                                    "oczekuje Standard 25."
                                ),
                            },
                            {
                                "text": "„Wszyscy czekają, pan też musi. Takie są przepisy”.",
                                "good": False,
                                "explanation": (
                                    "Odpowiedź nie rozwiązuje problemu i zasłania się przepisami. "
                                    "Nie szukasz sposobu, by ograniczyć liczbę wizyt, choć to "
                                    "możliwe."
                                ),
                            },
                            {
                                "text": (
                                    "Obiecujesz, że porozmawiasz z koleżankami, żeby jego sprawy "
                                    "rozpatrzyły przed innymi."
                                ),
                                "good": False,
                                "explanation": (
                                    "To obietnica bez pokrycia i zarazem nierówne traktowanie. "
                                    "Kolejność rozpatrywania spraw nie może zależeć od tego, kto "
                                    "głośniej się skarży albo kto jest ważniejszym pracodawcą."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "telefon-i-e-mail",
            "title": "Telefon i e-mail: obsługa na odległość",
            "estimated_minutes": 15,
            "intro": (
                "Wielu klientów woli zadzwonić lub napisać, niż przyjechać do urzędu. Rozmowa "
                "telefoniczna i wiadomość e-mail mają swoje pułapki: nie widzimy rozmówcy, "
                "trudniej ustalić, z kim mamy do czynienia, a słowo pisane zostaje na długo. Ta "
                "lekcja omawia Standardy 15 i 16 (telefon) oraz 17 i 18 (e-mail)."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Standard 15. Kontakt telefoniczny z klientem</h2><ul><li>Odbierając "
                        "telefon lub dzwoniąc, przedstaw się: nazwa urzędu, Twoje imię i nazwisko, "
                        "komórka lub stanowisko.</li><li>Odbierz najpóźniej po trzecim sygnale. "
                        "Jeśli właśnie obsługujesz klienta, a nikt inny nie może odebrać – "
                        "przeproś go i odbierz.</li><li>Jeżeli sprawą musi się zająć inny "
                        "pracownik, zapytaj, czy rozmówca zgadza się na przełączenie, albo podaj "
                        "mu bezpośredni numer właściwej komórki.</li><li>Jeśli nie możesz od razu "
                        "odpowiedzieć, powiedz, że musisz sprawę wyjaśnić. Zapisz imię, nazwisko i "
                        "numer telefonu rozmówcy, ustal, kiedy oddzwonisz, i dotrzymaj tego "
                        "terminu.</li><li>Kiedy to Ty dzwonisz, najpierw potwierdź tożsamość "
                        "rozmówcy i zapytaj, czy może teraz rozmawiać.</li><li>Podczas rozmowy nie "
                        "rób nic innego – nie jedz, nie pisz maili.</li><li>Informacje o sprawie "
                        "przekazuj wyłącznie osobie, której ona dotyczy, i przestrzegaj zasad "
                        "ochrony danych osobowych.</li><li>Uważaj, by rozmówca nie słyszał rozmów "
                        "innych osób w pokoju – używaj funkcji zawieszenia połączenia, gdy "
                        "odkładasz słuchawkę lub odchodzisz od telefonu.</li></ul> <p>W sprawach "
                        "cudzoziemców największym wyzwaniem telefonicznym jest ustalenie, kto "
                        "dzwoni. Często dzwoni pracodawca, znajomy albo członek rodziny, który "
                        "„tylko chce wiedzieć, co słychać”. Przez telefon możesz udzielać "
                        "informacji ogólnych – jakie dokumenty są wymagane, ile wynosi opłata, w "
                        "jakich godzinach działa sala obsługi. Informacje o konkretnej sprawie "
                        "podawaj zgodnie z obowiązującą w wydziale procedurą potwierdzania "
                        "tożsamości, a w razie wątpliwości zaproponuj inny kanał: wizytę osobistą, "
                        "pismo albo pełnomocnictwo.</p><p>Pamiętaj też o barierze językowej: "
                        "rozmowa telefoniczna w obcym języku jest znacznie trudniejsza niż twarzą "
                        "w twarz, bo nie pomagają gesty ani mimika. Mów wolniej, używaj krótkich "
                        "zdań, literuj ważne słowa i podawaj liczby pojedynczo.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 16. Kontakt telefoniczny – ciąg dalszy</h2><ul><li>Zawiłe "
                        "sprawy lepiej omówić osobiście – zaproponuj wizytę w urzędzie zamiast "
                        "długiego wykładu przez telefon.</li><li>Sprawdź, czy klient dobrze "
                        "zrozumiał wiadomość, i powtórz ustalenia.</li><li>Tam, gdzie ma to sens, "
                        "wspomnij o kontakcie e-mailowym i zachęć do zajrzenia na stronę "
                        "urzędu.</li><li>Mów prosto i zrozumiale.</li><li>Udzielaj rzetelnych, "
                        "sprawdzonych informacji.</li><li>Na koniec podziękuj – za telefon, a "
                        "jeśli klient zgłosił uwagi, także za nie.</li><li>Niech Twój głos brzmi "
                        "przyjaźnie – uśmiech naprawdę słychać w słuchawce.</li><li>Uprzejmie się "
                        "pożegnaj, a rozłącz się dopiero wtedy, gdy zrobi to klient.</li></ul> "
                        "<p>Dlaczego czekać, aż klient się rozłączy? Bo to on może mieć jeszcze "
                        "pytanie, które przypomni mu się w ostatniej sekundzie. Rozłączenie się "
                        "jako pierwszy bywa odbierane jak zamknięcie drzwi przed nosem.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Obietnica oddzwonienia to zobowiązanie",
                        "text": (
                            "Jeśli obiecujesz oddzwonić do 14:00, zadzwoń do 14:00 – nawet jeśli "
                            "nie masz jeszcze pełnej odpowiedzi. Powiedz wtedy, co już wiesz i "
                            "kiedy odezwiesz się ponownie. Klient, który na próżno czeka na "
                            "telefon, traci zaufanie szybciej niż ten, który usłyszał „jeszcze "
                            "sprawdzam”."
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h2>Standard 17. Korespondencja e-mailowa z "
                        "klientem</h2><ul><li>Korzystaj z obowiązującego w urzędzie szablonu "
                        "wiadomości.</li><li>Zawsze podpisuj e-mail według standardu urzędu: imię "
                        "i nazwisko, stanowisko, nazwa urzędu, numer telefonu.</li><li>Każda "
                        "wiadomość ma powitanie (np. „Szanowna Pani”) i formułę pożegnalną (np. „Z "
                        "wyrazami szacunku”).</li><li>Zwracając się bezpośrednio do adresata, pisz "
                        "zaimki i formy grzecznościowe wielką literą: „Pan”, „Pani”, "
                        "„Państwo”.</li><li>Każda wiadomość powinna mieć krótki, rzeczowy temat, z "
                        "którego od razu wynika, czego dotyczy.</li><li>Dbaj o poprawność "
                        "językową.</li><li>Sprawdzaj skrzynkę kilka razy dziennie i odpisuj bez "
                        "zwłoki – każda wiadomość klienta zasługuje na odpowiedź.</li></ul> "
                        "<p>Przykład dobrego tematu: „Wniosek o zezwolenie na pobyt czasowy – "
                        "brakujące dokumenty”. Przykład złego: „Odp: Odp: Fwd: pytanie”. W mailach "
                        "do cudzoziemców poprawność ma szczególne znaczenie: klient często wkleja "
                        "tekst do tłumacza automatycznego, a literówki i skróty myślowe zamieniają "
                        "się wtedy w nieczytelną treść.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 18. Korespondencja e-mailowa – ciąg dalszy</h2><ul><li>Gdy z "
                        "jakiegoś powodu nie możesz odpisać mailem, sięgnij po telefon – sprawa "
                        "nie może czekać tylko dlatego, że zawiodła poczta.</li><li>Pisz prostym, "
                        "zrozumiałym językiem.</li><li>Nie ujawniaj adresów e-mail innych osób: "
                        "przekazując wiadomość dalej, usuń z niej adresy i inne dane prywatne, a "
                        "pisząc do wielu adresatów naraz, używaj pola „UDW” (ukryte do "
                        "wiadomości).</li><li>Prośbę o potwierdzenie odczytu spełniaj od "
                        "razu.</li><li>Gdy jesteś nieobecny i nie możesz odbierać poczty, ustaw "
                        "autoodpowiedź z informacją, kto Cię zastępuje i jak się z nim "
                        "skontaktować.</li><li>Przestrzegaj zasad bezpieczeństwa korespondencji – "
                        "ważne informacje nie mogą trafić w niepowołane ręce.</li></ul> "
                        "<p>Bezpieczeństwo korespondencji to w naszym wydziale konkretne zasady: "
                        "nie wysyłamy skanów paszportów ani pism z danymi na adres, o którym nie "
                        "wiemy, czy należy do strony; nie odpowiadamy na pytania o sprawę osoby, "
                        "której adres nie figuruje w aktach; korzystamy z kanałów wskazanych przez "
                        "urząd. Pamiętaj też, że zwykły e-mail ma charakter pomocniczy i nie "
                        "zastępuje doręczenia pisma w postępowaniu. Jeśli klient pyta, czy „mail z "
                        "urzędu” to już decyzja, wyjaśnij mu różnicę.</p><p><strong>Dlaczego to "
                        "ważne?</strong> Dobrze prowadzony kontakt telefoniczny i e-mailowy "
                        "oszczędza czas obu stronom i zmniejsza tłok w sali obsługi. Prowadzony "
                        "źle – rodzi kolejne telefony, skargi i ryzyko wycieku danych.</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Przedstaw się (urząd, imię i nazwisko, komórka), odbierz "
                                "najpóźniej po trzecim sygnale, w czasie rozmowy nie rób nic "
                                "innego (Standard 15)."
                            ),
                            (
                                "Informacje o sprawie tylko dla strony; przy wątpliwościach co do "
                                "tożsamości – inny kanał kontaktu."
                            ),
                            (
                                "Spraw skomplikowanych nie wyjaśniaj przez telefon; powtórz "
                                "ustalenia, podziękuj i poczekaj, aż klient się rozłączy (Standard "
                                "16)."
                            ),
                            (
                                "E-mail: szablon urzędu, pełny podpis, rzeczowy temat, powitanie i "
                                "zwrot grzecznościowy, formy grzecznościowe wielką literą "
                                "(Standard 17)."
                            ),
                            (
                                "Nie ujawniaj cudzych adresów, ustawiaj autoodpowiedź, dbaj o "
                                "bezpieczeństwo korespondencji (Standard 18)."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Dzwoni dział kadr",
                        "client_says": (
                            "Telefon: „Dzień dobry, tu dział kadr firmy transportowej. Nasz "
                            "kierowca, pan Dmytro, złożył w lutym wniosek o zezwolenie na pobyt i "
                            "pracę. Proszę powiedzieć, czy jest już decyzja, bo musimy planować "
                            "grafik”."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Przedstawiasz się i życzliwie wyjaśniasz, że o sprawie "
                                    "konkretnej osoby możesz informować tylko ją albo jej "
                                    "pełnomocnika. Podpowiadasz, że pracownik może sam zapytać o "
                                    "stan sprawy lub udzielić firmie pełnomocnictwa, i odpowiadasz "
                                    "na pytania ogólne, np. o przebieg procedury."
                                ),
                                "good": True,
                                "explanation": (
                                    "Chronisz dane pracownika, a jednocześnie pomagasz rozmówcy "
                                    "zrozumieć, jak może legalnie uzyskać potrzebną informację. "
                                    "Przyjazny ton sprawia, że odmowa nie brzmi jak zbycie."
                                ),
                            },
                            {
                                "text": (
                                    "Sprawdzasz w systemie i mówisz: „Jeszcze nie ma, ale sprawa "
                                    "jest już u inspektora”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Przekazujesz informacje o sprawie, nie sprawdzając uprawnień "
                                    "rozmówcy. Przez telefon nie widzisz rozmówcy – tym ostrożniej "
                                    "trzeba podchodzić do danych (Standard 15)."
                                ),
                            },
                            {
                                "text": "„Takich informacji nie udzielamy” – i kończysz rozmowę.",
                                "good": False,
                                "explanation": (
                                    "Ochrona danych jest zachowana, ale rozmówca nie wie, dlaczego "
                                    "nie dostał informacji ani co może zrobić. Standard 16 wymaga "
                                    "życzliwości, prostego wyjaśnienia i uprzejmego pożegnania."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Obiecany telefon",
                        "client_says": (
                            "Rano klientka usłyszała od Ciebie, że do 14:00 oddzwonisz z "
                            "informacją, czy jej zaświadczenie o zatrudnieniu zostało dołączone do "
                            "akt. Jest 13:50, a koleżanka, która prowadzi sprawę, wciąż nie "
                            "odpowiedziała na Twoje pytanie."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Dzwonisz przed 14:00, mówisz, że wciąż czekasz na "
                                    "potwierdzenie od osoby prowadzącej sprawę, i podajesz nowy, "
                                    "konkretny termin kontaktu. Potem osobiście przypominasz "
                                    "koleżance o sprawie."
                                ),
                                "good": True,
                                "explanation": (
                                    "Dotrzymujesz słowa, nawet jeśli nie masz pełnej odpowiedzi. "
                                    "Klientka wie, co się dzieje, i nie musi sama dzwonić, by się "
                                    "tego dowiedzieć."
                                ),
                            },
                            {
                                "text": (
                                    "Nie dzwonisz – odezwiesz się, kiedy będziesz znać odpowiedź, "
                                    "może jutro."
                                ),
                                "good": False,
                                "explanation": (
                                    "Łamiesz ustalony termin. Z perspektywy klientki urząd po "
                                    "prostu zapomniał. Standard 15 wymaga oddzwonienia w umówionym "
                                    "czasie."
                                ),
                            },
                            {
                                "text": (
                                    "Wysyłasz klientce e-mail bez powitania i podpisu: „W sprawie "
                                    "zaświadczenia – brak informacji”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Formalnie kontakt był, ale bez wyjaśnienia, bez nowego "
                                    "terminu i z pominięciem zasad Standardu 17. Do tego zmieniasz "
                                    "kanał, na który się umówiliście."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "trudne-rozmowy",
            "title": "Trudne rozmowy: odmowa, skarga, pomyłka i agresja",
            "estimated_minutes": 20,
            "intro": (
                "Nawet najlepiej zorganizowany urząd nie uniknie sytuacji, w których trzeba komuś "
                "odmówić, przyjąć skargę, przyznać się do błędu albo opanować rozmowę ze "
                "zdenerwowanym klientem. Standardy 19–22 podpowiadają, jak w takich chwilach "
                "zachować profesjonalizm i nie stracić z oczu człowieka po drugiej stronie."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Standard 19. Przekazuj odmowę z szacunkiem dla "
                        "klienta</h2><ul><li>Przekaż odmowę jasno i stanowczo – bez owijania w "
                        "bawełnę.</li><li>Mów uprzejmie i życzliwie – stanowczość nie wymaga "
                        "chłodu.</li><li>Wyjaśnij powody, odwołując się wyłącznie do faktów i "
                        "podstaw prawnych.</li><li>Wskaż dokumenty, które uzasadniają stanowisko "
                        "urzędu.</li><li>Nie zrzucaj winy na innych pracowników, przepisy ani "
                        "procedury.</li><li>Pokaż, że rozumiesz położenie klienta; powstrzymaj się "
                        "od krytyki i od oceniania tego, czego potrzebuje.</li><li>Jeśli "
                        "oczekiwania są zbyt wysokie, precyzyjnie wyjaśnij stanowisko urzędu i "
                        "zaproponuj rozwiązanie alternatywne.</li><li>Jeśli klient nie spełnia "
                        "warunków, powiedz dokładnie, kiedy i w jaki sposób może ponownie ubiegać "
                        "się o pozytywne załatwienie sprawy.</li><li>Na koniec doceń wysiłek, jaki "
                        "klient włożył w sprawę, i uprzejmie się pożegnaj.</li></ul> <p>Przy "
                        "okienku odmowa ma wiele form: nie możemy wydać karty przed terminem, nie "
                        "udzielimy informacji o cudzej sprawie, nie przyspieszymy postępowania na "
                        "prośbę. Gdy klient przychodzi z decyzją odmowną i prosi o wyjaśnienie, "
                        "nie oceniasz decyzji ani jej autora. Pomagasz klientowi zrozumieć, co "
                        "jest w niej napisane: jakie są powody odmowy, co oznacza pouczenie, do "
                        "kogo i w jakim terminie można się odwołać. Pamiętaj przy tym, że odmowa "
                        "nigdy nie polega na odmowie przyjęcia pisma, które klient chce złożyć – "
                        "jeśli są w nim braki, powiedz o nich i wyjaśnij, co stanie się "
                        "dalej.</p><p>Zwróć uwagę na zakaz zasłaniania się przepisami i kolegami. "
                        "Zdanie „Ja bym Panu chętnie pomogła, ale te przepisy są bez sensu” wydaje "
                        "się życzliwe, a w rzeczywistości podważa zaufanie do urzędu i sugeruje, "
                        "że rozstrzygnięcie jest przypadkowe. Lepiej: „Warunkiem jest "
                        "udokumentowanie stałego źródła dochodu, a w złożonych dokumentach go "
                        "brakuje. Jeśli uzyska Pan umowę o pracę, będzie mógł Pan złożyć nowy "
                        "wniosek – wyjaśnię, co trzeba będzie wtedy dołączyć”.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 20. Przyjmuj skargi ze zrozumieniem i z inicjatywą "
                        "naprawy</h2><ul><li>Wysłuchaj niezadowolonego klienta z uwagą. Nie "
                        "przerywaj i nie zaczynaj od tłumaczenia się. Dopytaj, czego oczekuje od "
                        "Ciebie i od urzędu.</li><li>Jeśli to możliwe, zaproponuj spokojne miejsce "
                        "do rozmowy albo krzesło przy stanowisku.</li><li>Przeproś za to, co się "
                        "wydarzyło, i podziękuj, że klient zgłosił problem – to dla urzędu cenna "
                        "informacja.</li><li>Wyjaśniaj prostym językiem.</li><li>Zachowaj spokój i "
                        "uprzejmość; jeśli sprawa tego wymaga, wskaż przepis, na którym opiera się "
                        "urząd.</li><li>Unikaj prośby „proszę się uspokoić” – działa jak oliwa "
                        "dolana do ognia.</li><li>Nie wchodź w spór o to, kto ma rację – nie mów "
                        "klientowi, że się myli.</li><li>Zaproponuj rozwiązanie i zapytaj, czy je "
                        "akceptuje; jeśli nie – zapytaj, co byłoby dla niego "
                        "najlepsze.</li><li>Jeśli nie możesz odpowiedzieć od razu, powiedz, co "
                        "zrobisz, i ustal formę odpowiedzi. Obiecuj tylko to, co na pewno możesz "
                        "spełnić.</li><li>Dopilnuj, aby odpowiedź została udzielona niezwłocznie "
                        "albo w umówionym terminie, a w każdym razie nie później, niż przewidują "
                        "przepisy.</li></ul> <p>Zasada, by nie mówić klientowi, że się myli, nie "
                        "oznacza, że musisz przyznawać mu rację we wszystkim. Oznacza, że nie "
                        "wchodzisz w spór o to, kto ma rację, tylko zajmujesz się problemem. "
                        "Zamiast „To nieprawda, czekał Pan krócej” powiedz: „Rozumiem, że czekanie "
                        "było bardzo długie. Sprawdźmy, co mogę teraz dla Pana "
                        "zrobić”.</p><p>Klient ma też prawo złożyć formalną skargę – na piśmie, "
                        "elektronicznie albo ustnie do protokołu. Nie zniechęcaj go do tego i nie "
                        "traktuj skargi jak ataku osobistego: przepisy wprost zakazują narażania "
                        "kogokolwiek na negatywne konsekwencje z powodu złożenia skargi. Dobrze "
                        "załatwiona skarga często zamienia niezadowolonego klienta w kogoś, kto "
                        "poleca urząd znajomym, a przy okazji pokazuje, co w obsłudze trzeba "
                        "poprawić.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Nie mów „proszę się uspokoić”",
                        "text": (
                            "To zdanie brzmi jak ocena emocji klienta i prawie zawsze je wzmacnia. "
                            "Zamiast tego nazwij problem: „Widzę, że ta sprawa jest dla Pana "
                            "bardzo ważna. Powiedzmy sobie, co się stało, i zobaczmy, co mogę "
                            "zrobić”."
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h2>Standard 21. Pomyłki i zagubione dokumenty</h2><ul><li>Niezwłocznie "
                        "poinformuj klienta o pomyłce, błędzie urzędu lub zagubieniu dokumentu – "
                        "jasno i otwarcie.</li><li>Przeproś.</li><li>Rzetelnie przedstaw fakty i "
                        "konsekwencje, jakie ta sytuacja powoduje.</li><li>Odpowiedz na wszystkie "
                        "wątpliwości klienta.</li><li>Przedstaw plan naprawy – taki, który jak "
                        "najmniej obciąży klienta.</li><li>Zapytaj, czy taka naprawa jest dla "
                        "klienta do przyjęcia.</li><li>Wspólnie zaplanujcie, co i kiedy wydarzy "
                        "się dalej.</li><li>Na pożegnanie zapewnij, że zrobisz wszystko, by taka "
                        "sytuacja się nie powtórzyła.</li></ul> <p>Błędy w naszej pracy mają "
                        "konkretne skutki: literówka w nazwisku na karcie pobytu, źle wpisana "
                        "data, zagubiony oryginał dokumentu złożonego do wglądu. Pokusa, by "
                        "„najpierw po cichu poszukać”, jest zrozumiała, ale klient, który sam "
                        "odkryje błąd, straci zaufanie podwójnie. Pamiętaj też o procedurze "
                        "wewnętrznej: o każdym zagubieniu dokumentu z danymi osobowymi "
                        "niezwłocznie informuj przełożonego i inspektora ochrony danych. Może to "
                        "być naruszenie ochrony danych, które urząd musi ocenić i – jeśli trzeba – "
                        "zgłosić w krótkim terminie.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 22. Agresywny klient</h2><p>W kontakcie z agresywnym "
                        "klientem stosuj wszystkie opisane wcześniej zasady, a "
                        "dodatkowo:</p><ul><li>ustal, co naprawdę wywołało zdenerwowanie – często "
                        "jest to coś innego niż pierwszy zarzut,</li><li>zajmij się sprawą, a nie "
                        "emocjami; nie oceniaj ani zachowania, ani uczuć "
                        "klienta,</li><li>pamiętaj, że masz prawo do szacunku – jasno pokazuj, "
                        "gdzie przebiega granica,</li><li>pierwsze obraźliwe słowo zignoruj; jeśli "
                        "klient dalej krzyczy, przeklina lub Cię obraża, spokojnie i stanowczo "
                        "zaprotestuj, np. „Chcę Panu pomóc, ale proszę nie używać obraźliwych "
                        "słów”,</li><li>cały czas dawaj sygnał, że zależy Ci na załatwieniu "
                        "sprawy,</li><li>gdy inne sposoby zawiodły, a zachowanie klienta stwarza "
                        "zagrożenie dla Ciebie, innych ludzi albo mienia – poproś o wsparcie "
                        "przełożonego, a jeśli to nie wystarczy, ochronę lub policję.</li></ul> "
                        "<p>Agresja rzadko bierze się znikąd. Za krzykiem może stać strach przed "
                        "utratą pracy i prawa pobytu, rozłąka z rodziną, choroba, zmęczenie po "
                        "nocnej zmianie albo frustracja, że nie potrafi się wyrazić w obcym "
                        "języku. Pamiętaj też, że w niektórych kulturach głośna, ekspresyjna "
                        "rozmowa jest normą i nie musi oznaczać agresji. Nie usprawiedliwia to "
                        "obrażania pracowników, ale pomaga zachować spokój i nie brać słów do "
                        "siebie.</p><p>Zadbaj o bezpieczeństwo z wyprzedzeniem: znaj procedurę "
                        "wzywania ochrony i miejsce przycisku alarmowego, nie zostawaj z "
                        "pobudzonym klientem w zamkniętym pokoju bez wsparcia, a po zdarzeniu "
                        "zgłoś je przełożonemu i omów je z nim. Trudne sytuacje zostawiają ślad "
                        "także w urzędniku.</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Odmawiaj jasno, życzliwie i na podstawie faktów; nie zrzucaj winy "
                                "na przepisy ani kolegów; wskaż alternatywę i drogę na przyszłość "
                                "(Standard 19)."
                            ),
                            (
                                "Skargę najpierw wysłuchaj, potem przeproś za sytuację, podziękuj "
                                "i zaproponuj rozwiązanie; nie mów „proszę się uspokoić” ani „nie "
                                "ma Pan racji” (Standard 20)."
                            ),
                            (
                                "O pomyłce lub zagubionym dokumencie informuj od razu i otwarcie; "
                                "przeproś, przedstaw skutki i naprawę najmniej uciążliwą dla "
                                "klienta (Standard 21)."
                            ),
                            (
                                "Przy agresji skup się na problemie, pierwszą obelgę zignoruj, "
                                "przy kolejnych stanowczo zaprotestuj, a przy zagrożeniu poproś o "
                                "wsparcie przełożonego, a w razie potrzeby ochronę lub policję "
                                "(Standard 22)."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Decyzja, której klient nie rozumie",
                        "client_says": (
                            "Mężczyzna z Gruzji kładzie na blacie decyzję odmowną: „Tu jest "
                            "napisane, że odmowa. Ja pracuję legalnie, płacę podatki! Dlaczego? Co "
                            "mam teraz zrobić, wracać do domu?”"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Okazujesz zrozumienie, czytasz z nim uzasadnienie i prostymi "
                                    "słowami wyjaśniasz powód odmowy. Pokazujesz pouczenie: do "
                                    "kogo i w jakim terminie może złożyć odwołanie. Wskazujesz, "
                                    "gdzie może uzyskać bezpłatną pomoc prawną."
                                ),
                                "good": True,
                                "explanation": (
                                    "Odmowa nie znika, ale klient wie, dlaczego zapadła i jakie ma "
                                    "możliwości. Odwołujesz się do faktów z decyzji, nie oceniasz "
                                    "jej i nie obiecujesz wyniku odwołania – tak jak wymaga "
                                    "Standard 19."
                                ),
                            },
                            {
                                "text": (
                                    "„Ja bym Panu dała to zezwolenie, ale inspektor był bardzo "
                                    "surowy, a przepisy są absurdalne”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Obwiniasz współpracownika i przepisy, czego Standard 19 "
                                    "wprost zakazuje. Klient słyszy, że decyzja była przypadkowa, "
                                    "a nie wynikała z faktów. To podważa zaufanie i nie pomaga mu "
                                    "w skutecznym odwołaniu."
                                ),
                            },
                            {
                                "text": (
                                    "„To nie moja decyzja. Wszystko jest napisane, proszę "
                                    "przeczytać”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Formalnie prawda, ale klient zostaje sam z dokumentem, "
                                    "którego nie rozumie. Brak wyjaśnienia i wskazania dalszej "
                                    "drogi to przeciwieństwo życzliwej odmowy."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Trzy godziny na nic",
                        "client_says": (
                            "Klientka podchodzi do Ciebie jako koordynatora sali: „Czekałam trzy "
                            "godziny, a kiedy przyszła moja kolej, pani w okienku powiedziała, że "
                            "kończy pracę i mam przyjść jutro. Wzięłam dzień wolny! Chcę złożyć "
                            "skargę!”"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Zapraszasz klientkę do spokojnego miejsca, wysłuchujesz jej "
                                    "bez przerywania, przepraszasz za sytuację i dziękujesz, że o "
                                    "niej mówi. Sprawdzasz, czy możesz ją obsłużyć jeszcze dziś, a "
                                    "jeśli nie – proponujesz konkretny termin bez ponownego "
                                    "czekania w kolejce. Informujesz też, jak może złożyć skargę, "
                                    "jeśli nadal tego chce."
                                ),
                                "good": True,
                                "explanation": (
                                    "Tu są wszystkie elementy Standardu 20: wysłuchanie, "
                                    "przeprosiny, podziękowanie, propozycja rozwiązania i "
                                    "poszanowanie prawa do skargi. Klientka dostaje realną "
                                    "naprawę, a nie tylko wyjaśnienia."
                                ),
                            },
                            {
                                "text": (
                                    "„Proszę się uspokoić. Wszyscy tu długo czekają, to nic "
                                    "wyjątkowego”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Prośba o uspokojenie i bagatelizowanie problemu niemal zawsze "
                                    "zaostrzają konflikt. Klientka słyszy, że jej sprawa nie jest "
                                    "ważna – wbrew Standardom 14 i 20."
                                ),
                            },
                            {
                                "text": (
                                    "„To niemożliwe, system pokazuje, że czekała pani dwie "
                                    "godziny, a nie trzy. A koleżanka miała prawo skończyć pracę”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Wchodzisz w spór o fakty i bronisz koleżanki, zamiast zająć "
                                    "się problemem. W istocie mówisz, że klientka nie ma racji – a "
                                    "tego Standard 20 zakazuje."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Zaginiony oryginał",
                        "client_says": (
                            "Klient przychodzi po oryginał dyplomu, który zostawił do wglądu. "
                            "Dokumentu nie ma w aktach ani tam, gdzie powinien być. Klient pyta: "
                            "„Gdzie mój dyplom? Potrzebuję go w przyszłym tygodniu w nowej pracy”."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Od razu mówisz, że dokumentu na razie nie udało się odnaleźć, "
                                    "przepraszasz i wyjaśniasz, jakie poszukiwania już trwają. "
                                    "Ustalacie, kiedy i jak się z nim skontaktujesz oraz co urząd "
                                    "zrobi, jeśli dyplom się nie znajdzie, np. wyda pismo "
                                    "potwierdzające jego złożenie, przydatne przy staraniu się o "
                                    "duplikat. Zgłaszasz sprawę przełożonemu i inspektorowi "
                                    "ochrony danych."
                                ),
                                "good": True,
                                "explanation": (
                                    "Otwartość, przeprosiny, fakty, rozwiązanie uzgodnione z "
                                    "klientem i konkretne dalsze kroki – to sekwencja ze Standardu "
                                    "21. Zgłoszenie wewnętrzne jest konieczne, bo zaginął dokument "
                                    "z danymi osobowymi."
                                ),
                            },
                            {
                                "text": "„Na pewno go pan nie zostawiał, u nas nic nie ginie”.",
                                "good": False,
                                "explanation": (
                                    "Przerzucasz winę na klienta bez sprawdzenia faktów. Jeśli "
                                    "dokument znajdzie się potem w urzędzie, zaufanie zostanie "
                                    "zniszczone, a sprawa najpewniej skończy się skargą."
                                ),
                            },
                            {
                                "text": (
                                    "Mówisz, że dyplom jest „w obiegu” i że może przyjść za "
                                    "tydzień, licząc, że do tego czasu się znajdzie."
                                ),
                                "good": False,
                                "explanation": (
                                    "Ukrywasz problem i zostawiasz klienta bez informacji, których "
                                    "potrzebuje, by zareagować na czas. Standard 21 wymaga, by "
                                    "poinformować go niezwłocznie, jasno i otwarcie."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Krzyk przy okienku",
                        "client_says": (
                            "Klient uderza dłonią w blat: „Trzeci raz tu jestem! Wy mnie "
                            "specjalnie męczycie, bo jestem obcokrajowcem!”. Po chwili rzuca pod "
                            "Twoim adresem obraźliwe słowo. Za nim stoi kolejka."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Pomijasz pierwszą obelgę i mówisz spokojnie: „Widzę, że to "
                                    "już trzecia wizyta. Sprawdźmy razem, czego brakuje, żeby była "
                                    "ostatnia”. Jeśli obelgi się powtarzają, stanowczo mówisz: "
                                    "„Chcę Panu pomóc, ale proszę nie używać obraźliwych słów”. "
                                    "Gdy klient zaczyna komuś zagrażać, wzywasz przełożonego, a w "
                                    "razie potrzeby ochronę."
                                ),
                                "good": True,
                                "explanation": (
                                    "Koncentrujesz się na problemie, stawiasz granicę dopiero przy "
                                    "powtórzonej obeldze i stopniujesz reakcję. To postępowanie "
                                    "zgodne ze Standardem 22."
                                ),
                            },
                            {
                                "text": "Od razu mówisz: „Proszę się uspokoić, bo wezwę policję!”",
                                "good": False,
                                "explanation": (
                                    "Groźba przy pierwszym wybuchu emocji i prośba o uspokojenie "
                                    "zwykle podkręcają agresję. Policję wzywa się, gdy wyczerpano "
                                    "inne możliwości, a bezpieczeństwo jest zagrożone."
                                ),
                            },
                            {
                                "text": (
                                    "Odpowiadasz podniesionym głosem, że nikt go tu nie "
                                    "dyskryminuje, i zamykasz okienko."
                                ),
                                "good": False,
                                "explanation": (
                                    "Odpowiadasz emocjami na emocje i odcinasz klienta od pomocy. "
                                    "Na zarzut dyskryminacji najlepiej odpowiedzieć rzetelnym "
                                    "sprawdzeniem, dlaczego klient musiał przychodzić trzy razy."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "klienci-o-szczegolnych-potrzebach",
            "title": "Klienci o szczególnych potrzebach i cudzoziemcy",
            "estimated_minutes": 20,
            "intro": (
                "Niektórzy klienci napotykają w urzędzie więcej barier niż inni: z powodu wieku, "
                "niepełnosprawności, trudnej sytuacji życiowej albo nieznajomości języka i "
                "polskich przepisów. Ostatnia lekcja omawia Standard 23 (osoby starsze i z "
                "niepełnosprawnościami), Standard 24 (osoby zagrożone wykluczeniem "
                "administracyjnym) i Standard 27 (cudzoziemcy, w tym uchodźcy)."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Standard 23. Obsługa osób starszych i osób z "
                        "niepełnosprawnościami</h2><ul><li>Obsłuż klienta w miejscu, które jest "
                        "dla niego dogodne – np. na parterze, przy stoliku, a nie przy wysokim "
                        "kontuarze.</li><li>Zadbaj, by przez całą wizytę czuł zainteresowanie i "
                        "opiekę.</li><li>Widząc osobę z widoczną niepełnosprawnością, nie czekaj, "
                        "aż poprosi – zaoferuj wsparcie w dotarciu do właściwego stanowiska i w "
                        "szybkim załatwieniu sprawy.</li><li>Jeśli w kolejce stoi osoba starsza "
                        "lub z niepełnosprawnością, Twoim obowiązkiem jest podejść i zapytać, czy "
                        "woli zostać obsłużona od razu.</li><li>Zachowaj wyczucie: "
                        "niepełnosprawność nie zawsze jest widoczna, a część osób woli, by nie "
                        "okazywać im szczególnej troski.</li><li>Jeśli musisz odejść od "
                        "stanowiska, poproś kolegę, by zajął się pozostałymi "
                        "klientami.</li><li>Zaproponuj pomoc w wypełnianiu "
                        "dokumentów.</li><li>Powiedz, że następnym razem część spraw da się "
                        "załatwić telefonicznie, mailowo lub przez stronę urzędu – i zapytaj, czy "
                        "taka forma byłaby dla klienta wygodna.</li><li>Żegnając się z uśmiechem, "
                        "zaproponuj, że odprowadzisz klienta do wyjścia lub windy, jeśli tego "
                        "potrzebuje.</li></ul> <p>Kilka zasad dobrego obyczaju, które ułatwiają "
                        "stosowanie tego standardu:</p><ul><li><strong>Najpierw zapytaj, potem "
                        "pomagaj.</strong> „Czy mogę w czymś pomóc?” zamiast chwytania za ramię "
                        "czy za wózek.</li><li><strong>Mów do klienta, nie do opiekuna.</strong> "
                        "Nawet jeśli osobie towarzyszy asystent lub tłumacz, rozmawiasz z nią "
                        "samą.</li><li><strong>Z osobą na wózku rozmawiaj na wysokości jej "
                        "wzroku</strong> – usiądź, zamiast stać nad nią.</li><li><strong>Osobie "
                        "niewidomej opisuj, co robisz</strong>: „Kładę przed Panem formularz, "
                        "podpis jest potrzebny na dole strony, pokażę to "
                        "miejsce”.</li><li><strong>Z osobą głuchą lub słabosłyszącą</strong> "
                        "rozmawiaj twarzą do niej, wyraźnie, bez krzyku; korzystaj z kartki lub "
                        "ekranu. Osoby głuche mogą korzystać z pomocy tłumacza języka migowego – "
                        "poznaj zasady obowiązujące w urzędzie.</li><li><strong>Pies "
                        "asystujący</strong> jest w pracy – nie głaszcz go i nie "
                        "rozpraszaj.</li></ul> <p>Starsi cudzoziemcy, np. rodzice, którzy "
                        "przyjechali do dorosłych dzieci, bywają zagubieni podwójnie: nie znają "
                        "ani języka, ani budynku. Dla nich szczególnie ważne jest, by ktoś "
                        "zauważył ich już w sali i poprowadził przez całą wizytę.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 24. Obsługa osób zagrożonych wykluczeniem "
                        "administracyjnym</h2><p>Wykluczenie administracyjne oznacza sytuację, w "
                        "której ktoś z powodu swojego położenia nie jest w stanie samodzielnie "
                        "skorzystać z usług urzędu. Standard wymienia kilka grup takich "
                        "osób:</p><ul><li>osoby w podeszłym wieku, z ograniczeniami ruchowymi i z "
                        "niepełnosprawnościami,</li><li>mieszkańców terenów wiejskich, osoby "
                        "korzystające ze świadczeń społecznych, bezrobotne i żyjące w "
                        "ubóstwie,</li><li>osoby uzależnione i współuzależnione, osoby w "
                        "konflikcie z prawem, osadzonych i byłych więźniów, osoby z zaburzeniami "
                        "psychicznymi, osoby nadpobudliwe lub agresywne oraz osoby doznające "
                        "przemocy domowej,</li><li>przedstawicieli mniejszości, dyskryminowanych z "
                        "powodu swojej odmienności – np. grup etnicznych czy subkultur.</li></ul> "
                        "<p>Wobec nich, oprócz zasad ogólnych:</p><ul><li>okazuj taki sam szacunek "
                        "i zrozumienie jak każdemu innemu klientowi,</li><li>pamiętaj "
                        "jednocześnie, że mają szczególne potrzeby i wymagają indywidualnego "
                        "podejścia,</li><li>proponuj pomoc w wypełnianiu "
                        "dokumentów,</li><li>załatwiaj sprawy możliwie sprawnie i "
                        "szybko,</li><li>zachowaj dyskrecję – sprawę klienta omawiaj tak, by nie "
                        "słyszały jej osoby postronne, chyba że nie da się tego "
                        "uniknąć,</li><li>zwracaj szczególną uwagę na sygnały, że klient "
                        "potrzebuje więcej wsparcia.</li></ul> <p>Pozorna sprzeczność – „traktuj "
                        "tak samo” i „podchodź indywidualnie” – znika, gdy oddzielimy godność od "
                        "wsparcia. Godność i szacunek należą się wszystkim w jednakowym stopniu. "
                        "Wsparcie dopasowujemy do potrzeb: jednemu wystarczy informacja, drugiemu "
                        "trzeba pomóc wypełnić formularz, trzeciemu – zapewnić rozmowę w miejscu, "
                        "gdzie nikt nie słyszy.</p><p>Wielu cudzoziemców należy do kilku z tych "
                        "grup jednocześnie: nie zna języka, nie ma stałego adresu, pracuje za "
                        "minimalne wynagrodzenie, nie korzysta z usług elektronicznych. Zdarzają "
                        "się też ofiary wyzysku w pracy, handlu ludźmi czy przemocy domowej. Jeśli "
                        "klient sygnalizuje taką sytuację, zapewnij dyskrecję, poinformuj "
                        "przełożonego zgodnie z procedurą i wskaż organizacje, które udzielają "
                        "specjalistycznej pomocy.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Standard 27. Obsługa cudzoziemców, w tym uchodźców</h2><ul><li>Urząd "
                        "dostosowuje punkt obsługi do potrzeb cudzoziemców – np. informacja w "
                        "kilku językach, wzory wypełnionych formularzy, "
                        "piktogramy.</li><li>Wspiera cudzoziemców w załatwianiu spraw i jest "
                        "szczególnie wyczulony na bariery językowe i kulturowe oraz na to, że "
                        "klient może nie znać polskiego prawa.</li><li>Jeśli klient nie mówi po "
                        "polsku, w miarę możliwości skieruj go do pracownika, który zna jego "
                        "język.</li><li>Okazuj szacunek dla kultury i wyznania klienta, chroń jego "
                        "prywatność i godność.</li><li>Gdy cudzoziemiec prosi o informację lub "
                        "wsparcie, udziel mu niezbędnych wyjaśnień i pomocy w załatwieniu "
                        "sprawy.</li></ul> <p>Doświadczenia instytucji, które na co dzień "
                        "obsługują cudzoziemców, podpowiadają kilka praktycznych kroków przy "
                        "pierwszym kontakcie:</p><ol><li><strong>Rozpoznaj potrzebę.</strong> "
                        "Pierwsza rozmowa służy ustaleniu, z czym klient przychodzi i czy sprawa w "
                        "ogóle należy do urzędu.</li><li><strong>Porozumiewaj się w języku "
                        "zrozumiałym dla klienta</strong> – w miarę możliwości co najmniej po "
                        "angielsku. Jeśli to niemożliwe, skorzystaj z tłumacza dostępnego w "
                        "urzędzie albo z aplikacji tłumaczącej całe "
                        "zdania.</li><li><strong>Skieruj do właściwej osoby</strong> – pracownika, "
                        "który prowadzi taką sprawę lub zna język klienta.</li><li><strong>Jeśli "
                        "sprawa wykracza poza kompetencje urzędu</strong>, powiedz o tym wprost i "
                        "wskaż, gdzie klient może uzyskać pomoc, np. w organizacji pozarządowej "
                        "wspierającej migrantów, w punkcie nieodpłatnej pomocy prawnej czy w "
                        "urzędzie pracy.</li><li><strong>Udostępniaj wzory dokumentów</strong> w "
                        "językach, którymi posługuje się najwięcej klientów, i pomagaj je "
                        "wypełnić.</li></ol> <p>Kilka zasad rozmowy z osobą, która słabo zna "
                        "polski: mów wolniej, ale nie głośniej; jedna myśl na jedno zdanie; unikaj "
                        "idiomów i skrótów („KP”, „UW”, „braki formalne”); zapisuj liczby i daty "
                        "cyframi; nie proś dzieci o tłumaczenie spraw poufnych lub trudnych. W "
                        "rozmowie z uchodźcami pamiętaj, że wielu z nich ma za sobą traumatyczne "
                        "przeżycia, a kontakt z urzędnikiem czy osobą w mundurze może budzić lęk. "
                        "Wyjaśniaj, po co zadajesz pytania i co stanie się z "
                        "dokumentami.</p><p>Szacunek dla odmiennej kultury to także drobne gesty: "
                        "pozwól klientowi zdecydować, czy poda rękę; nie komentuj stroju ani "
                        "imienia; jeśli nie wiesz, jak wymówić nazwisko, zapytaj. Obsługa ma być "
                        "sprawna i profesjonalna bez względu na narodowość klienta, a wszyscy "
                        "klienci są obsługiwani na zasadach równości, bezstronności i "
                        "przejrzystości.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Zdanie po zdaniu",
                        "text": (
                            "Korzystając z aplikacji tłumaczącej, wpisuj krótkie, proste zdania "
                            "bez skrótów. Przy ważnych informacjach – termin, kwota, lista "
                            "dokumentów – poproś klienta, by przeczytał tłumaczenie i powiedział, "
                            "co zrozumiał. Najważniejsze dane zapisz mu na kartce."
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Osobom starszym i z niepełnosprawnościami z własnej inicjatywy "
                                "proponuj obsługę poza kolejnością, pomoc i dogodne miejsce – "
                                "pytając, a nie narzucając (Standard 23)."
                            ),
                            (
                                "Pamiętaj o niepełnosprawnościach niewidocznych i o tym, że nie "
                                "każdy chce szczególnego traktowania."
                            ),
                            (
                                "Osoby zagrożone wykluczeniem: ten sam szacunek, dopasowane "
                                "wsparcie, pełna dyskrecja (Standard 24)."
                            ),
                            (
                                "Cudzoziemcom pomagaj pokonywać bariery językowe, kulturowe i "
                                "prawne; kieruj ich do osoby znającej ich język; szanuj kulturę, "
                                "wyznanie i prywatność (Standard 27)."
                            ),
                            (
                                "Jeśli sprawa wykracza poza kompetencje urzędu, wskaż, gdzie "
                                "klient znajdzie pomoc."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Starsza pani o kulach",
                        "client_says": (
                            "Kończysz obsługę i widzisz w sali starszą kobietę o kulach, która "
                            "stoi przy ścianie z numerkiem w ręku. Wszystkie krzesła są zajęte. Na "
                            "tablicy wyświetla się numer o trzydzieści pozycji niższy niż jej."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Podchodzisz, przedstawiasz się i dyskretnie pytasz, czy "
                                    "chciałaby zostać obsłużona poza kolejnością. Jeśli tak – "
                                    "zapraszasz ją od razu do swojego stanowiska i proponujesz "
                                    "krzesło, a jeśli jej sprawą zajmuje się inne stanowisko, "
                                    "prosisz kolegę o przyjęcie jej jako następnej."
                                ),
                                "good": True,
                                "explanation": (
                                    "Reagujesz z własnej inicjatywy, jak wymaga Standard 23, ale "
                                    "pytasz, zamiast decydować za klientkę. Dyskrecja chroni jej "
                                    "godność, a współpraca z kolegą sprawia, że nie musi chodzić "
                                    "po sali."
                                ),
                            },
                            {
                                "text": (
                                    "Czekasz, aż sama podejdzie i poprosi – przecież może znać "
                                    "zasady."
                                ),
                                "good": False,
                                "explanation": (
                                    "Standard 23 mówi wprost, że masz obowiązek zareagować. Wiele "
                                    "osób starszych nie wie o swoich uprawnieniach albo krępuje "
                                    "się o nie prosić."
                                ),
                            },
                            {
                                "text": (
                                    "Wołasz przez salę: „Osoba niepełnosprawna z kulami – bez "
                                    "kolejki, proszę!”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Intencja jest dobra, ale głośne wskazywanie czyjejś "
                                    "niepełnosprawności przy wszystkich może być upokarzające. "
                                    "Standard 23 wymaga uważności połączonej z delikatnością."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Bez wspólnego języka",
                        "client_says": (
                            "Mężczyzna mówi tylko po arabsku. Pokazuje pismo z urzędu z wezwaniem "
                            "do uzupełnienia dokumentów. Towarzyszy mu dziesięcioletni syn, który "
                            "trochę mówi po polsku."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Sprawdzasz, czy w wydziale jest pracownik lub tłumacz znający "
                                    "arabski. Jeśli nie, korzystasz z aplikacji tłumaczącej "
                                    "krótkimi zdaniami, pokazujesz w piśmie, czego brakuje i do "
                                    "kiedy, wypisujesz na kartce, czego brakuje, z terminem "
                                    "podanym cyframi, i sprawdzasz, czy klient zrozumiał."
                                ),
                                "good": True,
                                "explanation": (
                                    "Najpierw szukasz osoby znającej język klienta, a gdy jej nie "
                                    "ma – używasz dostępnych narzędzi i sprawdzasz zrozumienie. To "
                                    "praktyczne zastosowanie Standardu 27."
                                ),
                            },
                            {
                                "text": (
                                    "Powtarzasz wyjaśnienia po polsku, coraz wolniej i głośniej, "
                                    "aż klient pokiwa głową."
                                ),
                                "good": False,
                                "explanation": (
                                    "Głośniej nie znaczy zrozumialej. Kiwanie głową często wyraża "
                                    "grzeczność albo zakłopotanie, a nie zrozumienie."
                                ),
                            },
                            {
                                "text": (
                                    "Prosisz syna, żeby przetłumaczył ojcu wszystkie szczegóły "
                                    "pisma."
                                ),
                                "good": False,
                                "explanation": (
                                    "Dziecko nie powinno być tłumaczem w sprawach urzędowych: może "
                                    "nie zrozumieć słownictwa, przekazać błędną informację albo "
                                    "dowiedzieć się rzeczy, które nie są przeznaczone dla niego. "
                                    "Syn może pomóc w prostym kontakcie, ale nie zastąpi "
                                    "tłumaczenia."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Adres, którego nikt nie może poznać",
                        "client_says": (
                            "Klientka mówi cicho przez szybę: „Uciekłam od męża, mieszkam teraz w "
                            "ośrodku dla kobiet. On wie, że mam sprawę w urzędzie. Czy on może się "
                            "dowiedzieć, gdzie mieszkam?”"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Proponujesz rozmowę w miejscu, gdzie nikt nie słyszy. "
                                    "Wyjaśniasz, komu urząd może udostępniać informacje z jej "
                                    "sprawy i że może wskazać inny adres do korespondencji. "
                                    "Informujesz przełożonego zgodnie z procedurą i podajesz "
                                    "kontakt do organizacji pomagających osobom doznającym "
                                    "przemocy."
                                ),
                                "good": True,
                                "explanation": (
                                    "Dyskrecja, rzetelna informacja i wskazanie dalszej pomocy – "
                                    "to sedno Standardu 24. Klientka wychodzi z poczuciem "
                                    "bezpieczeństwa, a nie z obawą, że jej sytuacja stała się "
                                    "tematem rozmów w sali."
                                ),
                            },
                            {
                                "text": (
                                    "„Proszę mówić głośniej, nic nie słyszę przez szybę” – i "
                                    "rozmawiacie przy kolejce."
                                ),
                                "good": False,
                                "explanation": (
                                    "Klientka musi ujawnić bardzo osobistą sytuację przy obcych "
                                    "osobach. Właśnie tego Standard 24 każe unikać."
                                ),
                            },
                            {
                                "text": (
                                    "„To nie jest sprawa dla urzędu wojewódzkiego, proszę iść na "
                                    "policję”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Informacja o policji może się przydać, ale odesłanie bez "
                                    "odpowiedzi na pytanie klientki zostawia ją w niepewności co "
                                    "do jej sprawy w urzędzie. Najpierw wyjaśnij to, co dotyczy "
                                    "urzędu, potem wskaż dodatkową pomoc."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    ],
    "quiz": {
        "slug": "test-koncowy",
        "title": "Test końcowy: standardy obsługi klienta",
        "intro": (
            "Test sprawdza znajomość wszystkich 27 standardów i umiejętność stosowania ich w "
            "typowych sytuacjach: przy stanowisku, przez telefon i w korespondencji e-mailowej. "
            "Masz 20 minut i trzy podejścia, a do zaliczenia potrzebujesz co najmniej 80% punktów."
        ),
        "pass_mark": 80,
        "time_limit_minutes": 20,
        "max_attempts": 3,
        "questions": [
            {
                "type": "short",
                "text": (
                    "Jakim słowem, kojarzącym się z proszeniem o łaskę, standardy zalecają "
                    "przestać nazywać osobę załatwiającą sprawę w urzędzie? Wpisz jedno słowo."
                ),
                "lesson": "urzad-przyjazny-klientowi",
                "answers": [
                    "petent",
                    "petenta",
                    "petentem",
                    "petenci",
                    "petentka",
                ],
                "ignore_case": True,
                "ignore_diacritics": True,
                "ignore_spaces": True,
                "general_feedback": (
                    "Chodzi o słowo „petent”. Standardy zalecają określenia „klient”, "
                    "„interesant”, „mieszkaniec” lub „obywatel”, bo podkreślają, że urząd świadczy "
                    "usługę, a urzędnik pomaga przejść przez procedurę, zamiast łaskawie ją "
                    "udostępniać."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Według Standardu 26 system kolejkowy ma być samoobsługowy, więc pracownicy "
                    "nie powinni pomagać klientom przy biletomacie."
                ),
                "lesson": "urzad-przyjazny-klientowi",
                "answer": False,
                "feedback_true": (
                    "To nieprawda. Standard 26 wymaga, by urzędnicy aktywnie pomagali w "
                    "korzystaniu z systemu kolejkowego i w potwierdzaniu profilu zaufanego."
                ),
                "feedback_false": (
                    "Dobrze. Standard 26 zakłada aktywną pomoc pracowników – przy biletomacie i w "
                    "punkcie potwierdzania profilu zaufanego."
                ),
                "general_feedback": (
                    "System kolejkowy porządkuje obsługę tylko wtedy, gdy klient wybierze właściwą "
                    "kategorię. Dlatego standard przewiduje widoczne i oznakowane stanowiska oraz "
                    "aktywne wsparcie pracowników, szczególnie w godzinach szczytu i wobec osób "
                    "słabo znających polski."
                ),
            },
            {
                "type": "multiple",
                "scoring": "partial",
                "text": (
                    "Które rozwiązania są elementami Standardu 1 „Urząd przyjazny klientowi”? "
                    "Zaznacz wszystkie poprawne odpowiedzi."
                ),
                "lesson": "urzad-przyjazny-klientowi",
                "choices": [
                    {
                        "text": "Identyfikatory imienne z nazwą komórki, w której pracuje urzędnik",
                        "correct": True,
                        "feedback": "Tak – klient ma wiedzieć, z kim rozmawia.",
                    },
                    {
                        "text": (
                            "Informacja przy wejściu o rozmieszczeniu komórek, z numerami pięter i "
                            "pokoi"
                        ),
                        "correct": True,
                        "feedback": "Tak – dzięki niej klient od razu trafia we właściwe miejsce.",
                    },
                    {
                        "text": (
                            "Szybka reakcja, gdy kolejka rośnie albo dzieje się coś nietypowego"
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak – np. otwarcie dodatkowego stanowiska w godzinach szczytu."
                        ),
                    },
                    {
                        "text": "Godziny pracy urzędu dopasowane do potrzeb klientów",
                        "correct": True,
                        "feedback": (
                            "Tak – np. dzień z dłuższymi godzinami przyjęć dla osób pracujących."
                        ),
                    },
                    {
                        "text": (
                            "Przyjmowanie klientów wyłącznie po wcześniejszej rejestracji "
                            "internetowej"
                        ),
                        "correct": False,
                        "feedback": (
                            "Nie – standard nic takiego nie przewiduje, a taki wymóg utrudniałby "
                            "dostęp części klientów."
                        ),
                    },
                    {
                        "text": (
                            "Podawanie przy wejściu tylko nazw wydziałów, bez numerów pięter i "
                            "pokoi"
                        ),
                        "correct": False,
                        "feedback": (
                            "Nie – standard wymaga informacji o rozmieszczeniu komórek wraz z "
                            "piętrami i pokojami."
                        ),
                    },
                ],
                "general_feedback": (
                    "Standard 1 opisuje urząd, do którego łatwo dotrzeć: godziny przyjęć "
                    "dopasowane do klientów, parking, czytelne oznakowanie z piętrami i pokojami, "
                    "tabliczki przy drzwiach, identyfikatory, dbałość o wiedzę pracowników i "
                    "szybka reakcja na kolejki."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Na szybie Twojego okienka wisi odręczna kartka bez daty i nazwy urzędu z "
                    "listą dokumentów, o której wiesz, że jest nieaktualna. Co robisz zgodnie ze "
                    "Standardem 3a?"
                ),
                "lesson": "informacja-i-wiedza",
                "choices": [
                    {
                        "text": (
                            "Usuwam kartkę lub zgłaszam ją zgodnie z procedurą i dbam, by klienci "
                            "mieli dostęp do aktualnej informacji w urzędowej formie"
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak. Informacja ma być aktualna, opatrzona nazwą urzędu i wywieszona "
                            "w wyznaczonym miejscu."
                        ),
                    },
                    {
                        "text": "Zostawiam ją – klienci i tak dopytują przy okienku",
                        "correct": False,
                        "feedback": (
                            "Nie. Klienci fotografują takie kartki i przesyłają dalej, więc błędna "
                            "informacja krąży długo."
                        ),
                    },
                    {
                        "text": "Dopisuję długopisem poprawki na tej samej kartce",
                        "correct": False,
                        "feedback": (
                            "To nadal nieoficjalna, mało czytelna informacja bez nazwy urzędu i "
                            "daty."
                        ),
                    },
                    {
                        "text": "Przyklejam obok drugą kartkę z aktualną listą",
                        "correct": False,
                        "feedback": "Dwie sprzeczne listy tylko zwiększą zamieszanie.",
                    },
                ],
                "general_feedback": (
                    "Standard 3a wymaga, by przekazywać wyłącznie aktualne informacje, w czytelnej "
                    "formie, z nazwą urzędu, i wywieszać je tylko w miejscach do tego "
                    "przeznaczonych. Nieaktualne ogłoszenia trzeba usuwać, a nie poprawiać."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Upraszczając język w rozmowie z cudzoziemcem, warto przejść na „ty”, bo to "
                    "ułatwia zrozumienie."
                ),
                "lesson": "informacja-i-wiedza",
                "answer": False,
                "feedback_true": (
                    "Nie. Prosty język to krótkie zdania i zwykłe słowa, a nie rezygnacja z formy "
                    "grzecznościowej."
                ),
                "feedback_false": (
                    "Słusznie. Forma „Pan/Pani” to wyraz szacunku należnego każdemu dorosłemu "
                    "klientowi."
                ),
                "general_feedback": (
                    "Standard 3b wymaga traktowania każdego klienta z szacunkiem, bez gorszego "
                    "traktowania z powodu pochodzenia czy znajomości języka. Zwracanie się do "
                    "dorosłego cudzoziemca na „ty” jest odbierane jako protekcjonalne."
                ),
            },
            {
                "type": "multiple",
                "scoring": "partial",
                "text": (
                    "Które działania są zgodne ze Standardem 7 „Stale poszerzaj swoją wiedzę”? "
                    "Zaznacz wszystkie poprawne odpowiedzi."
                ),
                "lesson": "informacja-i-wiedza",
                "choices": [
                    {
                        "text": "Sprawdzanie zmian przepisów w źródłach urzędowych",
                        "correct": True,
                        "feedback": "Tak – aktualna wiedza musi pochodzić z wiarygodnych źródeł.",
                    },
                    {
                        "text": (
                            "Zostawienie osobie zastępującej notatki o sprawach w toku przed "
                            "urlopem"
                        ),
                        "correct": True,
                        "feedback": "Tak – standard zaleca dzielenie się wiedzą z zastępcą.",
                    },
                    {
                        "text": "Udział w szkoleniach, także z komunikacji z klientem",
                        "correct": True,
                        "feedback": (
                            "Tak – standard obejmuje zarówno przepisy, jak i umiejętności "
                            "komunikacyjne."
                        ),
                    },
                    {
                        "text": (
                            "Opieranie się na informacjach z forów internetowych dla cudzoziemców, "
                            "bo pojawiają się tam najszybciej"
                        ),
                        "correct": False,
                        "feedback": (
                            "Nie – fora mogą sygnalizować zmiany, ale informacje trzeba sprawdzić "
                            "w źródłach urzędowych."
                        ),
                    },
                    {
                        "text": (
                            "Poznawanie wyłącznie spraw własnego stanowiska, żeby nie rozpraszać "
                            "się innymi"
                        ),
                        "correct": False,
                        "feedback": (
                            "Nie – standard zaleca znajomość całego katalogu usług, by umieć "
                            "skierować klienta."
                        ),
                    },
                ],
                "general_feedback": (
                    "Standard 7 łączy naukę przepisów z wymianą wiedzy w zespole i rozwijaniem "
                    "umiejętności komunikacyjnych. Urzędnik zna katalog usług, korzysta ze "
                    "szkoleń, dzieli się wiedzą z zastępcą i sam uczy się od innych."
                ),
            },
            {
                "type": "matching",
                "text": "Dopasuj część standardu do jej tematu.",
                "lesson": "informacja-i-wiedza",
                "pairs": [
                    [
                        "Standard 3a",
                        "Aktualna i czytelna informacja w urzędzie",
                    ],
                    [
                        "Standard 3b",
                        "Komunikacja bez dyskryminacji i stereotypów płci",
                    ],
                    [
                        "Standard 3c",
                        "Telefon, e-mail, strona internetowa, BIP i usługi elektroniczne",
                    ],
                    [
                        "Standard 7",
                        "Stałe poszerzanie wiedzy i umiejętności",
                    ],
                ],
                "general_feedback": (
                    "Standard 3 ma trzy części: 3a dotyczy informacji w urzędzie, 3b – komunikacji "
                    "wolnej od stereotypów i dyskryminacji, 3c – nowoczesnych kanałów kontaktu. "
                    "Standard 7 przypomina, że rzetelna informacja wymaga stale aktualizowanej "
                    "wiedzy."
                ),
            },
            {
                "type": "short",
                "text": (
                    "Uzupełnij: pracownik innej komórki urzędu lub innej instytucji publicznej, z "
                    "którym współpracujesz, to klient … . Wpisz brakujące słowo."
                ),
                "lesson": "wizerunek-i-stanowisko",
                "answers": [
                    "wewnętrzny",
                    "klient wewnętrzny",
                    "wewnętrznym",
                    "klientem wewnętrznym",
                    "wewnętrzni",
                ],
                "ignore_case": True,
                "ignore_diacritics": True,
                "ignore_spaces": True,
                "general_feedback": (
                    "To klient wewnętrzny. Standard 4 zaleca traktować go z taką samą starannością "
                    "jak klienta zewnętrznego – szybka odpowiedź dla innego wydziału czy "
                    "instytucji często przyspiesza sprawę cudzoziemca."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Kończysz obsługę klienta i chcesz zaprosić kolejną osobę. Na blacie wciąż "
                    "leży kserokopia paszportu poprzedniego klienta. Co wynika ze Standardu 6?"
                ),
                "lesson": "wizerunek-i-stanowisko",
                "choices": [
                    {
                        "text": (
                            "Przed zaproszeniem kolejnej osoby odkładam dokumenty poprzedniego "
                            "klienta – na biurku mają być tylko dokumenty bieżącej sprawy"
                        ),
                        "correct": True,
                        "feedback": "Tak. To zasada porządku i zarazem ochrony danych osobowych.",
                    },
                    {
                        "text": "Mogę ją zostawić, jeśli przykryję ją swoim kubkiem",
                        "correct": False,
                        "feedback": (
                            "Dokument nadal leży na widoku, a rzeczy osobiste nie powinny być na "
                            "biurku."
                        ),
                    },
                    {
                        "text": "Odłożę ją pod koniec dnia, razem z innymi dokumentami",
                        "correct": False,
                        "feedback": "Przez cały dzień dane byłyby widoczne dla kolejnych klientów.",
                    },
                    {
                        "text": "Nic się nie stanie, bo kserokopia nie jest oryginałem",
                        "correct": False,
                        "feedback": "Kopia zawiera te same dane osobowe co oryginał.",
                    },
                ],
                "general_feedback": (
                    "Standard 6 wymaga, by na biurku leżały tylko dokumenty obsługiwanego klienta, "
                    "a pozostałe były na bieżąco odkładane. W wydziale spraw cudzoziemców to także "
                    "podstawowa zasada ochrony danych osobowych."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Standard 4 dotyczy tylko zachowania na stanowisku pracy – poza urzędem "
                    "pracownik reprezentuje wyłącznie siebie."
                ),
                "lesson": "wizerunek-i-stanowisko",
                "answer": False,
                "feedback_true": (
                    "Nie. Standard 4 przypomina, że poza urzędem także możesz zostać rozpoznany "
                    "jako jego pracownik."
                ),
                "feedback_false": (
                    "Słusznie. Reprezentujesz urząd także w sytuacjach publicznych i prywatnych, "
                    "również w mediach społecznościowych."
                ),
                "general_feedback": (
                    "Standard 4 mówi, że w każdej sytuacji reprezentujesz urząd: nie krytykujesz "
                    "go publicznie, nie powtarzasz plotek, prostujesz nieprawdziwe informacje i "
                    "zachowujesz dobre maniery – także poza godzinami pracy."
                ),
            },
            {
                "type": "matching",
                "text": "Dopasuj sytuację do zachowania zgodnego ze standardami obsługi.",
                "lesson": "przebieg-wizyty",
                "pairs": [
                    [
                        "Klient wchodzi do sali, a Ty kończysz obsługę innej osoby",
                        (
                            "Spojrzeniem i skinieniem głowy dajesz znać, że go widzisz, i prosisz "
                            "o chwilę cierpliwości"
                        ),
                    ],
                    [
                        "Klient po odebraniu karty zostawia na blacie bombonierkę",
                        "Uprzejmie odmawiasz przyjęcia prezentu",
                    ],
                    [
                        "Nie masz pewności, z jaką sprawą przyszedł klient",
                        "Zadajesz pytania i podsumowujesz jego potrzebę",
                    ],
                    [
                        "Sprawę klienta przejmuje inny pracownik",
                        "Dbasz o płynne przekazanie i mówisz klientowi, kto się nią zajmie",
                    ],
                    [
                        "Klient po raz trzeci nie rozumie wyjaśnienia",
                        "Wyjaśniasz inaczej, bez okazywania zniecierpliwienia",
                    ],
                ],
                "general_feedback": (
                    "Standard 10: daj czekającemu znać, że go widzisz. Standard 9: nie przyjmuj "
                    "żadnych korzyści i zapewnij płynne przekazanie sprawy. Standard 11: dopytuj i "
                    "podsumowuj. Standard 14: nie okazuj zniecierpliwienia – zmień sposób "
                    "wyjaśniania."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Obsługujesz klienta, gdy koleżanka z sąsiedniego stanowiska zaczyna opowiadać "
                    "Ci o swoim weekendzie. Jak postąpić?"
                ),
                "lesson": "przebieg-wizyty",
                "choices": [
                    {
                        "text": (
                            "Uprzejmie sygnalizuję, że porozmawiamy później, i wracam do klienta"
                        ),
                        "correct": True,
                        "feedback": "Tak – przy kliencie nie rozmawiamy o sprawach prywatnych.",
                    },
                    {
                        "text": "Rozmawiam krótko, bo klient i tak wypełnia formularz",
                        "correct": False,
                        "feedback": (
                            "Klient czuje się wtedy pominięty, a Ty tracisz koncentrację na jego "
                            "sprawie."
                        ),
                    },
                    {
                        "text": "Włączam klienta do rozmowy, żeby rozładować atmosferę",
                        "correct": False,
                        "feedback": (
                            "Klient nie po to przyszedł; to narusza profesjonalny charakter "
                            "obsługi."
                        ),
                    },
                    {
                        "text": "Proszę klienta, żeby chwilę poczekał na korytarzu",
                        "correct": False,
                        "feedback": (
                            "Obsługa klienta ma pierwszeństwo przed innymi sprawami (Standard 8)."
                        ),
                    },
                ],
                "general_feedback": (
                    "Standard 9 zabrania rozmów ze współpracownikami o sprawach prywatnych w "
                    "obecności klienta, a Standard 11 wymaga pełnej koncentracji na jego sprawie. "
                    "Wszystko, co nie dotyczy obsługi, może poczekać."
                ),
            },
            {
                "type": "multiple",
                "scoring": "partial",
                "text": (
                    "Które zachowania naruszają Standard 8 (dbałość o klienta i poufność jego "
                    "sprawy)? Zaznacz wszystkie poprawne odpowiedzi."
                ),
                "lesson": "przebieg-wizyty",
                "choices": [
                    {
                        "text": "Komentowanie przy kliencie sprawy osoby obsługiwanej wcześniej",
                        "correct": True,
                        "feedback": (
                            "Tak – przy kliencie nie rozmawia się o sprawach innych klientów."
                        ),
                    },
                    {
                        "text": "Obsługiwanie dwóch klientów naraz przy jednym stanowisku",
                        "correct": True,
                        "feedback": (
                            "Tak – przy stanowisku powinien być tylko klient aktualnie obsługiwany."
                        ),
                    },
                    {
                        "text": (
                            "Przekazanie znajomemu klienta informacji o stanie jego sprawy bez "
                            "pełnomocnictwa"
                        ),
                        "correct": True,
                        "feedback": "Tak – informacje o sprawie nie mogą trafiać do osób trzecich.",
                    },
                    {
                        "text": "Odłożenie pracy biurowej, gdy do stanowiska podchodzi klient",
                        "correct": False,
                        "feedback": (
                            "To zgodne ze standardem – obsługa klienta ma pierwszeństwo przed "
                            "pracą biurową."
                        ),
                    },
                    {
                        "text": "Poświęcenie klientowi tyle czasu, ile wymaga jego sprawa",
                        "correct": False,
                        "feedback": (
                            "To zgodne ze standardem – liczy się osobiste zaangażowanie i brak "
                            "pośpiechu."
                        ),
                    },
                ],
                "general_feedback": (
                    "Standard 8 wymaga, by obsługa klienta miała pierwszeństwo przed pracą "
                    "biurową, by przy stanowisku był tylko jeden klient i by informacje o jego "
                    "sprawie nie docierały do osób trzecich. Dotyczy to także krótkich komentarzy "
                    "o innych sprawach."
                ),
            },
            {
                "type": "ordering",
                "text": (
                    "Ułóż we właściwej kolejności kroki obsługi klienta, który przychodzi z nową "
                    "sprawą (Standard 12)."
                ),
                "lesson": "tryb-i-sprawnosc",
                "items": [
                    "Ustal, z jaką sprawą przychodzi klient i czy załatwia ją pierwszy raz",
                    (
                        "Wyjaśnij krok po kroku tryb załatwienia sprawy, opierając się na karcie "
                        "usługi"
                    ),
                    "Przekaż formularze oraz informacje o załącznikach i opłatach",
                    "Przejrzyj dokumenty pod kątem kompletności i błędów",
                    (
                        "Sprawdź, czy klient zrozumiał wyjaśnienia, i ustal termin oraz formę "
                        "dalszego kontaktu"
                    ),
                ],
                "general_feedback": (
                    "Obsługa zaczyna się od rozpoznania sprawy i doświadczenia klienta, potem "
                    "wyjaśniamy tryb, przekazujemy druki z informacją o załącznikach i opłatach, "
                    "weryfikujemy dokumenty, a na koniec sprawdzamy zrozumienie – najlepiej "
                    "prosząc klienta, by powiedział własnymi słowami, co ma zrobić."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Co w praktyce oznacza Standard 25 wobec pracodawcy zatrudniającego "
                    "cudzoziemców?"
                ),
                "lesson": "tryb-i-sprawnosc",
                "choices": [
                    {
                        "text": (
                            "Ograniczanie jego obciążeń: jasna, zbiorcza informacja, kontakt "
                            "telefoniczny lub e-mailowy i promowanie usług elektronicznych"
                        ),
                        "correct": True,
                        "feedback": "Tak – sprawność bez nierównego traktowania.",
                    },
                    {
                        "text": "Obsługę jego spraw przed sprawami innych klientów",
                        "correct": False,
                        "feedback": "Sprawna obsługa nie może oznaczać pierwszeństwa przed innymi.",
                    },
                    {
                        "text": "Obietnicę szybszej decyzji, jeśli zatrudnia wielu cudzoziemców",
                        "correct": False,
                        "feedback": "To obietnica bez pokrycia i nierówne traktowanie.",
                    },
                    {
                        "text": (
                            "Przyjmowanie od niego dokumentów bez sprawdzania kompletności, żeby "
                            "nie tracił czasu"
                        ),
                        "correct": False,
                        "feedback": (
                            "Niekompletne dokumenty oznaczają później wezwania i kolejne wizyty – "
                            "czyli jeszcze więcej straconego czasu."
                        ),
                    },
                ],
                "general_feedback": (
                    "Standard 25 zaleca obsługę przedsiębiorców szybką i jak najmniej uciążliwą: "
                    "przez kontakt telefoniczny i e-mailowy, skracanie oczekiwania, promowanie "
                    "profilu zaufanego. Przyspieszamy dzięki dobrej informacji i kompletnym "
                    "dokumentom, a nie przez przesuwanie spraw w kolejce."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Standard 13 pozwala prosić klienta tylko o te dokumenty i załączniki, które "
                    "są rzeczywiście niezbędne do załatwienia sprawy."
                ),
                "lesson": "tryb-i-sprawnosc",
                "answer": True,
                "feedback_true": "Tak. Zbędne dokumenty to dla klienta dodatkowe wizyty i koszty.",
                "feedback_false": (
                    "Nie – Standard 13 wyraźnie ogranicza żądania do dokumentów niezbędnych."
                ),
                "general_feedback": (
                    "Każdy zbędny dokument to dla cudzoziemca kolejna wizyta, często tłumaczenie i "
                    "koszty. Co do zasady urząd nie powinien też żądać zaświadczeń na "
                    "okoliczności, które może ustalić sam, np. z dostępnych mu rejestrów."
                ),
            },
            {
                "type": "short",
                "text": (
                    "Najpóźniej po którym sygnale należy odebrać telefon według Standardu 15? "
                    "Wpisz liczbę słownie lub cyfrą."
                ),
                "lesson": "telefon-i-e-mail",
                "answers": [
                    "trzecim",
                    "trzeci",
                    "3",
                    "po trzecim",
                    "po trzecim sygnale",
                    "trzecim sygnale",
                    "po 3",
                    "3 sygnale",
                    "po 3 sygnale",
                    "trzy",
                ],
                "ignore_case": True,
                "ignore_diacritics": True,
                "ignore_spaces": True,
                "general_feedback": (
                    "Telefon odbieramy najpóźniej po trzecim sygnale. Jeśli właśnie obsługujesz "
                    "klienta, a nikt inny nie może odebrać, przeproś go i odbierz – krótko ustal, "
                    "czego dotyczy rozmowa, i zaproponuj oddzwonienie."
                ),
            },
            {
                "type": "multiple",
                "scoring": "partial",
                "text": (
                    "Które zasady dotyczą korespondencji e-mailowej z klientem (Standardy 17 i "
                    "18)? Zaznacz wszystkie poprawne odpowiedzi."
                ),
                "lesson": "telefon-i-e-mail",
                "choices": [
                    {
                        "text": "Każdy e-mail ma krótki, rzeczowy temat",
                        "correct": True,
                        "feedback": "Tak – temat ma od razu mówić, czego dotyczy wiadomość.",
                    },
                    {
                        "text": (
                            "Podpis zawiera imię i nazwisko, stanowisko, nazwę urzędu i numer "
                            "telefonu"
                        ),
                        "correct": True,
                        "feedback": "Tak – to standard podpisu w urzędzie.",
                    },
                    {
                        "text": (
                            "Pisząc do wielu adresatów naraz, ukrywasz ich adresy, np. w polu UDW"
                        ),
                        "correct": True,
                        "feedback": "Tak – nie wolno ujawniać cudzych adresów e-mail.",
                    },
                    {
                        "text": (
                            "Podczas nieobecności ustawiasz autoodpowiedź z informacją o "
                            "zastępstwie"
                        ),
                        "correct": True,
                        "feedback": "Tak – klient wie wtedy, do kogo się zwrócić.",
                    },
                    {
                        "text": (
                            "Na e-maile z prostymi pytaniami nie trzeba odpowiadać, bo odpowiedź "
                            "jest na stronie"
                        ),
                        "correct": False,
                        "feedback": "Nie – żaden e-mail nie powinien zostać bez odpowiedzi.",
                    },
                    {
                        "text": (
                            "Formy „pan” i „pani” piszesz małą literą, bo tak jest bardziej "
                            "neutralnie"
                        ),
                        "correct": False,
                        "feedback": (
                            "Nie – zwracając się bezpośrednio do adresata, piszemy je wielką "
                            "literą."
                        ),
                    },
                ],
                "general_feedback": (
                    "E-mail do klienta to pismo urzędu: szablon, pełny podpis, rzeczowy temat, "
                    "powitanie i zwrot grzecznościowy, formy grzecznościowe wielką literą, "
                    "poprawny język i szybka odpowiedź. Standard 18 dodaje ochronę cudzych "
                    "adresów, autoodpowiedź i bezpieczeństwo korespondencji."
                ),
            },
            {
                "type": "ordering",
                "text": (
                    "Ułóż we właściwej kolejności etapy rozmowy telefonicznej z klientem "
                    "(Standardy 15 i 16)."
                ),
                "lesson": "telefon-i-e-mail",
                "items": [
                    (
                        "Odbierz najpóźniej po trzecim sygnale i przedstaw się: urząd, imię i "
                        "nazwisko, komórka"
                    ),
                    "Ustal, kim jest rozmówca i czego dotyczy jego sprawa",
                    "Udziel informacji prostym językiem albo umów się na oddzwonienie",
                    "Powtórz ustalenia i sprawdź, czy klient je zrozumiał",
                    "Podziękuj za rozmowę i uprzejmie się pożegnaj",
                    "Poczekaj, aż klient pierwszy się rozłączy",
                ],
                "general_feedback": (
                    "Rozmowa zaczyna się od pełnego przedstawienia się, potem ustalamy rozmówcę i "
                    "sprawę (to ważne dla ochrony danych), udzielamy informacji lub umawiamy "
                    "oddzwonienie, powtarzamy ustalenia, dziękujemy i czekamy, aż klient odłoży "
                    "słuchawkę – może mieć jeszcze pytanie."
                ),
            },
            {
                "type": "short",
                "text": (
                    "Jak nazywa się automatyczna wiadomość, którą ustawiasz w poczcie podczas "
                    "nieobecności, aby klient wiedział, kto Cię zastępuje? Wpisz jedno słowo."
                ),
                "lesson": "telefon-i-e-mail",
                "answers": [
                    "autoodpowiedź",
                    "auto-odpowiedź",
                    "automatyczna odpowiedź",
                    "autoresponder",
                    "autoodpowiedzi",
                    "out of office",
                ],
                "ignore_case": True,
                "ignore_diacritics": True,
                "ignore_spaces": True,
                "general_feedback": (
                    "To autoodpowiedź (automatyczna odpowiedź). Standard 18 zaleca ją zawsze, gdy "
                    "nie możesz odbierać poczty – z informacją, kto Cię zastępuje i jak się z nim "
                    "skontaktować."
                ),
            },
            {
                "type": "ordering",
                "text": (
                    "Ułóż we właściwej kolejności kroki postępowania po pomyłce urzędu lub "
                    "zagubieniu dokumentu klienta (Standard 21)."
                ),
                "lesson": "trudne-rozmowy",
                "items": [
                    "Niezwłocznie i otwarcie poinformuj klienta o błędzie lub zagubieniu dokumentu",
                    "Przeproś za zaistniałą sytuację",
                    "Rzetelnie przedstaw fakty i konsekwencje",
                    "Zaproponuj naprawę, która jak najmniej obciąży klienta",
                    "Sprawdź, czy klient akceptuje to rozwiązanie, i zaplanujcie dalsze kroki",
                    "Zapewnij, że dołożysz starań, by sytuacja się nie powtórzyła",
                ],
                "general_feedback": (
                    "Standard 21 zaczyna się od otwartej informacji i przeprosin, bo klient nie "
                    "powinien sam odkrywać błędów urzędu. Potem fakty i skutki, propozycja naprawy "
                    "najmniej uciążliwej dla klienta, uzgodnienie dalszych kroków i zapewnienie, "
                    "że urząd wyciągnie wnioski."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Klient składa skargę na bardzo długie oczekiwanie. Które zdanie jest zgodne "
                    "ze Standardem 20?"
                ),
                "lesson": "trudne-rozmowy",
                "choices": [
                    {
                        "text": (
                            "„Rozumiem, że to było bardzo uciążliwe. Przepraszam i dziękuję, że "
                            "Pan o tym mówi. Sprawdźmy, co mogę teraz zrobić”"
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak – wysłuchanie, przeprosiny, podziękowanie i przejście do "
                            "rozwiązania."
                        ),
                    },
                    {
                        "text": "„Proszę się uspokoić, wtedy porozmawiamy”",
                        "correct": False,
                        "feedback": "Prośba o uspokojenie zwykle zaostrza sytuację.",
                    },
                    {
                        "text": "„Nie ma Pan racji, czekał Pan krócej, niż Pan mówi”",
                        "correct": False,
                        "feedback": "Standard 20 zakazuje mówienia klientowi, że nie ma racji.",
                    },
                    {
                        "text": (
                            "„Obiecuję, że to się nigdy nie powtórzy, a decyzję dostanie Pan jutro”"
                        ),
                        "correct": False,
                        "feedback": "To obietnica bez pokrycia – a tych standard każe unikać.",
                    },
                ],
                "general_feedback": (
                    "Skargę przyjmujemy ze zrozumieniem: wysłuchujemy bez przerywania, "
                    "przepraszamy za sytuację, dziękujemy za zgłoszenie i proponujemy rozwiązanie. "
                    "Nie mówimy „proszę się uspokoić”, nie spieramy się o rację i nie składamy "
                    "obietnic, których nie możemy dotrzymać."
                ),
            },
            {
                "type": "matching",
                "text": "Dopasuj numer standardu do trudnej sytuacji, której dotyczy.",
                "lesson": "trudne-rozmowy",
                "pairs": [
                    [
                        "Standard 19",
                        "Przekazywanie decyzji odmownej",
                    ],
                    [
                        "Standard 20",
                        "Przyjmowanie skargi od niezadowolonego klienta",
                    ],
                    [
                        "Standard 21",
                        "Pomyłka urzędu lub zagubiony dokument",
                    ],
                    [
                        "Standard 22",
                        "Agresywny klient",
                    ],
                ],
                "general_feedback": (
                    "Standardy 19–22 tworzą zestaw na trudne sytuacje: odmowa (19), skarga (20), "
                    "pomyłka lub zagubienie dokumentu (21) i agresja (22). We wszystkich łączy się "
                    "stanowczość co do faktów z życzliwością wobec człowieka."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Zgodnie ze Standardem 22 pierwsze obraźliwe słowo klienta należy zignorować, "
                    "a stanowczo zaprotestować, gdy obelgi lub krzyk się powtarzają."
                ),
                "lesson": "trudne-rozmowy",
                "answer": True,
                "feedback_true": (
                    "Tak. Pierwszą obelgę pomijamy, przy kolejnych spokojnie i stanowczo stawiamy "
                    "granicę."
                ),
                "feedback_false": (
                    "Nie – Standard 22 zaleca właśnie zignorowanie pierwszej obelgi i stanowczą "
                    "reakcję przy kolejnych."
                ),
                "general_feedback": (
                    "Standard 22 stopniuje reakcję: skup się na problemie, pierwszą obelgę "
                    "zignoruj, przy kolejnych spokojnie zaprotestuj („Chcę Panu pomóc, ale proszę "
                    "nie używać obraźliwych słów”), a gdy zagrożone jest bezpieczeństwo – poproś o "
                    "wsparcie przełożonego, a w razie potrzeby ochronę lub policję."
                ),
            },
            {
                "type": "multiple",
                "scoring": "partial",
                "text": (
                    "Kogo Standard 24 wymienia wśród osób zagrożonych wykluczeniem "
                    "administracyjnym? Zaznacz wszystkie poprawne odpowiedzi."
                ),
                "lesson": "klienci-o-szczegolnych-potrzebach",
                "choices": [
                    {
                        "text": "Osoby doznające przemocy domowej",
                        "correct": True,
                        "feedback": "Tak – są wymienione wprost.",
                    },
                    {
                        "text": "Osoby bezrobotne i żyjące w ubóstwie",
                        "correct": True,
                        "feedback": "Tak – są wymienione wprost.",
                    },
                    {
                        "text": (
                            "Przedstawicieli mniejszości etnicznych dyskryminowanych z powodu "
                            "odmienności"
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak – standard obejmuje osoby dyskryminowane ze względu na swoją "
                            "odmienność."
                        ),
                    },
                    {
                        "text": "Byłych więźniów",
                        "correct": True,
                        "feedback": "Tak – osoby osadzone i byli więźniowie są na liście.",
                    },
                    {
                        "text": "Wyłącznie osoby, które ukończyły 80 lat",
                        "correct": False,
                        "feedback": (
                            "Nie – standard nie wyznacza granicy wieku, a lista grup jest znacznie "
                            "szersza."
                        ),
                    },
                ],
                "general_feedback": (
                    "Standard 24 obejmuje m.in. osoby starsze i z niepełnosprawnościami, "
                    "mieszkańców wsi, osoby ubogie i bezrobotne, osoby uzależnione, w konflikcie z "
                    "prawem, z zaburzeniami psychicznymi, doznające przemocy oraz przedstawicieli "
                    "dyskryminowanych mniejszości. Wobec nich obowiązuje ten sam szacunek, "
                    "dopasowane wsparcie i dyskrecja."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Klient nie mówi ani po polsku, ani po angielsku. Co jest najlepszym pierwszym "
                    "krokiem według Standardu 27?"
                ),
                "lesson": "klienci-o-szczegolnych-potrzebach",
                "choices": [
                    {
                        "text": (
                            "Sprawdzić, czy w urzędzie jest pracownik lub tłumacz znający jego "
                            "język, i skierować do niego klienta"
                        ),
                        "correct": True,
                        "feedback": "Tak – to wprost zalecenie Standardu 27.",
                    },
                    {
                        "text": "Mówić do niego wolniej i głośniej po polsku",
                        "correct": False,
                        "feedback": "Głośniej nie znaczy zrozumialej.",
                    },
                    {
                        "text": "Poprosić, żeby wrócił z kimś, kto mówi po polsku",
                        "correct": False,
                        "feedback": (
                            "Czasem to konieczne, ale nie jako pierwszy krok – najpierw "
                            "wykorzystaj możliwości urzędu: pracownika, tłumacza, aplikację."
                        ),
                    },
                    {
                        "text": "Dać mu formularz i wskazać miejsce na podpis",
                        "correct": False,
                        "feedback": "Klient podpisałby dokument, którego nie rozumie.",
                    },
                ],
                "general_feedback": (
                    "Standard 27 zaleca kierowanie klienta obcojęzycznego do pracownika, który "
                    "może udzielić informacji w jego języku. Gdy to niemożliwe, korzystamy z "
                    "tłumacza lub aplikacji tłumaczącej, mówimy krótkimi zdaniami i sprawdzamy, co "
                    "klient zrozumiał."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Standard 23 każe proponować pomoc wyłącznie osobom z widoczną "
                    "niepełnosprawnością."
                ),
                "lesson": "klienci-o-szczegolnych-potrzebach",
                "answer": False,
                "feedback_true": (
                    "Nie. Standard 23 przypomina, że niektórych niepełnosprawności nie widać – "
                    "trzeba być uważnym i delikatnym."
                ),
                "feedback_false": (
                    "Słusznie. Niepełnosprawność nie zawsze jest widoczna, a pomoc proponujemy z "
                    "wyczuciem."
                ),
                "general_feedback": (
                    "Standard 23 wymaga reagowania na widoczną niepełnosprawność, ale też "
                    "wyczulenia na tę, której nie widać, oraz szacunku dla osób, które nie chcą "
                    "szczególnego traktowania. Dlatego pomoc proponujemy dyskretnie i pytamy, "
                    "zamiast decydować za klienta."
                ),
            },
        ],
    },
}
