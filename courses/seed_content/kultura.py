"""Kurs: Obsługa klienta z innego kręgu kulturowego (obszar: intercultural).

Treść opracowana na podstawie procedur obsługi cudzoziemców, standardów obsługi klienta
oraz doświadczeń urzędów wojewódzkich (infolinie, generatory wniosków, zespoły liderów,
działania informacyjne online).
"""

COURSE = {
    "slug": "obsluga-miedzykulturowa",
    "title": "Obsługa klienta z innego kręgu kulturowego",
    "area": "intercultural",
    "summary": (
        "Praktyczny kurs dla pracowników wydziałów spraw cudzoziemców: jak przeprowadzić pierwszy "
        "kontakt, radzić sobie z barierą językową, szanować odmienność kulturową i prywatność "
        "klienta, traktować wszystkich równo oraz sprawnie kierować klientów do właściwych "
        "instytucji."
    ),
    "audience": (
        "Pracownicy stanowisk obsługi bezpośredniej, punktów informacyjnych i infolinii w "
        "wydziałach spraw cudzoziemców urzędów wojewódzkich oraz ich bezpośredni przełożeni."
    ),
    "estimated_minutes": 130,
    "objectives": [
        (
            "Prowadzić pierwszy kontakt z klientem według pięcioetapowego schematu: powitanie, "
            "ustalenie języka, rozpoznanie sprawy, sprawdzenie zrozumienia i zakończenie."
        ),
        (
            "Dobierać właściwe narzędzia do pokonania bariery językowej i wiedzieć, na czym nie "
            "wolno opierać obsługi."
        ),
        (
            "Okazywać szacunek dla kultury, religii i prywatności klienta bez odstępowania od "
            "procedur."
        ),
        "Stosować zasadę równego traktowania i rozpoznawać zachowania dyskryminujące.",
        (
            "Dostosowywać obsługę do potrzeb klientów z niepełnosprawnościami, seniorów, rodziców "
            "z dziećmi i osób w kryzysie."
        ),
        (
            "Rzetelnie kierować klienta do innej właściwej instytucji, przekazując mu dane "
            "kontaktowe na piśmie."
        ),
        "Korzystać z dokumentów i informacji w językach klientów oraz dbać o ich aktualność.",
    ],
    "validity_months": 36,
    "retraining_days": 30,
    "session_required": True,
    "sequential": False,
    "legal_content_date": None,
    "requires_legal_review": False,
    "lessons": [
        {
            "slug": "pierwszy-kontakt",
            "title": "Schemat pierwszego kontaktu z klientem",
            "estimated_minutes": 15,
            "intro": (
                "Pierwsze dwie, trzy minuty rozmowy często przesądzają o tym, czy wizyta "
                "cudzoziemca w urzędzie zakończy się załatwieniem sprawy, czy tylko zapowiedzią "
                "kolejnej wizyty. W tej lekcji poznasz pięcioetapowy schemat pierwszego kontaktu, "
                "który sprawdza się przy okienku, przez telefon i w korespondencji elektronicznej."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Po co nam wspólny schemat?</h2><p>Klient, który przychodzi do "
                        "wydziału spraw cudzoziemców, często nie zna polskiej procedury, nie wie, "
                        "do którego stanowiska podejść, a czasem nie ma pewności, w jakim języku "
                        "zostanie obsłużony. Do tego dochodzi stres: od decyzji urzędu zależy jego "
                        "pobyt, praca, nauka albo możliwość życia razem z rodziną. W takiej "
                        "sytuacji przewidywalny przebieg rozmowy jest dla niego niemal tak samo "
                        "ważny jak sama informacja.</p><p>Wspólny schemat ma znaczenie także dla "
                        "zespołu. Jeśli wszyscy prowadzą rozmowę według tych samych kroków, klient "
                        "dostaje podobną jakość obsługi bez względu na to, do którego okienka "
                        "trafi, a nowa osoba w wydziale szybciej wdraża się w pracę. Schemat nie "
                        "jest tekstem do wyrecytowania. To lista kontrolna, która pilnuje, żeby w "
                        "pośpiechu nie pominąć niczego ważnego.</p><p>Pierwszy kontakt nie zawsze "
                        "odbywa się przy okienku. Może to być rozmowa w punkcie informacyjnym przy "
                        "wejściu, telefon, wiadomość e-mail albo konsultacja podczas dnia "
                        "otwartego. Kroki pozostają te same, zmienia się tylko forma.</p><h2>Pięć "
                        "etapów pierwszego kontaktu</h2><ol><li><strong>Powitanie</strong> — "
                        "nawiązanie kontaktu i pokazanie klientowi, że jest mile "
                        "widziany.</li><li><strong>Ustalenie języka</strong> — wybór języka, w "
                        "którym rozmowa będzie najskuteczniejsza.</li><li><strong>Rozpoznanie "
                        "sprawy</strong> — ustalenie, z czym klient przychodzi, i czy to właśnie "
                        "urząd może mu pomóc.</li><li><strong>Sprawdzenie zrozumienia</strong> — "
                        "upewnienie się, że klient naprawdę zrozumiał przekazane "
                        "informacje.</li><li><strong>Zakończenie</strong> — podsumowanie, "
                        "przekazanie najważniejszych informacji na piśmie i uprzejme "
                        "pożegnanie.</li></ol><p>Między rozpoznaniem sprawy a sprawdzeniem "
                        "zrozumienia mieści się oczywiście sama obsługa: przyjęcie wniosku, "
                        "udzielenie informacji, wyznaczenie terminu. Ta część zależy od rodzaju "
                        "sprawy i opisują ją procedury merytoryczne. W tej lekcji skupiamy się na "
                        "tym, co jest wspólne dla wszystkich rozmów.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h3>Etap 1. Powitanie</h3><p>Powitanie zaczyna się, zanim padnie pierwsze "
                        "słowo. Klient widzi, czy odrywasz wzrok od monitora, czy masz widoczny "
                        "identyfikator i czy na blacie nie leżą dokumenty poprzedniej osoby. "
                        "Przywitaj się wyraźnie po polsku, np. „Dzień dobry, w czym mogę pomóc?”. "
                        "Jeśli klient wyraźnie się waha, możesz dodać krótkie powitanie po "
                        "angielsku. To dla niego sygnał, że w razie potrzeby razem poszukacie "
                        "innego języka.</p><p>Zwracaj się do klienta per „Pan” lub „Pani”. Nie "
                        "przechodź na „ty”, nawet jeśli klient jest młody albo sam tak się do "
                        "Ciebie zwraca. W wielu językach nie ma osobnej formy grzecznościowej i "
                        "klient po prostu przenosi nawyk ze swojego języka — nie ma w tym "
                        "lekceważenia. Nie wyciągaj pierwszy ręki; jeśli klient poda Ci dłoń, "
                        "odwzajemnij gest. Więcej na ten temat znajdziesz w lekcji o szacunku dla "
                        "kultury, religii i prywatności.</p><p>Dobre powitanie "
                        "ułatwiają:</p><ul><li>kontakt wzrokowy oraz spokojny, życzliwy ton "
                        "głosu;</li><li>przedstawienie się lub wskazanie identyfikatora, gdy "
                        "rozmowa ma potrwać dłużej;</li><li>zaproszenie do zajęcia miejsca, jeśli "
                        "stanowisko je przewiduje;</li><li>krótkie wyjaśnienie, gdy klient musi "
                        "chwilę poczekać, np. na wydruk albo na zakończenie poprzedniej "
                        "czynności.</li></ul><h3>Etap 2. Ustalenie języka</h3><p>Nie zakładaj, w "
                        "jakim języku mówi klient, na podstawie jego wyglądu, nazwiska czy "
                        "obywatelstwa w paszporcie. Obywatel jednego państwa może posługiwać się "
                        "kilkoma językami, a niektórych świadomie nie chce używać. Najprościej "
                        "zapytać wprost: „Po polsku? English? Українською? По-русски?”. Możesz też "
                        "pokazać kartę języków, na której nazwy zapisano w ich własnym alfabecie — "
                        "klient wskaże swój. Unikaj kart z flagami: flaga oznacza państwo, a nie "
                        "język.</p><p>Jeśli klient dobrze mówi po polsku, prowadź rozmowę po "
                        "polsku, nawet jeśli słyszysz obcy akcent. Przejście bez pytania na "
                        "angielski bywa odbierane jako sugestia, że ktoś „nie pasuje” do polskiego "
                        "urzędu. Gdy wspólnego języka brakuje, sięgnij po narzędzia opisane w "
                        "lekcji o barierach językowych: pomoc kolegi, infolinię, tłumacza, "
                        "przetłumaczone materiały i proste pomoce wizualne.</p><h3>Etap 3. "
                        "Rozpoznanie sprawy</h3><p>Zacznij od pytania otwartego, które pozwoli "
                        "klientowi opowiedzieć, z czym przychodzi: „Proszę powiedzieć, w jakiej "
                        "sprawie Pan przyszedł”. Potem porządkuj fakty pytaniami zamkniętymi: czy "
                        "to pierwszy wniosek, czy sprawa już się toczy, czy klient ma numer "
                        "sprawy, czy dostał pismo z urzędu. Poproś o pokazanie dokumentów, które "
                        "ze sobą przyniósł. Wezwanie, zawiadomienie albo decyzja nierzadko w kilka "
                        "sekund wyjaśniają to, czego nie udało się ustalić w rozmowie.</p><p>Na "
                        "tym etapie podejmujesz dwie decyzje: czy sprawa należy do kompetencji "
                        "urzędu i kto się nią zajmie. Jeśli możesz ją załatwić sam — działaj. "
                        "Jeśli wymaga innego stanowiska, wskaż je dokładnie, z numerem okienka lub "
                        "pokoju. Jeśli urząd w ogóle nie jest właściwy, postępuj według zasad z "
                        "lekcji o kierowaniu klienta do innej instytucji.</p><p>Rozpoznając "
                        "sprawę, pytaj tylko o to, co jest rzeczywiście potrzebne. Klient nie musi "
                        "opowiadać historii swojego życia, żeby złożyć wniosek, a pytania o "
                        "religię, poglądy czy powody wyjazdu z kraju — jeśli nie wynikają z "
                        "procedury — są nie na miejscu.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Kontakt telefoniczny i mailowy",
                        "text": (
                            "Przez telefon nie widzisz dokumentów klienta, więc częściej dopytuj i "
                            "powtarzaj kluczowe informacje. Daty i numery przeliteruj cyfra po "
                            "cyfrze. W wiadomościach e-mail pisz krótkimi akapitami, bez skrótów "
                            "urzędowych, i na końcu zbierz w punktach, co klient ma zrobić."
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h3>Etap 4. Sprawdzenie zrozumienia</h3><p>To etap najczęściej pomijany, "
                        "a zarazem ten, który najbardziej ogranicza liczbę powtórnych wizyt i "
                        "niekompletnych wniosków. Pytanie „Czy wszystko jasne?” niemal zawsze "
                        "kończy się odpowiedzią „tak” — z grzeczności, ze wstydu albo dlatego, że "
                        "klient nie chce zabierać więcej czasu. Kiwanie głową często znaczy tylko "
                        "„słucham Pana”, a nie „zrozumiałem”.</p><p>Skuteczniej jest poprosić "
                        "klienta, by własnymi słowami powtórzył najważniejsze informacje: „Chcę "
                        "mieć pewność, że dobrze wszystko wytłumaczyłam. Proszę powiedzieć, jakie "
                        "dokumenty Pan doniesie i do kiedy”. Takie pytanie nie egzaminuje klienta, "
                        "tylko Ciebie. Jeśli odpowiedź jest niepełna, wyjaśniasz jeszcze raz — "
                        "inaczej i prościej.</p><ul><li>Sprawdzaj zrozumienie po każdej ważnej "
                        "informacji, a nie dopiero na końcu długiego wyjaśnienia.</li><li>Daty, "
                        "kwoty, godziny i numery zawsze zapisuj — cyfry na kartce są czytelne "
                        "niezależnie od języka.</li><li>Jeśli klient korzysta z pomocy tłumacza, "
                        "poproś o podsumowanie samego klienta, a nie tłumacza.</li><li>Zwracaj "
                        "uwagę na sygnały niepewności: wahanie, zerkanie na osobę towarzyszącą, "
                        "pytania niezwiązane z tym, co przed chwilą "
                        "powiedziałeś.</li></ul><h3>Etap 5. Zakończenie</h3><p>Zakończenie "
                        "porządkuje to, co się wydarzyło. Podsumuj w dwóch, trzech zdaniach, co "
                        "zostało załatwione i co klient ma zrobić dalej. Przekaż to również na "
                        "piśmie: jako wydruk, kartę informacyjną w języku klienta albo kartkę z "
                        "wypisanymi dokumentami, terminem i numerem sprawy. Zapytaj, czy klient ma "
                        "jeszcze pytania, i uprzejmie się pożegnaj.</p><p>Jeśli postępowanie "
                        "potrwa dłużej, powiedz, gdzie klient może sprawdzić, na jakim etapie jest "
                        "jego sprawa: na infolinii, pocztą elektroniczną, na stronie internetowej "
                        "urzędu czy podczas kolejnej wizyty. Cudzoziemcy zwykle kontaktują się z "
                        "urzędem kilka razy, na różnych etapach sprawy. Jasna wskazówka, gdzie "
                        "pytać, oszczędza czas obu stronom i odciąża sale obsługi.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Zasada jednej kartki",
                        "text": (
                            "Każdy klient, który po wizycie ma coś zrobić — donieść dokument, "
                            "uiścić opłatę, przyjść ponownie — powinien wyjść z urzędu z kartką, "
                            "na której jest to zapisane. Ustna informacja w obcym języku bardzo "
                            "szybko się zaciera."
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Pierwszy kontakt ma pięć etapów: powitanie, ustalenie języka, "
                                "rozpoznanie sprawy, sprawdzenie zrozumienia i zakończenie."
                            ),
                            (
                                "Języka rozmowy nie wybiera się na podstawie wyglądu, nazwiska ani "
                                "obywatelstwa — o język się pyta."
                            ),
                            (
                                "Rozpoznanie sprawy zaczynaj od pytania otwartego, a fakty "
                                "porządkuj pytaniami zamkniętymi; pytaj tylko o to, co potrzebne."
                            ),
                            (
                                "Zrozumienie sprawdzaj, prosząc klienta o powtórzenie "
                                "najważniejszych informacji własnymi słowami, a nie pytając „czy "
                                "wszystko jasne?”."
                            ),
                            "Klient, który ma coś zrobić po wizycie, dostaje to na piśmie.",
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Klient z pismem w ręku",
                        "client_says": (
                            "Dzień dobry… I have this letter from you. I don't understand what I "
                            "must do."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "„Dzień dobry. Let me see the letter, please.” Pracownik czyta "
                                    "pismo, widzi, że to wezwanie do uzupełnienia dokumentów, i "
                                    "wyjaśnia po angielsku prostymi zdaniami, czego brakuje. "
                                    "Wypisuje na kartce listę dokumentów i termin z pisma, a potem "
                                    "prosi: „Please tell me: which documents will you bring, and "
                                    "by what date?”."
                                ),
                                "good": True,
                                "explanation": (
                                    "Wzorcowy przebieg: pracownik dostosował język, rozpoznał "
                                    "sprawę na podstawie dokumentu, przekazał informację prosto, "
                                    "sprawdził zrozumienie pytaniem otwartym i dał klientowi "
                                    "najważniejsze dane na piśmie."
                                ),
                            },
                            {
                                "text": (
                                    "„To jest wezwanie do uzupełnienia braków formalnych na "
                                    "podstawie przepisów KPA. Termin jest w piśmie, wszystko jest "
                                    "tam opisane. Następny proszę.”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Pracownik nie ustalił języka, użył żargonu i skrótów, nie "
                                    "sprawdził, czy klient cokolwiek zrozumiał. Najpewniej klient "
                                    "wróci albo nie dotrzyma terminu, a jego sprawa się przedłuży."
                                ),
                            },
                            {
                                "text": (
                                    "Pracownik wyjaśnia po angielsku, jakich dokumentów brakuje, a "
                                    "na koniec pyta: „Is everything clear?”. Klient kiwa głową, "
                                    "więc pracownik kończy rozmowę."
                                ),
                                "good": False,
                                "explanation": (
                                    "Dobry początek, ale zabrakło dwóch etapów. Pytanie „czy "
                                    "wszystko jasne?” nie sprawdza zrozumienia, a kiwnięcie głową "
                                    "niczego nie dowodzi. Klient wychodzi też bez notatki z listą "
                                    "dokumentów i terminem."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Telefon od klienta w pośpiechu",
                        "client_says": (
                            "Dzień dobry, ja dzwonię w sprawie karty… moja karta pobytu… termin… "
                            "ja nie wiem, czy mogę jechać do domu na święta, bo wniosek jest "
                            "złożony."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "„Rozumiem, spróbujmy to uporządkować. Czy woli Pan rozmawiać "
                                    "po polsku, czy w innym języku? … Proszę podać numer sprawy, "
                                    "jeśli go Pan ma. Czy chodzi o wyjazd za granicę w czasie, gdy "
                                    "wniosek jest rozpatrywany?”"
                                ),
                                "good": True,
                                "explanation": (
                                    "Pracownik uspokaja rozmowę, ustala język, a potem pytaniami "
                                    "zamkniętymi porządkuje fakty i nazywa sprawę. Dopiero wtedy "
                                    "może udzielić rzetelnej informacji albo wskazać, kto jej "
                                    "udzieli."
                                ),
                            },
                            {
                                "text": (
                                    "„Proszę mówić wolniej, bo nic nie rozumiem. Takie rzeczy są "
                                    "na stronie internetowej, proszę sobie przeczytać.”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Zniecierpliwienie i odesłanie do strony bez żadnej wskazówki "
                                    "zostawia klienta z problemem. Pracownik nie podjął próby "
                                    "ustalenia języka ani rozpoznania sprawy."
                                ),
                            },
                            {
                                "text": "„Na pewno może Pan jechać, proszę się nie martwić.”",
                                "good": False,
                                "explanation": (
                                    "Uspokajająca odpowiedź udzielona bez rozpoznania sprawy jest "
                                    "ryzykowna. Skutki wyjazdu zależą od konkretnej sytuacji "
                                    "klienta, więc pracownik powinien najpierw ustalić fakty i "
                                    "udzielić informacji zgodnej z procedurą albo wskazać osobę, "
                                    "która to zrobi."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "bariery-jezykowe",
            "title": "Bariery językowe: z czego korzystać, a na czym nie polegać",
            "estimated_minutes": 18,
            "intro": (
                "Brak wspólnego języka nie zwalnia urzędu z rzetelnej obsługi, ale nie oznacza "
                "też, że każdą rozmowę trzeba odkładać do czasu znalezienia tłumacza. W tej lekcji "
                "poznasz narzędzia, po które możesz sięgnąć od razu, dowiesz się, kiedy potrzebna "
                "jest profesjonalna pomoc językowa, i na czym nie wolno opierać obsługi klienta."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Język urzędowy a język rozmowy</h2><p>Językiem urzędowym w Polsce "
                        "jest język polski. Po polsku prowadzi się postępowanie i sporządza pisma "
                        "oraz decyzje. Nie przeszkadza to jednak, by rozmowę informacyjną przy "
                        "okienku czy przez telefon prowadzić w języku, który klient rozumie "
                        "najlepiej. Cel jest praktyczny: klient ma wiedzieć, co zrobić, żeby jego "
                        "sprawa mogła zostać sprawnie załatwiona. Dlatego dobrą praktyką jest "
                        "szukanie języka, który klient rozumie, a gdy polski nie wystarcza — "
                        "przynajmniej próba rozmowy po angielsku.</p><p>Pamiętaj przy tym o "
                        "granicy: ustne wyjaśnienie w obcym języku pomaga zrozumieć procedurę, ale "
                        "nie zastępuje pism urzędowych. Jeśli przekazujesz coś ważnego, np. termin "
                        "albo listę brakujących dokumentów, dopilnuj, żeby klient miał to także na "
                        "piśmie.</p><h2>Narzędzia, po które możesz sięgnąć</h2><h3>Prosty język "
                        "polski</h3><p>Wielu klientów zna polski na tyle, by swobodnie rozmawiać o "
                        "codziennych sprawach, ale gubi się w języku urzędowym. Zanim zmienisz "
                        "język rozmowy, spróbuj uprościć swoją polszczyznę:</p><ul><li>mów "
                        "krótkimi zdaniami — jedna informacja w jednym zdaniu;</li><li>mów "
                        "wolniej, a nie głośniej; podniesiony głos nie ułatwia zrozumienia, za to "
                        "łatwo go odebrać jako zniecierpliwienie;</li><li>zamieniaj terminy prawne "
                        "na opis: zamiast „uzupełnienie braków formalnych” powiedz „musi Pan "
                        "donieść jeszcze dwa dokumenty”;</li><li>nie używaj skrótów (KPA, UdSC, "
                        "PUP) bez wyjaśnienia, co oznaczają;</li><li>nazywaj te same rzeczy tymi "
                        "samymi słowami — jeśli raz mówisz „wniosek”, nie zamieniaj go po chwili "
                        "na „podanie”;</li><li>daty, kwoty i godziny zapisuj "
                        "cyframi.</li></ul><h3>Angielski, ukraiński, rosyjski i inne języki w "
                        "zespole</h3><p>Jeśli znasz język klienta, korzystaj z tego. Jeśli nie — "
                        "sprawdź, kto w zespole go zna. Warto, by na każdym stanowisku była "
                        "aktualna lista języków, którymi posługują się pracownicy wydziału. "
                        "Przekazując klienta koledze, powiedz mu w dwóch zdaniach, o co chodzi, "
                        "żeby klient nie musiał zaczynać od początku. W wielu wydziałach "
                        "najczęściej przydają się angielski, ukraiński i rosyjski, ale ostatecznie "
                        "decyduje o tym to, kim są klienci danego urzędu.</p><p>Pytaj klienta o "
                        "preferowany język, a nie o kraj pochodzenia. Ktoś może znać rosyjski, a "
                        "mimo to woleć rozmowę po ukraińsku albo po angielsku. Jeśli macie "
                        "możliwość spełnienia tej prośby, uszanuj wybór klienta.</p><h3>Infolinia "
                        "urzędu i konsultacje zdalne</h3><p>Wiele urzędów wojewódzkich uruchomiło "
                        "infolinie dla cudzoziemców, na których informacje o legalizacji pobytu i "
                        "pracy są dostępne w kilku językach — najczęściej po polsku, angielsku, "
                        "ukraińsku i rosyjsku. Zazwyczaj najpierw odtwarzane są nagrane "
                        "komunikaty, a jeśli nie wystarczą, można połączyć się z konsultantem. "
                        "Niektóre urzędy oferują też konsultacje przez komunikator internetowy, "
                        "webinaria i dni otwarte.</p><p>Przy okienku infolinia przydaje się na dwa "
                        "sposoby. Po pierwsze, możesz podać klientowi jej numer i godziny pracy, "
                        "żeby następnym razem mógł zadzwonić, zamiast przychodzić. Po drugie, "
                        "jeśli pozwala na to procedura Twojego urzędu, w trudnej sytuacji możesz "
                        "poprosić o wsparcie konsultanta, który zna język klienta. Sprawdź, jakie "
                        "zasady obowiązują u Ciebie.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h3>Tłumacz</h3><p>W sprawach złożonych lub drażliwych najlepszym "
                        "rozwiązaniem jest profesjonalny tłumacz albo pracownik, który biegle zna "
                        "język klienta. Profesjonalista zna zasady poufności, przekłada wiernie i "
                        "nie dokłada własnych ocen. Odróżniaj dwie sytuacje: tłumacz ustny pomaga "
                        "w rozmowie, natomiast dokumenty w języku obcym składane w postępowaniu co "
                        "do zasady trzeba przedstawić w tłumaczeniu na język polski sporządzonym "
                        "przez tłumacza przysięgłego. Szczegółowe wymagania określają przepisy i "
                        "procedury urzędu.</p><p>Rozmawiając przez tłumacza, patrz na klienta i "
                        "mów bezpośrednio do niego: „Czy ma Pan umowę o pracę?”, a nie „Proszę go "
                        "zapytać, czy ma umowę”. Mów krótkimi fragmentami i rób przerwy, żeby "
                        "tłumacz mógł przełożyć wszystko, a nie tylko streszczenie.</p><h3>Pomoce "
                        "wizualne i przetłumaczone materiały</h3><p>Wiele informacji łatwiej "
                        "pokazać, niż opowiedzieć: wskazać pole na wzorze wypełnionego formularza, "
                        "zaznaczyć datę w kalendarzu, narysować strzałkę do właściwego pokoju na "
                        "planie piętra, pokazać piktogram kasy albo okienka. Przetłumaczone karty "
                        "informacyjne, listy wymaganych dokumentów i wzory formularzy w językach "
                        "najczęstszych klientów pozwalają przekazać rzetelną informację nawet "
                        "wtedy, gdy rozmowa idzie z trudem.</p><h3>Tłumacz internetowy — tak, ale "
                        "ostrożnie</h3><p>Narzędzie do tłumaczenia maszynowego pomoże przełożyć "
                        "proste zwroty, gdy nie ma innego wyjścia. Korzystaj z niego z "
                        "rozwagą:</p><ul><li>wpisuj krótkie, proste zdania bez terminów "
                        "prawnych;</li><li>nie wpisuj danych osobowych klienta — imienia, "
                        "nazwiska, numeru dokumentu, adresu — do ogólnodostępnych narzędzi; "
                        "korzystaj wyłącznie z rozwiązań dopuszczonych w "
                        "urzędzie;</li><li>sprawdzaj sens, tłumacząc odpowiedź z powrotem na "
                        "polski;</li><li>nie przekazuj w ten sposób informacji o terminach, "
                        "obowiązkach klienta i skutkach prawnych — te muszą wynikać z pisma urzędu "
                        "albo z jego sprawdzonych materiałów.</li></ul>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Na czym nie wolno polegać</h2><p>Niektóre sposoby na „obejście” "
                        "bariery językowej wydają się wygodne, ale narażają klienta, urząd i samą "
                        "sprawę.</p><h3>Dzieci w roli tłumaczy</h3><p>Dzieci często szybciej niż "
                        "rodzice uczą się polskiego i chętnie pomagają. Nie wolno jednak prosić "
                        "dziecka o tłumaczenie w sprawach drażliwych: dotyczących zdrowia, "
                        "przemocy, rozstania rodziców, pieniędzy, sytuacji w kraju pochodzenia, "
                        "odmowy udzielenia zezwolenia czy konieczności wyjazdu z Polski. Dziecko "
                        "może nie rozumieć pojęć, może łagodzić złe wiadomości albo przeżywać je "
                        "mocniej niż dorośli. Stawiamy je wtedy w roli, która odwraca relacje w "
                        "rodzinie i obarcza je odpowiedzialnością za los bliskich.</p><p>Jeśli "
                        "dziecko przyszło z rodzicem, a chodzi o drobiazg (np. gdzie pobrać "
                        "numerek), krótka pomoc nie jest problemem. Gdy tylko rozmowa schodzi na "
                        "sprawy poważne, zaproponuj inne rozwiązanie: pracownika znającego język, "
                        "infolinię, tłumacza albo nowy termin wizyty z "
                        "tłumaczem.</p><h3>Przypadkowe osoby z kolejki</h3><p>Prośba do innego "
                        "klienta z kolejki, żeby „na chwilę przetłumaczył”, narusza prywatność "
                        "obsługiwanej osoby: obcy człowiek poznaje jej dane i sprawę. Nie wiesz "
                        "też, czy tłumaczy wiernie. Inaczej jest, gdy klient sam przyprowadził "
                        "osobę, której ufa — to jego wybór. Ty dbasz o to, żeby w sprawach "
                        "drażliwych wiedział, że ma także inne możliwości.</p><h3>Kiwanie głową i "
                        "„tak”</h3><p>Potakiwanie nie jest dowodem zrozumienia. Zawsze sprawdzaj "
                        "je tak, jak opisano w lekcji o pierwszym kontakcie: poproś klienta, by "
                        "własnymi słowami powtórzył najważniejsze informacje.</p><h3>Własne "
                        "przekłady pojęć prawnych</h3><p>Nie twórz na poczekaniu własnych "
                        "tłumaczeń nazw zezwoleń i dokumentów, zwłaszcza na piśmie. Korzystaj z "
                        "materiałów przygotowanych i sprawdzonych przez urząd. Błędna nazwa "
                        "zezwolenia w notatce dla klienta może się skończyć złożeniem "
                        "niewłaściwego wniosku.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Dziecko nie tłumaczy spraw poważnych",
                        "text": (
                            "Nie proś małoletnich o tłumaczenie rozmów o zdrowiu, przemocy, "
                            "pieniądzach, odmowie zezwolenia ani o innych sprawach, które mogą je "
                            "obciążyć lub zawstydzić rodziców. Zaproponuj pracownika znającego "
                            "język, infolinię albo tłumacza."
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Zanim zmienisz język, spróbuj prostej polszczyzny: krótkie "
                                "zdania, wolniejsze tempo, bez skrótów i żargonu."
                            ),
                            (
                                "Korzystaj z zasobów urzędu: kolegów znających języki, infolinii, "
                                "tłumacza, przetłumaczonych kart informacyjnych i pomocy "
                                "wizualnych."
                            ),
                            "Pytaj o preferowany język, a nie o kraj pochodzenia.",
                            (
                                "Tłumacz internetowy służy do prostych zwrotów, bez danych "
                                "osobowych; nie przekazuj nim terminów ani skutków prawnych."
                            ),
                            (
                                "Nie korzystaj z pomocy dzieci ani przypadkowych osób jako "
                                "tłumaczy w sprawach drażliwych."
                            ),
                            (
                                "Rozmawiając przez tłumacza, zwracaj się do klienta, a nie do "
                                "tłumacza."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Córka tłumaczy mamie",
                        "client_says": (
                            "(Dziewczynka w wieku około dziesięciu lat, obok niej mama) Mama nie "
                            "mówi po polsku, ja przetłumaczę. Mama pyta, dlaczego tata dostał "
                            "odmowę i czy teraz wszyscy musimy wyjechać z Polski."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "„Dobrze, to przetłumacz mamie: decyzja jest odmowna, bo tata "
                                    "nie spełnił warunków, i jeśli nie będzie odwołania, to…”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Dziecko zostaje obarczone przekazaniem rodzinie "
                                    "najtrudniejszej możliwej wiadomości. Nie wiadomo, co i jak "
                                    "przetłumaczy. Pracownik nie sprawdził też, czy może udzielać "
                                    "informacji o sprawie ojca osobom, które nie są stroną "
                                    "postępowania ani jej pełnomocnikami."
                                ),
                            },
                            {
                                "text": (
                                    "Pracownik dziękuje dziewczynce za pomoc. Do mamy zwraca się "
                                    "prostymi słowami i gestem, pyta o preferowany język, prosi "
                                    "kolegę znającego ten język albo proponuje rozmowę z "
                                    "konsultantem infolinii lub termin z tłumaczem. Przypomina "
                                    "też, że szczegóły sprawy omawia się ze stroną lub jej "
                                    "pełnomocnikiem."
                                ),
                                "good": True,
                                "explanation": (
                                    "Dziecko zostaje docenione, ale zwolnione z roli tłumacza. "
                                    "Mama otrzymuje realną możliwość rozmowy w swoim języku, a "
                                    "pracownik pilnuje zasad udzielania informacji o sprawie innej "
                                    "osoby."
                                ),
                            },
                            {
                                "text": (
                                    "„Bez tłumacza przysięgłego nie będę z Panią rozmawiać. Proszę "
                                    "przyjść z tłumaczem.”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Pracownik przerzuca cały problem na klientkę i nie korzysta z "
                                    "zasobów urzędu: kolegów znających języki, infolinii czy "
                                    "przetłumaczonych materiałów. Tłumacz przysięgły nie jest też "
                                    "potrzebny do zwykłej rozmowy informacyjnej."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Tłumacz w telefonie",
                        "client_says": (
                            "(Klient mówi tylko kilka słów po angielsku, pokazuje telefon z "
                            "aplikacją do tłumaczenia) Please… write here. What I need for card?"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Pracownik wpisuje do aplikacji krótkie zdania, sprawdza, czy "
                                    "tłumaczenie zwrotne ma sens, a następnie podaje klientowi "
                                    "kartę informacyjną w jego języku z listą dokumentów i "
                                    "zaznacza na niej właściwe pozycje. Informuje też o infolinii, "
                                    "na której można porozmawiać z konsultantem."
                                ),
                                "good": True,
                                "explanation": (
                                    "Aplikacja posłużyła do prostej komunikacji, ale to, co "
                                    "najważniejsze (lista dokumentów), klient dostał z rzetelnego, "
                                    "sprawdzonego materiału urzędu. Wskazanie infolinii daje mu "
                                    "możliwość dopytania w swoim języku."
                                ),
                            },
                            {
                                "text": (
                                    "Pracownik dyktuje do aplikacji całą procedurę, łącznie z "
                                    "terminami i skutkami ich niedotrzymania, oraz wpisuje imię, "
                                    "nazwisko i numer paszportu klienta, „żeby było dokładnie”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Tłumaczenie maszynowe nie nadaje się do przekazywania skutków "
                                    "prawnych i terminów. Wpisywanie danych osobowych do "
                                    "ogólnodostępnego narzędzia narusza zasady ochrony danych."
                                ),
                            },
                            {
                                "text": "„I don't use phones. Polish only, sorry.”",
                                "good": False,
                                "explanation": (
                                    "Odmowa bez zaproponowania czegokolwiek zamiast aplikacji "
                                    "zostawia klienta bez pomocy. Jeśli pracownik nie chce lub nie "
                                    "może korzystać z aplikacji, ma do dyspozycji materiały "
                                    "przetłumaczone, pomoc kolegi i infolinię."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "kultura-religia-prywatnosc",
            "title": "Szacunek dla kultury, religii i prywatności",
            "estimated_minutes": 16,
            "intro": (
                "Klienci wydziału spraw cudzoziemców pochodzą z dziesiątek państw i wychowali się "
                "w różnych tradycjach. Nie musisz znać obyczajów każdego z nich. Wystarczy kilka "
                "uniwersalnych zasad, dzięki którym okażesz szacunek, ochronisz prywatność i "
                "godność klienta, a przy tym nie odstąpisz od procedur."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Wiedza o kulturze zamiast stereotypów</h2><p>Wiedza o tym, w jakim "
                        "świecie klient dorastał, jak żyje i pracuje, pomaga się porozumieć — "
                        "dlatego urzędy kierują pracowników na szkolenia z wielokulturowości. Jest "
                        "tu jednak pułapka: wiedza o „typowych zachowaniach” mieszkańców danego "
                        "kraju łatwo zamienia się w stereotyp. Klient jest konkretną osobą, a nie "
                        "przedstawicielem statystyki. Ludzie z tego samego państwa różnią się "
                        "wykształceniem, stosunkiem do religii, doświadczeniem z urzędami, wiekiem "
                        "i temperamentem.</p><p>Dlatego w tej lekcji nie znajdziesz opisów "
                        "zwyczajów poszczególnych narodów. Znajdziesz zasady, które działają wobec "
                        "każdego: obserwuj, nie zakładaj, pytaj uprzejmie, gdy czegoś nie wiesz, i "
                        "stosuj tę samą procedurę wobec wszystkich.</p><h2>Zachowania, które warto "
                        "mieć pod kontrolą</h2><h3>Imiona, nazwiska i forma zwracania "
                        "się</h3><p>Kolejność imienia i nazwiska, liczba członów nazwiska i sposób "
                        "jego zapisu w alfabecie łacińskim bywają bardzo różne. Nie zgaduj, które "
                        "słowo jest nazwiskiem — sprawdź w dokumencie albo zapytaj: „Jak mam się "
                        "do Pana zwracać?”. Jeśli nie wiesz, jak wymówić nazwisko, zapytaj raz i "
                        "postaraj się je powtórzyć poprawnie. Nie skracaj, nie spolszczaj i nie "
                        "komentuj imion. Dane do systemu przepisuj dokładnie tak, jak zapisano je "
                        "w dokumencie podróży.</p><h3>Uścisk dłoni i dotyk</h3><p>Niektórzy "
                        "klienci — z powodów religijnych albo osobistych — nie podają ręki osobom "
                        "innej płci lub w ogóle unikają dotyku obcych. Najprostsza zasada brzmi: "
                        "nie wyciągaj ręki pierwszy, ale odwzajemnij gest, jeśli klient poda Ci "
                        "dłoń. Gdy ktoś nie odpowie na Twój gest, nie traktuj tego jako braku "
                        "szacunku — wystarczy skinienie głową i uśmiech. Unikaj też dotykania "
                        "klienta, np. klepania po ramieniu, nawet jeśli chcesz w ten sposób dodać "
                        "mu otuchy.</p><h3>Kontakt wzrokowy, dystans i ton głosu</h3><p>Dla "
                        "jednych patrzenie rozmówcy w oczy świadczy o szczerości, dla innych — "
                        "zwłaszcza wobec przedstawiciela władzy — bywa oznaką braku szacunku. "
                        "Klient, który unika Twojego wzroku, niekoniecznie coś ukrywa. Podobnie "
                        "jest z dystansem fizycznym i głośnością mowy: to, co Tobie wydaje się "
                        "zbyt bliskie albo zbyt głośne, dla rozmówcy może być zupełnie naturalne. "
                        "Oceniaj treść rozmowy, a nie jej styl.</p><h3>Gesty</h3><p>Zwróć uwagę na "
                        "własne gesty. Przywoływanie kogoś zgiętym palcem, wskazywanie osoby "
                        "palcem, uniesiony kciuk czy znak „OK” nie wszędzie znaczą to samo, a w "
                        "niektórych miejscach są obraźliwe. Bezpieczniej jest wskazywać kierunek "
                        "otwartą dłonią i mówić, zamiast gestykulować.</p><h3>Żarty, ironia i "
                        "rozmowy „przy okazji”</h3><p>Żarty, ironia i aluzje najgorzej znoszą "
                        "przekład. Dowcip, który rozluźnia atmosferę w rozmowie z polskim "
                        "klientem, cudzoziemiec może zrozumieć dosłownie albo odebrać jako kpinę. "
                        "W rozmowie urzędowej trzymaj się rzeczowego, życzliwego tonu. Nie pytaj "
                        "też „dla podtrzymania rozmowy” o sytuację polityczną w kraju klienta, o "
                        "wojnę, religię czy powody przyjazdu do Polski.</p>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Religia i obyczaje a procedura</h2><p>Szacunek dla religii klienta "
                        "oznacza, że nie komentujesz jego stroju, symboli religijnych, postu ani "
                        "modlitwy, nie okazujesz zdziwienia i nie oceniasz. Nie oznacza natomiast "
                        "zmiany procedury: wymogi dotyczące dokumentów, terminów czy osobistego "
                        "stawiennictwa są takie same dla wszystkich. Pomiędzy tymi dwoma biegunami "
                        "jest miejsce na rozsądne dostosowanie sposobu obsługi.</p><p>Oto "
                        "przykłady dostosowań, które zazwyczaj nie naruszają "
                        "procedury:</p><ul><li>uwzględnienie ważnego święta religijnego przy "
                        "wyznaczaniu terminu wizyty, jeśli klient o to prosi, a wolne terminy na "
                        "to pozwalają;</li><li>przeprowadzenie czynności, która wymaga odsłonięcia "
                        "twarzy (np. porównania wizerunku ze zdjęciem w dokumencie), w miejscu "
                        "osłoniętym od wzroku innych i — jeśli to możliwe i przewiduje to "
                        "procedura urzędu — przez pracownika tej samej "
                        "płci;</li><li>zaproponowanie krzesła, wody czy chwili przerwy osobie, "
                        "która pości i źle się czuje;</li><li>cierpliwość wobec klienta, który "
                        "przed udzieleniem odpowiedzi chce się naradzić z członkiem "
                        "rodziny.</li></ul><p>Jeśli prośby klienta nie da się spełnić, spokojnie "
                        "wyjaśnij dlaczego i zaproponuj to, co jest możliwe. Odmowa przekazana z "
                        "szacunkiem zostaje przyjęta zupełnie inaczej niż odmowa z komentarzem.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Zapytaj, zamiast zgadywać",
                        "text": (
                            "Jeśli nie wiesz, czy klient woli rozmawiać w obecności małżonka, w "
                            "innym miejscu albo w innym terminie — zapytaj neutralnie i uszanuj "
                            "odpowiedź, o ile nie narusza ona procedury."
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h2>Prywatność i godność</h2><p>Cudzoziemcy załatwiają w urzędzie sprawy "
                        "bardzo osobiste: dotyczące małżeństwa, zatrudnienia, stanu zdrowia, a "
                        "czasem doświadczeń przemocy czy prześladowań. W dodatku sala obsługi bywa "
                        "pełna osób, które mówią tym samym językiem i mogą się nawzajem znać. "
                        "Dlatego szczególnie pilnuj dyskrecji:</p><ul><li>nie odczytuj na głos "
                        "danych osobowych, numerów dokumentów ani szczegółów sprawy, jeśli mogą to "
                        "usłyszeć inni;</li><li>mów ciszej i wskazuj informacje w dokumencie, "
                        "zamiast je wygłaszać;</li><li>w sprawach delikatnych zaproponuj rozmowę w "
                        "pokoju lub przy stanowisku osłoniętym, jeśli urząd ma taką "
                        "możliwość;</li><li>zanim podejdzie następny klient, usuń z blatu "
                        "dokumenty poprzedniego, a monitor ustaw tak, żeby nie był widoczny dla "
                        "osób z kolejki;</li><li>nie rozmawiaj o sprawie klienta z kolegami tam, "
                        "gdzie słyszą to inni, i nie komentuj klientów po ich "
                        "wyjściu;</li><li>pytaj tylko o informacje potrzebne do załatwienia "
                        "sprawy.</li></ul><p>Godność klienta wyraża się także w tym, jak o nim "
                        "mówimy. Unikaj zwrotów, które wrzucają ludzi do jednego worka („wy "
                        "zawsze…”, „u was to pewnie tak się robi”), i nie oceniaj wyglądu, stroju "
                        "ani akcentu — ani w rozmowie z klientem, ani na zapleczu.</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Każdy klient jest osobą, a nie przedstawicielem narodu — nie "
                                "wyciągaj wniosków z samego pochodzenia."
                            ),
                            (
                                "Nie podawaj ręki pierwszy; odmowa uścisku dłoni nie jest brakiem "
                                "szacunku."
                            ),
                            (
                                "Unikanie kontaktu wzrokowego, inny dystans czy głośniejsza mowa "
                                "nie świadczą o nieszczerości ani o agresji."
                            ),
                            (
                                "Szacunek dla religii to brak komentarzy i rozsądne dostosowanie "
                                "sposobu obsługi, a nie zmiana wymogów procedury."
                            ),
                            (
                                "Chroń prywatność: nie odczytuj danych na głos, pilnuj blatu i "
                                "monitora, w sprawach delikatnych proponuj miejsce osłonięte."
                            ),
                            "Zamiast żartów i ironii — rzeczowy, życzliwy ton.",
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Porównanie twarzy ze zdjęciem",
                        "client_says": (
                            "Rozumiem, że musi Pan sprawdzić moją twarz. Ale czy możemy to zrobić "
                            "gdzieś indziej, nie przy wszystkich? I wolałabym, żeby zrobiła to "
                            "kobieta."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "„Oczywiście. Poproszę koleżankę, to potrwa kilka minut. "
                                    "Przejdą Panie do pokoju obok, gdzie nikt nie będzie patrzył, "
                                    "a potem wrócimy do wniosku.”"
                                ),
                                "good": True,
                                "explanation": (
                                    "Pracownik wykonuje wymaganą czynność w całości, ale w sposób, "
                                    "który szanuje godność i przekonania klientki. To rozsądne "
                                    "dostosowanie, a nie wyjątek od procedury."
                                ),
                            },
                            {
                                "text": (
                                    "„U nas wszyscy są traktowani tak samo. Proszę odsłonić twarz "
                                    "tutaj, inaczej nie przyjmę wniosku.”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Pracownik myli równe traktowanie z identycznym. Procedura "
                                    "wymaga weryfikacji tożsamości, a nie odsłonięcia twarzy na "
                                    "oczach całej sali. Odmowa prostego dostosowania, które urząd "
                                    "może zapewnić, upokarza klientkę."
                                ),
                            },
                            {
                                "text": (
                                    "„Skoro to dla Pani kłopot, pominiemy sprawdzenie. Proszę "
                                    "tylko tu podpisać.”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Szacunek dla religii nie zwalnia z wymogów procedury. "
                                    "Pominięcie weryfikacji tożsamości to błąd, który może mieć "
                                    "poważne skutki dla sprawy i dla pracownika."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Pełna sala obsługi",
                        "client_says": (
                            "Chciałabym zapytać o zezwolenie na pobyt dla córki… Ale proszę nie "
                            "mówić głośno. Ci ludzie za mną są z mojego miasta."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Pracownik ścisza głos, pokazuje dane w dokumencie zamiast je "
                                    "czytać, a ponieważ sprawa wydaje się delikatna, proponuje "
                                    "przejście do osłoniętego stanowiska lub pokoju, jeśli jest "
                                    "wolny."
                                ),
                                "good": True,
                                "explanation": (
                                    "Prośba klientki jest uzasadniona, a jej spełnienie niczego "
                                    "nie kosztuje. Pracownik chroni prywatność i buduje zaufanie, "
                                    "dzięki któremu łatwiej będzie ustalić wszystkie potrzebne "
                                    "fakty."
                                ),
                            },
                            {
                                "text": (
                                    "„Proszę się nie przejmować, nikt tu nie słucha. Poproszę "
                                    "numer PESEL córki — jaki?” — i powtarza go głośno, żeby się "
                                    "upewnić."
                                ),
                                "good": False,
                                "explanation": (
                                    "Pracownik zbagatelizował obawy klientki i ujawnił dane "
                                    "osobowe dziecka osobom postronnym."
                                ),
                            },
                            {
                                "text": (
                                    "„Jeżeli potrzebuje Pani prywatności, proszę umówić się na "
                                    "inny dzień.”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Odsyłanie klientki tylko dlatego, że poprosiła o dyskrecję, "
                                    "zniechęca ją do urzędu i wydłuża sprawę. Wystarczyło ściszyć "
                                    "głos albo zmienić miejsce rozmowy."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "rowne-traktowanie",
            "title": "Równe traktowanie i niedyskryminacja",
            "estimated_minutes": 15,
            "intro": (
                "Każdy klient ma prawo do tego samego poziomu obsługi, tej samej rzetelności "
                "informacji i tego samego szacunku — bez względu na obywatelstwo, pochodzenie, "
                "wyznanie, płeć, wiek, niepełnosprawność czy znajomość języka polskiego. W tej "
                "lekcji zobaczysz, jak ta zasada wygląda w codziennej pracy przy okienku i jak "
                "reagować, gdy ktoś ją narusza."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Co oznacza równe traktowanie</h2><p>Równość wobec prawa i zakaz "
                        "dyskryminacji wynikają wprost z Konstytucji, a urząd publiczny jest "
                        "miejscem, w którym trzeba ich przestrzegać szczególnie starannie. W "
                        "obsłudze klienta oznacza to, że te same procedury i standardy stosuje się "
                        "wobec każdego, a każda różnica w sposobie obsługi musi mieć rzeczowe "
                        "uzasadnienie w sprawie albo w potrzebach klienta — nigdy w tym, kim "
                        "klient jest.</p><p>Równe traktowanie ma kilka "
                        "wymiarów:</p><ul><li><strong>dostęp</strong> — ta sama kolejność obsługi, "
                        "te same godziny, te same kanały "
                        "kontaktu;</li><li><strong>informacja</strong> — ta sama rzetelność i "
                        "kompletność, bez względu na to, czy rozmowa toczy się po polsku, czy w "
                        "innym języku;</li><li><strong>wymagania</strong> — żądanie tylko tych "
                        "dokumentów i czynności, których procedura wymaga od każdego w tej samej "
                        "sytuacji;</li><li><strong>ton i zachowanie</strong> — ta sama uprzejmość, "
                        "cierpliwość i forma zwracania się;</li><li><strong>bezstronność i "
                        "przejrzystość</strong> — wskazówki i rozstrzygnięcia oparte na przepisach "
                        "i faktach, wyjaśnione tak, by klient wiedział, skąd się "
                        "wzięły.</li></ul><h2>Równo nie znaczy identycznie</h2><p>Równe "
                        "traktowanie nie polega na mechanicznym postępowaniu z każdym w ten sam "
                        "sposób. Osoba niesłysząca potrzebuje innej formy komunikacji, osoba na "
                        "wózku — innego miejsca obsługi, a klient słabo znający polski — "
                        "prostszego języka i materiałów w swoim języku. Takie dostosowania nie są "
                        "przywilejem: wyrównują szanse, żeby wszyscy mogli skorzystać z tej samej "
                        "usługi.</p><p>Przywilejem byłoby natomiast przyjęcie kogoś poza "
                        "kolejnością dlatego, że jest znajomym pracownika, „przymknięcie oka” na "
                        "brak dokumentu, bo klient wydał się sympatyczny, albo staranniejsze "
                        "wyjaśnienia dla osób, z którymi rozmawia się łatwiej. Tak samo "
                        "niedopuszczalne jest odwrotne działanie: dokładanie wymagań tym, którzy "
                        "budzą w nas niechęć lub nieufność.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Klient, nie petent",
                        "text": (
                            "Osoba załatwiająca sprawę w urzędzie to klient, klientka, "
                            "wnioskodawca albo cudzoziemiec. Słowo „petent” kojarzy się z "
                            "proszeniem o łaskę i nie pasuje do administracji, która ma służyć "
                            "ludziom."
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h2>Jak wygląda dyskryminacja przy okienku</h2><p>Dyskryminacja rzadko "
                        "jest jawna. Najczęściej przybiera postać drobnych zachowań, które "
                        "pracownikowi wydają się niewinne, a klient odczytuje je "
                        "jednoznacznie:</p><ul><li>mówienie do klienta podniesionym głosem albo "
                        "uproszczoną, „dziecinną” polszczyzną tylko dlatego, że jest "
                        "cudzoziemcem;</li><li>przechodzenie bez pytania na angielski albo na „ty” "
                        "na podstawie wyglądu;</li><li>dodatkowe pytania i żądanie dokumentów, "
                        "których nie wymaga się od innych w tej samej sytuacji;</li><li>krótsze i "
                        "mniej staranne wyjaśnienia dla osób z niektórych "
                        "krajów;</li><li>komentarze na temat pochodzenia, religii, stroju czy "
                        "akcentu — także te wypowiadane półgłosem do kolegów;</li><li>uogólnienia "
                        "w rodzaju „wy zawsze przynosicie niekompletne wnioski”;</li><li>dzielenie "
                        "się z klientem własnymi poglądami na temat migracji, polityki czy "
                        "religii.</li></ul><p>Pamiętaj również o dyskryminacji pośredniej, czyli o "
                        "sytuacji, w której zasada z pozoru neutralna w praktyce stawia w gorszym "
                        "położeniu określoną grupę. Przykładem może być informacja dostępna "
                        "wyłącznie po polsku albo wyłącznie w internecie, bez żadnego innego "
                        "kanału. Jeśli zauważysz takie rozwiązanie, zgłoś je przełożonemu — to "
                        "cenna wskazówka do poprawy organizacji pracy.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Twoje poglądy zostają za drzwiami",
                        "text": (
                            "Możesz mieć własne zdanie o polityce migracyjnej, religii czy "
                            "sytuacji na świecie. Przy stanowisku obsługi reprezentujesz jednak "
                            "urząd, który ma być bezstronny. Nie dziel się z klientami opiniami i "
                            "nie komentuj wydarzeń politycznych."
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h2>Jak reagować</h2><h3>Gdy klient zarzuca Ci "
                        "dyskryminację</h3><p>Zachowaj spokój i nie broń się odruchowo. Wysłuchaj, "
                        "co konkretnie klient ma na myśli, a potem rzeczowo wyjaśnij, na jakiej "
                        "podstawie postępujesz — pokaż na przykład, że ten sam wymóg dotyczy "
                        "wszystkich wnioskodawców w podobnej sprawie. Jeśli okaże się, że to Ty "
                        "popełniłeś błąd, przyznaj to i napraw go. Jeśli klient nadal czuje się "
                        "źle potraktowany, poinformuj go, jak może złożyć skargę, i nie utrudniaj "
                        "tego. Skarga nie jest atakiem na Ciebie, tylko jednym ze sposobów "
                        "kontroli jakości pracy urzędu.</p><h3>Gdy słyszysz dyskryminujące uwagi "
                        "kolegów</h3><p>Komentarz rzucony na zapleczu łatwo przenosi się do sali "
                        "obsługi. Reaguj spokojnie, ale wyraźnie: „Nie mówmy tak o klientach”. "
                        "Jeśli sytuacja się powtarza albo dotyczy zachowania wobec konkretnego "
                        "klienta, zgłoś ją przełożonemu.</p><h3>Gdy klient chce być obsłużony "
                        "przez „kogoś innego”</h3><p>Zdarza się, że klient nie chce rozmawiać z "
                        "pracownikiem określonej płci, pochodzenia czy wyznania. Jeśli prośba "
                        "wynika z potrzeby, którą da się rozsądnie uszanować — na przykład kobieta "
                        "prosi, by porównania twarzy ze zdjęciem dokonała kobieta — a urząd ma "
                        "taką możliwość, spełnij ją. Jeśli jednak klient wyraża niechęć do "
                        "pracownika z powodu jego cech, odmów uprzejmie i stanowczo: sprawę "
                        "prowadzi osoba wyznaczona do tego stanowiska. Urząd chroni przed "
                        "dyskryminacją również swoich pracowników.</p>"
                    ),
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            "Te same procedury i standardy obsługi dotyczą każdego klienta.",
                            (
                                "Różnica w sposobie obsługi musi wynikać ze sprawy lub z potrzeb "
                                "klienta, nigdy z jego pochodzenia, wyznania czy wyglądu."
                            ),
                            (
                                "Dostosowanie — prostszy język, inne miejsce obsługi, pisemna "
                                "forma kontaktu — wyrównuje szanse i nie jest przywilejem."
                            ),
                            (
                                "Dyskryminacja to także drobne zachowania: ton, komentarze, "
                                "dodatkowe wymagania, uogólnienia."
                            ),
                            (
                                "Zarzut dyskryminacji przyjmij spokojnie, wyjaśnij podstawę "
                                "działania i wskaż drogę skargi."
                            ),
                            "Przy stanowisku nie wyrażasz poglądów politycznych ani religijnych.",
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Dodatkowy dokument „na wszelki wypadek”",
                        "client_says": (
                            "Koleżanka z pracy składała ten sam wniosek w zeszłym miesiącu i nikt "
                            "nie chciał od niej zaświadczenia z banku. Dlaczego ja muszę je "
                            "przynieść? Czy to dlatego, że jestem z innego kraju niż ona?"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Pracownik spokojnie sprawdza, czy zaświadczenie jest wymagane "
                                    "w sytuacji klienta. Jeśli tak — pokazuje na liście wymagań, z "
                                    "czego wynika ten obowiązek i że dotyczy każdego w takiej "
                                    "sytuacji, bez względu na obywatelstwo. Jeśli nie — przeprasza "
                                    "i wycofuje żądanie. Na koniec informuje, jak można złożyć "
                                    "skargę, jeśli klient nadal ma zastrzeżenia."
                                ),
                                "good": True,
                                "explanation": (
                                    "Pracownik traktuje zarzut poważnie, opiera się na "
                                    "wymaganiach, a nie na wrażeniach, i jest gotów naprawić "
                                    "własny błąd. Przejrzyste wyjaśnienie to najlepsza odpowiedź "
                                    "na podejrzenie nierównego traktowania."
                                ),
                            },
                            {
                                "text": (
                                    "„Każda sprawa jest inna, nie będę się tłumaczyć. Jak Pan nie "
                                    "przyniesie, wniosek będzie niekompletny.”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Odmowa wyjaśnienia podstawy wymagania narusza zasadę "
                                    "przejrzystości i utwierdza klienta w przekonaniu, że został "
                                    "potraktowany gorzej."
                                ),
                            },
                            {
                                "text": (
                                    "„Wie Pan, z niektórych krajów dostajemy dużo wątpliwych "
                                    "dokumentów, więc wolę się zabezpieczyć.”"
                                ),
                                "good": False,
                                "explanation": (
                                    "To klasyczny przykład dyskryminacji: dodatkowe wymaganie "
                                    "uzasadnione wyłącznie pochodzeniem klienta i krzywdzącym "
                                    "uogólnieniem."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Klient mówi płynnie po polsku",
                        "client_says": (
                            "Dzień dobry, przyszedłem odebrać kartę pobytu. Tu jest moje "
                            "zawiadomienie."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "„Dzień dobry. Poproszę jeszcze paszport, zaraz sprawdzę, czy "
                                    "karta jest gotowa.” Pracownik prowadzi rozmowę po polsku, tak "
                                    "jak z każdym innym klientem."
                                ),
                                "good": True,
                                "explanation": (
                                    "Klient wybrał język rozmowy i dobrze się nim posługuje. "
                                    "Pracownik po prostu załatwia sprawę — bez komentarzy i bez "
                                    "zmiany języka."
                                ),
                            },
                            {
                                "text": (
                                    "„Passport, please. You must show passport.” Pracownik "
                                    "przechodzi na angielski, bo klient „nie wygląda na kogoś, kto "
                                    "zna polski”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Zmiana języka na podstawie wyglądu, w dodatku wbrew temu, jak "
                                    "klient sam zaczął rozmowę, daje mu do zrozumienia, że jest tu "
                                    "obcy."
                                ),
                            },
                            {
                                "text": (
                                    "„Ojej, jak pięknie Pan mówi po polsku! A skąd Pan właściwie "
                                    "jest?”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Komplement jest pewnie szczery, ale podkreśla „inność” "
                                    "klienta, a pytanie o pochodzenie nie ma związku ze sprawą. "
                                    "Klient przyszedł odebrać dokument, a nie rozmawiać o sobie."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "szczegolne-potrzeby",
            "title": "Klienci o szczególnych potrzebach",
            "estimated_minutes": 16,
            "intro": (
                "Wśród cudzoziemców, tak jak wśród wszystkich klientów, są osoby z "
                "niepełnosprawnościami, seniorzy, kobiety w ciąży, rodzice z małymi dziećmi, osoby "
                "samotnie wychowujące dzieci i ludzie w kryzysie. Bariera językowa i nieznajomość "
                "polskich przepisów sprawiają, że ich sytuacja bywa podwójnie trudna. Ta lekcja "
                "pokazuje, jak dostrzec potrzeby takiego klienta i jak dostosować do nich obsługę."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Kto może potrzebować szczególnego wsparcia</h2><p>Urzędy, które "
                        "rozbudowywały obsługę cudzoziemców — uruchamiając infolinie, internetowe "
                        "generatory wniosków czy szkolenia z języka migowego — wprost wskazywały, "
                        "że mają one ułatwić życie osobom wymagającym szczególnego traktowania. Do "
                        "tej grupy należą między innymi:</p><ul><li>osoby z niepełnosprawnością "
                        "ruchu, wzroku, słuchu, intelektualną lub psychiczną — także taką, której "
                        "nie widać;</li><li>osoby starsze, zwłaszcza gdy po raz pierwszy "
                        "załatwiają sprawę w obcym kraju;</li><li>kobiety w ciąży i rodzice z "
                        "małymi dziećmi, w tym osoby samotnie wychowujące dzieci;</li><li>osoby, "
                        "które nie czytają i nie piszą albo robią to z trudem — we własnym języku "
                        "lub w alfabecie łacińskim;</li><li>osoby w kryzysie: po utracie bliskich, "
                        "po ucieczce przed wojną lub prześladowaniem, doświadczające przemocy albo "
                        "wyzysku;</li><li>małoletni, którzy pojawiają się w urzędzie bez rodzica "
                        "lub opiekuna.</li></ul><p>Lista nie jest zamknięta. Ważniejsza od niej "
                        "jest postawa, którą można streścić w trzech słowach: zauważ, zapytaj, "
                        "dostosuj.</p><h2>Zauważ, zapytaj, "
                        "dostosuj</h2><h3>Zauważ</h3><p>Rozglądaj się po sali obsługi. Osoba o "
                        "kulach stojąca w kolejce, kobieta w zaawansowanej ciąży, rodzic z "
                        "niemowlęciem na ręku, ktoś wyraźnie zagubiony — to sygnały, na które "
                        "warto zareagować. Pamiętaj, że wiele niepełnosprawności jest "
                        "niewidocznych: niedosłuch, choroby przewlekłe, zaburzenia lękowe. Jeśli "
                        "klient nie reaguje na wywołanie numeru albo odpowiada nie na temat, "
                        "przyczyną nie zawsze jest język.</p><h3>Zapytaj</h3><p>Zamiast zakładać, "
                        "czego ktoś potrzebuje, zapytaj: „Czy mogę w czymś pomóc?”, „Czy woli Pan "
                        "usiąść?”, „Czy mam mówić głośniej?”. Obsługę poza kolejnością zaproponuj, "
                        "ale jej nie narzucaj — niektórzy klienci nie chcą być traktowani inaczej "
                        "niż pozostali. Rozmawiaj z samym klientem, a nie z osobą towarzyszącą, "
                        "nawet jeśli klient porusza się na wózku albo korzysta z pomocy "
                        "asystenta.</p><h3>Dostosuj</h3><p>Dostosowanie może dotyczyć miejsca, "
                        "czasu, formy komunikacji i "
                        "dokumentów:</p><ul><li><strong>miejsce</strong> — obsługa na parterze lub "
                        "w innym miejscu dogodnym dla klienta, jeśli schody są dla niego "
                        "przeszkodą; gdy musisz odejść od stanowiska, poproś kolegę o przejęcie "
                        "pozostałych klientów;</li><li><strong>czas</strong> — spokojne tempo, "
                        "przerwa, gdy klient jest zmęczony, a jeśli urząd to przewiduje — "
                        "możliwość dokończenia sprawy innego dnia bez ponownego czekania w "
                        "kolejce;</li><li><strong>komunikacja</strong> — pisanie na kartce, "
                        "większa czcionka, odczytanie treści na głos, tłumacz języka "
                        "migowego;</li><li><strong>dokumenty</strong> — pomoc w wypełnieniu "
                        "formularza, pokazanie wzoru, sprawdzenie kompletności przed "
                        "złożeniem;</li><li><strong>kanał kontaktu</strong> — informacja o "
                        "infolinii, poczcie elektronicznej, konsultacjach zdalnych czy "
                        "internetowym generatorze wniosków, dzięki którym część spraw da się "
                        "przygotować bez przychodzenia do urzędu.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Nie decyduj za klienta",
                        "text": (
                            "Dostosowanie obsługi to propozycja, a nie decyzja podjęta za kogoś. "
                            "Osoba starsza czy z niepełnosprawnością sama wybiera, czy chce "
                            "obsługi poza kolejnością, pomocy przy formularzu albo wsparcia w "
                            "dotarciu do innego pokoju."
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h2>Szczególne sytuacje</h2><h3>Klient niesłyszący lub "
                        "słabosłyszący</h3><p>Osoba niesłysząca z zagranicy może posługiwać się "
                        "językiem migowym swojego kraju, który różni się od polskiego języka "
                        "migowego (PJM). Nie zakładaj więc, że tłumacz PJM rozwiąże problem — "
                        "zapytaj na piśmie, jaka forma kontaktu jest dla klienta najwygodniejsza. "
                        "Pisz krótko i wyraźnie. Gdy mówisz, patrz na klienta, nie zasłaniaj ust i "
                        "nie przesadzaj z artykulacją — część osób czyta z ruchu "
                        "warg.</p><h3>Klient niewidomy lub słabowidzący</h3><p>Przedstaw się, "
                        "zanim zaczniesz rozmowę, i zapowiadaj swoje czynności: „Teraz biorę Pana "
                        "paszport, żeby zrobić kopię”. Odczytaj treść dokumentu, który klient ma "
                        "podpisać, i wskaż miejsce na podpis. Jeśli trzeba przejść do innego "
                        "stanowiska, zapytaj, czy i jak możesz pomóc — nie prowadź nikogo za rękę "
                        "bez pytania.</p><h3>Klient, który nie czyta</h3><p>Niektórzy dorośli nie "
                        "nauczyli się czytać albo znają wyłącznie pismo inne niż łacińskie. Często "
                        "ukrywają to ze wstydu: mówią, że zapomnieli okularów albo że przeczytają "
                        "wszystko w domu. Nie zawstydzaj ich. Zaproponuj odczytanie dokumentu, "
                        "pokaż na wzorze, co gdzie wpisać, i sprawdź zrozumienie "
                        "ustnie.</p><h3>Osoba w kryzysie</h3><p>Klienci, którzy przeżyli wojnę, "
                        "prześladowania, przemoc albo wyzysk w pracy, mogą silnie reagować na "
                        "zwykłe urzędowe czynności: pytania o rodzinę, wywołanie po numerze, widok "
                        "munduru. Mów spokojnie i przewidywalnie, wyjaśniaj, co za chwilę nastąpi "
                        "i po co. Nie dopytuj o szczegóły trudnych przeżyć, jeśli nie są potrzebne "
                        "do sprawy. Gdy klient mówi o przemocy, zagrożeniu czy wyzysku, nie "
                        "zostawiaj go z tym samego: przekaż mu kontakt do wyspecjalizowanej "
                        "instytucji lub organizacji zgodnie z procedurą urzędu, a w razie "
                        "bezpośredniego zagrożenia wezwij pomoc.</p><h3>Małoletni bez "
                        "opiekuna</h3><p>Jeżeli do urzędu przychodzi niepełnoletni cudzoziemiec "
                        "bez rodzica lub opiekuna, nie odsyłaj go po prostu do domu. Ustal, czy "
                        "ktoś mu towarzyszy, i poinformuj przełożonego. Sprawy dzieci pozbawionych "
                        "opieki wymagają udziału właściwych instytucji i osobnych procedur.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Silne emocje i zagrożenie",
                        "text": (
                            "Podniesiony głos czy płacz zwykle wynikają ze stresu i trudnej "
                            "sytuacji życiowej, a nie z niechęci do Ciebie. Zachowaj spokój, mów "
                            "ciszej i skup się na rozwiązaniu problemu. Jeśli mimo to zachowanie "
                            "klienta zagraża bezpieczeństwu Twojemu lub innych osób, wezwij "
                            "przełożonego, a w razie potrzeby ochronę lub policję."
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Zauważ, zapytaj, dostosuj — nie zakładaj z góry, czego klient "
                                "potrzebuje."
                            ),
                            (
                                "Obsługę poza kolejnością proponuj, ale jej nie narzucaj; pamiętaj "
                                "o niepełnosprawnościach, których nie widać."
                            ),
                            "Rozmawiaj z klientem, a nie z jego opiekunem czy asystentem.",
                            (
                                "Dostosowanie dotyczy miejsca, czasu, formy komunikacji, pomocy "
                                "przy dokumentach i kanału kontaktu."
                            ),
                            (
                                "Osoba niesłysząca z zagranicy może nie znać polskiego języka "
                                "migowego — zapytaj na piśmie o preferowaną formę kontaktu."
                            ),
                            (
                                "Przy sygnałach przemocy lub wyzysku przekaż kontakt do "
                                "wyspecjalizowanej instytucji; o małoletnim bez opiekuna "
                                "poinformuj przełożonego."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Starszy klient w kolejce",
                        "client_says": (
                            "(Starszy mężczyzna z laską, mieszając polski z rosyjskim) Ja czekam "
                            "już godzinę… Nogi bolą. Ja tylko chcę zapytać o kartę dla żony."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Pracownik podchodzi, proponuje krzesło i pyta, czy klient "
                                    "chce zostać obsłużony od razu. Prosi kolegę o zajęcie się "
                                    "kolejką, rozmawia spokojnie i powoli, a na koniec podaje "
                                    "numer infolinii, żeby następnym razem klient mógł zapytać o "
                                    "sprawę telefonicznie."
                                ),
                                "good": True,
                                "explanation": (
                                    "Pracownik zauważył potrzebę, zaproponował rozwiązanie, zadbał "
                                    "o pozostałych klientów i wskazał kanał, który oszczędzi "
                                    "seniorowi kolejnej wizyty. Pamiętaj też o zasadach udzielania "
                                    "informacji o sprawie innej osoby."
                                ),
                            },
                            {
                                "text": (
                                    "„Wszyscy czekają w kolejce. Nie mogę robić wyjątków, to "
                                    "byłoby nierówne traktowanie.”"
                                ),
                                "good": False,
                                "explanation": (
                                    "To błędne rozumienie równości. Zaproponowanie obsługi poza "
                                    "kolejnością osobie starszej, której czekanie sprawia ból, "
                                    "jest dostosowaniem wyrównującym szanse, a nie przywilejem."
                                ),
                            },
                            {
                                "text": (
                                    "Pracownik woła na całą salę: „Proszę przepuścić tego "
                                    "starszego pana, bo ledwo chodzi!” — i dalej rozmawia głównie "
                                    "z wnukiem, który przyszedł z klientem."
                                ),
                                "good": False,
                                "explanation": (
                                    "Intencja była dobra, ale forma naruszyła godność klienta. "
                                    "Poza tym pracownik powinien rozmawiać z samym klientem, a nie "
                                    "z osobą towarzyszącą."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Kartka od klientki",
                        "client_says": (
                            "(Klientka podaje kartkę z napisem po angielsku) I am deaf. I don't "
                            "speak Polish. I can read English. I want to ask about my appointment."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Pracownik kiwa głową, bierze kartkę i odpowiada pisemnie, po "
                                    "angielsku, krótkimi zdaniami. Prosi o zawiadomienie lub numer "
                                    "sprawy, sprawdza termin w systemie i zapisuje datę, godzinę "
                                    "oraz numer pokoju cyframi. Pyta też pisemnie, czy na wizytę "
                                    "potrzebne będzie inne wsparcie w komunikacji."
                                ),
                                "good": True,
                                "explanation": (
                                    "Klientka sama wskazała skuteczną formę kontaktu, a pracownik "
                                    "z niej skorzystał. Zapisanie kluczowych danych i pytanie o "
                                    "potrzeby na przyszłość to wzorcowa obsługa."
                                ),
                            },
                            {
                                "text": (
                                    "Pracownik mówi do klientki głośno i bardzo powoli po polsku, "
                                    "wyraźnie artykułując każde słowo."
                                ),
                                "good": False,
                                "explanation": (
                                    "Głośniejsza mowa nie pomoże osobie niesłyszącej, która w "
                                    "dodatku nie zna polskiego. Pracownik zignorował informację, "
                                    "którą klientka mu przekazała."
                                ),
                            },
                            {
                                "text": (
                                    "„Zamówimy tłumacza polskiego języka migowego. Proszę przyjść "
                                    "w przyszłym tygodniu.”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Klientka z zagranicy najpewniej nie zna PJM, a jej sprawę "
                                    "dało się załatwić od razu, na piśmie. Odesłanie wydłuża "
                                    "sprawę i wymaga od niej kolejnej wizyty."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "kierowanie-do-instytucji",
            "title": "Kierowanie klienta do innej właściwej instytucji",
            "estimated_minutes": 15,
            "intro": (
                "Nie każda sprawa, z którą cudzoziemiec przychodzi do wydziału spraw cudzoziemców, "
                "należy do urzędu wojewódzkiego. Dobrze przeprowadzone skierowanie do właściwej "
                "instytucji oszczędza klientowi wielu dni, a urzędowi — powrotów tej samej osoby z "
                "tym samym pytaniem. W tej lekcji dowiesz się, jak to zrobić krok po kroku."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Skierowanie to także obsługa</h2><p>Dla klienta „urząd” to często "
                        "jedna całość. Nie musi wiedzieć, że numer PESEL nadaje gmina, "
                        "oświadczenie o powierzeniu pracy rejestruje powiatowy urząd pracy, a "
                        "paszport wydaje konsulat jego państwa. Kiedy słyszy tylko „to nie u nas”, "
                        "wychodzi z poczuciem, że go zbyto, i nierzadko wraca tydzień później z "
                        "tym samym pytaniem. Rzetelne wskazanie właściwej instytucji jest więc "
                        "pełnoprawną usługą urzędu, a nie sposobem na pozbycie się "
                        "klienta.</p><p>Odesłanie klienta nie zwalnia z uprzejmości ani "
                        "staranności. Wręcz przeciwnie: skoro nie możesz pomóc bezpośrednio, tym "
                        "bardziej zadbaj o to, żeby wyszedł z konkretną, pisemną "
                        "wskazówką.</p><h2>Pięć kroków dobrego "
                        "skierowania</h2><ol><li><strong>Ustal, czego dokładnie dotyczy "
                        "sprawa.</strong> Klient może ją nazywać inaczej niż urząd. Poproś o "
                        "dokumenty i zadaj pytania porządkujące. Czasem okazuje się, że sprawa "
                        "jednak należy do Twojego wydziału, tylko do innego "
                        "stanowiska.</li><li><strong>Sprawdź, kto jest właściwy.</strong> "
                        "Korzystaj z wewnętrznego wykazu instytucji i kontaktów, a nie z pamięci. "
                        "Jeśli nie masz pewności, zapytaj lidera zespołu albo "
                        "przełożonego.</li><li><strong>Wyjaśnij, dlaczego kierujesz klienta gdzie "
                        "indziej.</strong> Wystarczą jedno, dwa proste zdania, np. „Tę sprawę "
                        "załatwia urząd gminy, bo to on prowadzi rejestr mieszkańców”. Klient, "
                        "który rozumie powód, nie odbiera skierowania jako "
                        "odmowy.</li><li><strong>Przekaż dane kontaktowe na piśmie.</strong> Nazwa "
                        "instytucji, adres, godziny przyjęć, telefon, strona internetowa, a jeśli "
                        "to możliwe — co zabrać ze sobą. Najlepiej na gotowej karcie, w miarę "
                        "możliwości w języku klienta.</li><li><strong>Sprawdź, czy klient wie, co "
                        "zrobić dalej.</strong> Poproś, by powiedział, dokąd pójdzie i co tam "
                        "załatwi. Upewnij się, że wie, czy i kiedy ma wrócić do Twojego "
                        "urzędu.</li></ol>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Nie odbijaj piłeczki",
                        "text": (
                            "Jeśli nie wiesz, kto jest właściwy, nie wysyłaj klienta „na próbę” do "
                            "instytucji, która może się okazać niewłaściwa. Najpierw sprawdź w "
                            "wykazie albo zapytaj przełożonego. Klient odsyłany kilka razy z "
                            "miejsca na miejsce traci zaufanie do całej administracji."
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h2>Najczęstsze kierunki skierowań</h2><p>Wykaz właściwych instytucji "
                        "powinien przygotować i aktualizować urząd. Poniżej znajdziesz przykłady "
                        "spraw, z którymi cudzoziemcy często trafiają do wydziału spraw "
                        "cudzoziemców, choć załatwia się je gdzie "
                        "indziej:</p><ul><li><strong>urząd gminy</strong> — zameldowanie, numer "
                        "PESEL, sprawy stanu cywilnego;</li><li><strong>powiatowy urząd "
                        "pracy</strong> — rejestracja oświadczeń o powierzeniu wykonywania pracy, "
                        "pośrednictwo pracy;</li><li><strong>konsulat państwa pochodzenia</strong> "
                        "— paszport i inne dokumenty wydawane przez to "
                        "państwo;</li><li><strong>Straż Graniczna</strong> — m.in. przyjmowanie "
                        "wniosków o udzielenie ochrony międzynarodowej;</li><li><strong>Urząd do "
                        "Spraw Cudzoziemców</strong> — m.in. postępowania o ochronę międzynarodową "
                        "i rozpatrywanie odwołań od decyzji wojewodów w sprawach "
                        "pobytowych;</li><li><strong>Państwowa Inspekcja Pracy</strong> — "
                        "naruszenia praw pracowniczych, np. niewypłacanie "
                        "wynagrodzenia;</li><li><strong>ośrodek pomocy społecznej</strong> — "
                        "wsparcie w trudnej sytuacji życiowej;</li><li><strong>organizacje "
                        "pozarządowe i punkty nieodpłatnej pomocy prawnej</strong> — porady "
                        "prawne, pomoc w integracji, nauka języka, wsparcie "
                        "psychologiczne;</li><li><strong>Policja</strong> — zgłoszenie "
                        "przestępstwa, w tym przemocy lub wyzysku.</li></ul><p>Uwaga na pułapkę: "
                        "to, że odwołanie od decyzji wojewody rozpatruje Szef Urzędu do Spraw "
                        "Cudzoziemców, nie oznacza, że klient ma je zawieźć do Warszawy. Odwołanie "
                        "wnosi się za pośrednictwem organu, który wydał decyzję, zgodnie z "
                        "pouczeniem zamieszczonym w decyzji. Pokaż klientowi to pouczenie — jest "
                        "tam informacja, gdzie i w jakim terminie złożyć "
                        "odwołanie.</p><p>Kompetencje poszczególnych instytucji zmieniają się wraz "
                        "z przepisami. Dlatego zawsze opieraj się na aktualnym wykazie "
                        "przygotowanym w Twoim urzędzie, a nie na powyższej liście czy na "
                        "pamięci.</p><h2>Współpraca z innymi instytucjami</h2><p>Skuteczne "
                        "kierowanie wymaga, by urząd znał swoich partnerów: inne urzędy, "
                        "instytucje rynku pracy, pomocy społecznej i ochrony zdrowia, szkoły i "
                        "uczelnie oraz organizacje pozarządowe wspierające migrantów w regionie. "
                        "Dobrze, gdy wydział utrzymuje z nimi stały kontakt, wymienia się "
                        "informacjami o dostępnych formach wsparcia i udostępnia klientom ich "
                        "materiały — w wersji papierowej w sali obsługi i w wersji elektronicznej "
                        "na swojej stronie.</p><p>Pracownik przy okienku ma w tym swoją rolę. "
                        "Jeśli zauważy, że kontakt w wykazie jest nieaktualny, że jakaś instytucja "
                        "zmieniła adres albo że klienci często pytają o sprawę, dla której w "
                        "wykazie brakuje adresata — zgłasza to osobie odpowiedzialnej za "
                        "wykaz.</p><h2>Pismo złożone w niewłaściwym urzędzie</h2><p>Skierowanie "
                        "ustne dotyczy rozmowy przy okienku. Inaczej wygląda sytuacja, gdy klient "
                        "już złożył pismo, a urząd nie jest właściwy, by je rozpatrzyć. Wtedy "
                        "stosuje się zasady Kodeksu postępowania administracyjnego: co do zasady "
                        "organ niewłaściwy niezwłocznie przekazuje podanie organowi właściwemu i "
                        "zawiadamia o tym wnoszącego. Nie oddawaj więc klientowi złożonego już "
                        "pisma z uwagą „proszę zanieść gdzie indziej” — sprawdź, jak w takiej "
                        "sytuacji postępuje Twój urząd.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Gotowe karty skierowań",
                        "text": (
                            "Przygotujcie w zespole karty z danymi instytucji, do których "
                            "najczęściej kierujecie klientów, przetłumaczone na języki, w których "
                            "najczęściej rozmawiacie. Przy okienku wystarczy zaznaczyć właściwą "
                            "pozycję i dopisać uwagi drukowanymi literami."
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Skierowanie do właściwej instytucji to usługa, a nie sposób na "
                                "pozbycie się klienta."
                            ),
                            (
                                "Najpierw ustal, czego dotyczy sprawa — może należeć do Twojego "
                                "wydziału, tylko do innego stanowiska."
                            ),
                            (
                                "Korzystaj z aktualnego wykazu instytucji, nie z pamięci; w razie "
                                "wątpliwości pytaj przełożonego."
                            ),
                            (
                                "Wyjaśnij powód skierowania i przekaż dane kontaktowe na piśmie, w "
                                "miarę możliwości w języku klienta."
                            ),
                            "Sprawdź, czy klient wie, dokąd idzie i co ma tam załatwić.",
                            (
                                "Odwołanie wnosi się za pośrednictwem organu, który wydał decyzję; "
                                "pismo złożone w niewłaściwym urzędzie przekazuje się organowi "
                                "właściwemu."
                            ),
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Pytanie o PESEL",
                        "client_says": (
                            "Dzień dobry. Pracodawca mówi, że potrzebuję numer PESEL. Czy mogę go "
                            "dostać tutaj? Czekałem dwie godziny."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "„Przykro mi, że musiał Pan tak długo czekać. Numer PESEL "
                                    "nadaje urząd gminy — tutaj jest adres urzędu miasta, godziny "
                                    "przyjęć i strona internetowa.” Pracownik podaje kartę w "
                                    "języku klienta, zaznacza na niej właściwą pozycję i prosi "
                                    "klienta, by powiedział, dokąd teraz pójdzie i co ze sobą "
                                    "zabierze."
                                ),
                                "good": True,
                                "explanation": (
                                    "Pracownik wyjaśnił, kto jest właściwy i dlaczego, przekazał "
                                    "dane na piśmie i sprawdził, czy klient wie, co zrobić dalej. "
                                    "Klient nie traci kolejnego dnia na szukanie właściwego urzędu."
                                ),
                            },
                            {
                                "text": "„To nie u nas. Następny, proszę.”",
                                "good": False,
                                "explanation": (
                                    "Formalnie prawda, ale klient nie wie, dokąd pójść. Najpewniej "
                                    "wróci albo zacznie krążyć między urzędami. Pracownik nie "
                                    "wykonał żadnego z kroków dobrego skierowania."
                                ),
                            },
                            {
                                "text": (
                                    "„Chyba w urzędzie skarbowym albo w ZUS-ie. Niech Pan tam "
                                    "zapyta.”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Skierowanie „na próbę”, bez sprawdzenia w wykazie, to prosta "
                                    "droga do odbijania klienta między instytucjami."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Odwołanie w Warszawie?",
                        "client_says": (
                            "Dostałem decyzję odmowną. Znajomy mówi, że odwołanie trzeba złożyć w "
                            "Warszawie, w Urzędzie do Spraw Cudzoziemców. Mam tam jechać?"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Pracownik prosi o decyzję i pokazuje klientowi pouczenie: "
                                    "odwołanie rozpatruje Szef Urzędu do Spraw Cudzoziemców, ale "
                                    "wnosi się je za pośrednictwem wojewody, który wydał decyzję, "
                                    "w terminie wskazanym w pouczeniu. Zaznacza ten fragment, a na "
                                    "kartce wypisuje adres urzędu i kontakty do organizacji "
                                    "udzielających bezpłatnej pomocy prawnej."
                                ),
                                "good": True,
                                "explanation": (
                                    "Klient dostaje rzetelną informację opartą na treści jego "
                                    "decyzji, a do tego wskazówkę, gdzie może uzyskać pomoc w "
                                    "przygotowaniu odwołania. Pracownik nie udziela porady "
                                    "prawnej, ale też nie zostawia klienta z błędną informacją."
                                ),
                            },
                            {
                                "text": "„Tak, proszę jechać do Warszawy, oni się tym zajmują.”",
                                "good": False,
                                "explanation": (
                                    "To częsty błąd. Organ drugiej instancji rozpatruje odwołanie, "
                                    "ale wnosi się je za pośrednictwem organu, który wydał "
                                    "decyzję. Klient może stracić czas, a nawet termin."
                                ),
                            },
                            {
                                "text": (
                                    "„Nie udzielam porad prawnych. Proszę znaleźć sobie prawnika.”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Wskazanie, co mówi pouczenie w decyzji, to informacja, a nie "
                                    "porada prawna. Pracownik odmówił podstawowej pomocy i nie "
                                    "wskazał, gdzie klient może uzyskać bezpłatne wsparcie."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "informacja-w-jezykach-klientow",
            "title": "Dokumenty i informacja w językach klientów",
            "estimated_minutes": 15,
            "intro": (
                "Dobra informacja pisemna w języku klienta działa także wtedy, gdy pracownik jest "
                "zajęty, gdy klient wróci do domu i gdy po kilku miesiącach zechce sprawdzić, co "
                "dalej. W tej lekcji poznasz zasady korzystania z przetłumaczonych materiałów, "
                "pomagania w wypełnianiu dokumentów oraz kanały informacji, które urzędy "
                "uruchomiły dla cudzoziemców."
            ),
            "body": [
                (
                    "text",
                    (
                        "<h2>Jakie materiały warto mieć pod ręką</h2><p>Wydziały obsługujące "
                        "cudzoziemców przygotowują wzory dokumentów i materiały informacyjne w "
                        "tych językach, które najczęściej słychać w ich salach obsługi. Dokładny "
                        "zestaw zależy od regionu, ale zwykle obejmuje:</p><ul><li>karty "
                        "informacyjne o poszczególnych rodzajach zezwoleń: kto może złożyć "
                        "wniosek, jakie dokumenty przygotować, jaka jest opłata i jak przebiega "
                        "postępowanie;</li><li>wzory wypełnionych formularzy z objaśnieniem "
                        "poszczególnych pól;</li><li>listy kontrolne, na których klient może "
                        "odhaczyć przygotowane dokumenty;</li><li>informacje organizacyjne: "
                        "godziny pracy, zasady rezerwacji wizyt, numery stanowisk, numer "
                        "infolinii;</li><li>materiały innych instytucji i organizacji "
                        "wspierających cudzoziemców w regionie;</li><li>plan budynku z "
                        "piktogramami.</li></ul><p>Materiały powinny być dostępne w dwóch "
                        "wersjach: papierowej w sali obsługi i elektronicznej na stronie "
                        "internetowej urzędu. Wersja elektroniczna pozwala przygotować się do "
                        "wizyty z wyprzedzeniem, a papierowa — dostać konkretną kartkę do ręki w "
                        "trakcie rozmowy.</p><h2>Tłumaczenie pomaga, ale nie "
                        "zastępuje</h2><p>Przetłumaczony materiał ma charakter informacyjny. "
                        "Postępowanie toczy się po polsku, formularze wniosków wypełnia się po "
                        "polsku, a pisma i decyzje urzędu są sporządzane w języku polskim. Klient "
                        "powinien o tym wiedzieć, żeby nie był zaskoczony, że wzór po ukraińsku "
                        "czy po angielsku nie jest formularzem, który składa się w urzędzie. "
                        "Dobrze, jeśli każda wersja językowa zawiera zdanie, które wyjaśnia tę "
                        "zasadę.</p><p>Skoro formularz trzeba wypełnić po polsku, zadaniem "
                        "pracownika jest pomóc: wskazać na wzorze, co wpisać w danym polu, "
                        "sprawdzić, czy wszystkie pola są wypełnione, wyjaśnić, jakie załączniki "
                        "będą potrzebne. Skoro urząd daje klientom wzory, powinien też umieć "
                        "objaśnić je przy okienku. Pomoc nie oznacza jednak wypełniania wniosku za "
                        "klienta na podstawie domysłów — dane i oświadczenia muszą pochodzić od "
                        "niego.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Język polski pozostaje językiem postępowania",
                        "text": (
                            "Przetłumaczone materiały i rozmowa w języku klienta ułatwiają "
                            "zrozumienie procedury, ale wnioski wypełnia się po polsku, a pisma i "
                            "decyzje urzędu są sporządzane po polsku."
                        ),
                    },
                ),
                (
                    "text",
                    (
                        "<h2>Aktualność przede wszystkim</h2><p>Przepisy dotyczące cudzoziemców "
                        "zmieniają się często, a nieaktualne tłumaczenie jest groźniejsze niż jego "
                        "brak — klient ufa kartce z logo urzędu. Dlatego:</p><ul><li>każdy "
                        "materiał ma datę aktualizacji lub numer wersji;</li><li>po zmianie "
                        "przepisów lub procedury najpierw aktualizuje się wersję polską, a zaraz "
                        "potem wszystkie wersje językowe;</li><li>nieaktualne materiały usuwa się "
                        "z sali obsługi i ze strony internetowej, zamiast zostawiać je „do "
                        "wyczerpania zapasów”;</li><li>tłumaczenia przygotowują osoby o "
                        "odpowiednich kwalifikacjach, a treść merytoryczną sprawdza pracownik "
                        "wydziału;</li><li>pracownik, który zauważy rozbieżność między wersjami, "
                        "zgłasza ją osobie odpowiedzialnej za materiały, zamiast poprawiać ulotki "
                        "długopisem.</li></ul><p>Dobrze sprawdza się model, w którym zespół "
                        "liderów — doświadczonych pracowników wydziału — śledzi zmiany przepisów, "
                        "prowadzi wewnętrzne szkolenia dla kolegów i pilnuje aktualności "
                        "materiałów. Ma to szczególne znaczenie tam, gdzie kadra często się "
                        "zmienia, a nowe osoby muszą szybko poznać procedury.</p><h2>Pisz tak, "
                        "żeby dało się przetłumaczyć</h2><p>Jakość tłumaczenia zależy od jakości "
                        "tekstu, z którego powstaje. Materiał napisany prostą polszczyzną łatwiej "
                        "przełożyć na każdy język:</p><ul><li>krótkie zdania i akapity, jedna "
                        "informacja w jednym zdaniu;</li><li>strona czynna zamiast biernej: "
                        "„Proszę przynieść paszport” zamiast „Wymagane jest przedłożenie "
                        "paszportu”;</li><li>wypunktowania i listy kontrolne zamiast długich "
                        "opisów;</li><li>przykłady i wzory zamiast definicji;</li><li>te same "
                        "nazwy tych samych rzeczy we wszystkich materiałach.</li></ul>"
                    ),
                ),
                (
                    "text",
                    (
                        "<h2>Kanały informacji dla cudzoziemców</h2><p>Rozmowa przy okienku to "
                        "tylko jeden z kanałów. Urzędy wojewódzkie, realizując projekty "
                        "współfinansowane m.in. z Funduszu Azylu, Migracji i Integracji, "
                        "uruchomiły wiele innych:</p><ul><li><strong>infolinie i call "
                        "center</strong> — z nagranymi komunikatami w kilku językach i możliwością "
                        "rozmowy z konsultantem, który udziela szczegółowych informacji o "
                        "procedurach i o etapie sprawy;</li><li><strong>internetowe generatory "
                        "wniosków</strong> — aplikacje, które prowadzą przez formularz krok po "
                        "kroku, podpowiadają, jak wypełnić pola, i sygnalizują błędy, dzięki czemu "
                        "mniej wniosków wymaga później poprawek;</li><li><strong>konsultacje "
                        "zdalne</strong> — np. rozmowa z konsultantem przez komunikator "
                        "internetowy;</li><li><strong>webinaria, dni otwarte i spotkania "
                        "informacyjne</strong> — np. dla studentów cudzoziemców we współpracy z "
                        "uczelniami, a także dla pracodawców i "
                        "pełnomocników;</li><li><strong>strony internetowe</strong> poświęcone "
                        "legalizacji pobytu i pracy, z materiałami w kilku "
                        "językach.</li></ul><p>Nie musisz znać szczegółów każdego z tych narzędzi, "
                        "ale powinieneś wiedzieć, które działają w Twoim urzędzie, i umieć o nich "
                        "powiedzieć. Zdanie „o etap sprawy może Pan zapytać na infolinii w swoim "
                        "języku” albo „wniosek można przygotować w generatorze na naszej stronie” "
                        "często oszczędza klientowi kolejnej wizyty. Cudzoziemcy kontaktują się z "
                        "urzędem wielokrotnie, na różnych etapach sprawy — każdy kanał, z którego "
                        "mogą skorzystać samodzielnie, odciąża także stanowiska "
                        "obsługi.</p><h2>Informacja zwrotna od klientów</h2><p>To klienci "
                        "najlepiej wiedzą, które materiały są niezrozumiałe. Jeśli kilka osób pyta "
                        "o to samo pole formularza albo myli dwa podobne zezwolenia, materiał "
                        "wymaga poprawy. Notuj takie obserwacje i przekazuj je dalej zgodnie z "
                        "zasadami obowiązującymi w urzędzie.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Wręczaj, nie tylko wskazuj",
                        "text": (
                            "Zamiast mówić „wszystko jest na stronie”, podaj klientowi kartę "
                            "informacyjną w jego języku i zaznacz na niej to, co dotyczy jego "
                            "sprawy."
                        ),
                    },
                ),
                (
                    "key_points",
                    {
                        "heading": "Najważniejsze w tej lekcji",
                        "points": [
                            (
                                "Wzory dokumentów i karty informacyjne w językach klientów powinny "
                                "być dostępne zarówno na papierze w sali obsługi, jak i na stronie "
                                "urzędu."
                            ),
                            (
                                "Tłumaczenie ma charakter informacyjny: wnioski wypełnia się po "
                                "polsku, pisma i decyzje są sporządzane po polsku."
                            ),
                            (
                                "Pomagaj w wypełnianiu dokumentów, ale nie wypełniaj ich za "
                                "klienta na podstawie domysłów."
                            ),
                            (
                                "Materiał musi być aktualny: data lub wersja, aktualizacja "
                                "wszystkich wersji językowych, usuwanie nieaktualnych egzemplarzy."
                            ),
                            (
                                "Znaj kanały informacji swojego urzędu — infolinię, generator "
                                "wniosków, konsultacje zdalne, spotkania — i mów o nich klientom."
                            ),
                            "Zgłaszaj, które materiały sprawiają klientom trudność.",
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Stara ulotka",
                        "client_says": (
                            "Mam tu ulotkę po angielsku, którą wzięłam u was w zeszłym roku. Jest "
                            "w niej inna lista dokumentów niż na waszej stronie internetowej. Co "
                            "jest prawdą?"
                        ),
                        "answers": [
                            {
                                "text": (
                                    "Pracownik porównuje ulotkę z aktualną listą wymagań, "
                                    "wyjaśnia, że obowiązuje wersja ze strony, daje klientce "
                                    "aktualną kartę po angielsku i zaznacza różnice. Dziękuje za "
                                    "sygnał i zgłasza, żeby stare ulotki zostały wycofane z sali "
                                    "obsługi."
                                ),
                                "good": True,
                                "explanation": (
                                    "Klientka dostaje rzetelną informację i aktualny materiał, a "
                                    "urząd — sygnał, dzięki któremu inni klienci nie popełnią tego "
                                    "samego błędu."
                                ),
                            },
                            {
                                "text": "„Skoro dostała Pani ulotkę od nas, to tak musi być.”",
                                "good": False,
                                "explanation": (
                                    "Pracownik nie sprawdził aktualności materiału i utrwalił "
                                    "błędną informację. Klientka może złożyć niekompletny wniosek."
                                ),
                            },
                            {
                                "text": (
                                    "„Ulotki mają charakter wyłącznie informacyjny, urząd nie "
                                    "odpowiada za ich treść. Proszę sprawdzić w przepisach.”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Urząd odpowiada za to, co rozdaje klientom. Odesłanie do "
                                    "przepisów osoby, która nie zna polskiego prawa, jest w "
                                    "praktyce odmową pomocy."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Wniosek wypełniony po angielsku",
                        "client_says": (
                            "Wypełniłem wniosek po angielsku, według waszego wzoru w języku "
                            "angielskim. Proszę, tu jest, chciałbym go złożyć."
                        ),
                        "answers": [
                            {
                                "text": (
                                    "„Widzę, że starannie się Pan przygotował. Wniosek trzeba "
                                    "jednak wypełnić po polsku — angielski wzór tylko wyjaśnia, co "
                                    "wpisać w pola. Pomogę Panu: położymy obok siebie formularz i "
                                    "wzór i przejdziemy je razem.” Pracownik wspomina też o "
                                    "generatorze wniosków na stronie urzędu."
                                ),
                                "good": True,
                                "explanation": (
                                    "Pracownik docenia wysiłek klienta, jasno wyjaśnia zasadę i "
                                    "oferuje konkretną pomoc. Dzięki temu do urzędu trafi poprawny "
                                    "wniosek, a sprawa nie utknie na etapie uzupełniania braków."
                                ),
                            },
                            {
                                "text": (
                                    "Pracownik przyjmuje wniosek wypełniony po angielsku bez słowa "
                                    "komentarza, „bo przecież dane się zgadzają”."
                                ),
                                "good": False,
                                "explanation": (
                                    "Pozorna uprzejmość obróci się przeciwko klientowi: sprawa "
                                    "może utknąć na etapie uzupełniania braków i trwać dłużej."
                                ),
                            },
                            {
                                "text": (
                                    "„Źle. Musi być po polsku. Proszę wypełnić jeszcze raz i "
                                    "przyjść innego dnia.”"
                                ),
                                "good": False,
                                "explanation": (
                                    "Informacja jest prawdziwa, ale podana bez szacunku. Klient "
                                    "zostaje sam z formularzem, choć pracownik mógł mu pomóc na "
                                    "miejscu, korzystając z wzoru przygotowanego przez urząd."
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
        "title": "Test końcowy: obsługa klienta z innego kręgu kulturowego",
        "intro": (
            "Test sprawdza wiedzę ze wszystkich lekcji kursu. Masz 20 minut i trzy podejścia. Aby "
            "zaliczyć test, potrzebujesz co najmniej 80% punktów. Po każdym pytaniu zobaczysz "
            "wyjaśnienie, które pomoże utrwalić wiedzę."
        ),
        "pass_mark": 80,
        "time_limit_minutes": 20,
        "max_attempts": 3,
        "questions": [
            {
                "type": "ordering",
                "text": "Ułóż etapy pierwszego kontaktu z klientem we właściwej kolejności.",
                "lesson": "pierwszy-kontakt",
                "items": [
                    "Powitanie",
                    "Ustalenie języka rozmowy",
                    "Rozpoznanie sprawy",
                    "Sprawdzenie zrozumienia",
                    "Zakończenie z podsumowaniem na piśmie",
                ],
                "general_feedback": (
                    "Najpierw nawiązujesz kontakt, potem wybierasz język, w którym rozmowa będzie "
                    "skuteczna. Dopiero wtedy da się rzetelnie rozpoznać sprawę. Po udzieleniu "
                    "informacji sprawdzasz, czy klient ją zrozumiał, a na koniec podsumowujesz i "
                    "przekazujesz najważniejsze ustalenia na piśmie."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Wyjaśniłeś klientowi, jakie dokumenty musi donieść. Który sposób najlepiej "
                    "sprawdza, czy zrozumiał?"
                ),
                "lesson": "pierwszy-kontakt",
                "choices": [
                    {
                        "text": "Zapytać: „Czy wszystko jasne?”.",
                        "correct": False,
                        "feedback": (
                            "Na to pytanie klienci prawie zawsze odpowiadają „tak”, nawet gdy nie "
                            "zrozumieli."
                        ),
                    },
                    {
                        "text": (
                            "Poprosić klienta, by własnymi słowami powiedział, co doniesie i do "
                            "kiedy."
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak. Powtórzenie własnymi słowami pokazuje, co klient naprawdę "
                            "zapamiętał, i pozwala od razu uzupełnić luki."
                        ),
                    },
                    {
                        "text": "Obserwować, czy klient kiwa głową w trakcie wyjaśnień.",
                        "correct": False,
                        "feedback": (
                            "Kiwanie głową często znaczy tylko „słucham”, a nie „rozumiem”."
                        ),
                    },
                    {
                        "text": (
                            "Wręczyć ulotkę i zakończyć rozmowę, bo wszystko jest w niej opisane."
                        ),
                        "correct": False,
                        "feedback": (
                            "Ulotka jest pomocna, ale nie zastępuje sprawdzenia zrozumienia."
                        ),
                    },
                ],
                "general_feedback": (
                    "Zrozumienie sprawdzamy pytaniem otwartym, prosząc o powtórzenie kluczowych "
                    "informacji. To sprawdzian jakości naszego wyjaśnienia, a nie egzamin dla "
                    "klienta."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Jeśli klient ma paszport państwa, w którym powszechnie mówi się po rosyjsku, "
                    "pracownik powinien od razu rozpocząć rozmowę po rosyjsku."
                ),
                "lesson": "pierwszy-kontakt",
                "answer": False,
                "feedback_true": (
                    "Niestety nie. Obywatelstwo nie mówi, jakim językiem klient woli się "
                    "posługiwać — może wolić polski, angielski lub inny język."
                ),
                "feedback_false": (
                    "Dobrze. O język się pyta, zamiast zakładać go na podstawie obywatelstwa, "
                    "wyglądu czy nazwiska."
                ),
                "general_feedback": (
                    "Ustalając język, zapytaj wprost albo pokaż kartę z nazwami języków zapisanymi "
                    "w ich własnym alfabecie. Niektórzy klienci świadomie nie chcą używać języka, "
                    "który kojarzy się z ich obywatelstwem."
                ),
            },
            {
                "type": "multiple",
                "scoring": "partial",
                "text": (
                    "Nie masz wspólnego języka z klientem, który pyta o swoją sprawę. Z czego "
                    "możesz skorzystać? Zaznacz wszystkie właściwe odpowiedzi."
                ),
                "lesson": "bariery-jezykowe",
                "choices": [
                    {
                        "text": "Z pomocy kolegi z wydziału, który zna język klienta.",
                        "correct": True,
                        "feedback": (
                            "Tak — warto mieć na stanowisku aktualną listę języków, którymi mówią "
                            "pracownicy."
                        ),
                    },
                    {
                        "text": (
                            "Z infolinii urzędu, na której działają konsultanci znający kilka "
                            "języków."
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak — infolinia pomaga zarówno w trakcie wizyty (jeśli pozwala na to "
                            "procedura), jak i później."
                        ),
                    },
                    {
                        "text": (
                            "Z przetłumaczonej karty informacyjnej i wzoru wypełnionego formularza."
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak — sprawdzone materiały urzędu to rzetelne źródło informacji w "
                            "języku klienta."
                        ),
                    },
                    {
                        "text": (
                            "Z pomocy dziesięcioletniego syna klienta w rozmowie o odmowie "
                            "zezwolenia."
                        ),
                        "correct": False,
                        "feedback": "Nie — dzieci nie powinny tłumaczyć w sprawach drażliwych.",
                    },
                    {
                        "text": (
                            "Z pomocy przypadkowej osoby z kolejki, która mówi w tym samym języku."
                        ),
                        "correct": False,
                        "feedback": (
                            "Nie — obca osoba pozna dane i sprawę klienta, a jakość tłumaczenia "
                            "jest niepewna."
                        ),
                    },
                    {
                        "text": (
                            "Z ogólnodostępnego tłumacza internetowego, do którego wpiszesz imię, "
                            "nazwisko i numer paszportu klienta."
                        ),
                        "correct": False,
                        "feedback": (
                            "Nie — do ogólnodostępnych narzędzi nie wpisuje się danych osobowych "
                            "klientów."
                        ),
                    },
                ],
                "general_feedback": (
                    "Urząd ma kilka bezpiecznych narzędzi: pracowników znających języki, "
                    "infolinię, tłumaczy, przetłumaczone materiały i pomoce wizualne. Nie opieramy "
                    "obsługi na dzieciach, przypadkowych osobach ani na narzędziach, które "
                    "narażają dane klienta."
                ),
            },
            {
                "type": "short",
                "text": (
                    "Uzupełnij jednym słowem: w sprawach drażliwych, np. dotyczących zdrowia czy "
                    "odmowy zezwolenia, nie korzystamy z pomocy dziecka w roli ______."
                ),
                "lesson": "bariery-jezykowe",
                "answers": [
                    "tłumacza",
                    "tłumacz",
                    "tłumaczem",
                    "tłumaczki",
                    "tłumaczka",
                    "tłumacza ustnego",
                ],
                "ignore_case": True,
                "ignore_diacritics": True,
                "ignore_spaces": True,
                "general_feedback": (
                    "Dziecko nie powinno tłumaczyć poważnych rozmów: może nie rozumieć pojęć, "
                    "łagodzić złe wiadomości albo przeżywać je zbyt mocno. Zaproponuj pracownika "
                    "znającego język, infolinię lub tłumacza."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Tłumacz internetowy to dobre narzędzie do przekazania klientowi terminu na "
                    "uzupełnienie dokumentów i skutków jego niedotrzymania."
                ),
                "lesson": "bariery-jezykowe",
                "answer": False,
                "feedback_true": (
                    "Nie. Tłumaczenie maszynowe może zniekształcić sens, a chodzi o informacje o "
                    "poważnych skutkach."
                ),
                "feedback_false": (
                    "Słusznie. Terminy i skutki prawne muszą wynikać z pisma urzędu albo jego "
                    "sprawdzonych materiałów."
                ),
                "general_feedback": (
                    "Tłumacza internetowego używaj tylko do prostych zwrotów, bez danych "
                    "osobowych, i sprawdzaj sens tłumaczeniem zwrotnym. Ważne informacje przekazuj "
                    "na piśmie, w oparciu o dokumenty urzędu."
                ),
            },
            {
                "type": "single",
                "text": "Rozmawiasz z klientem przez tłumacza. Jak należy się zwracać?",
                "lesson": "bariery-jezykowe",
                "choices": [
                    {
                        "text": "Do tłumacza: „Proszę go zapytać, czy ma umowę o pracę”.",
                        "correct": False,
                        "feedback": "Taka forma pomija klienta, jakby nie brał udziału w rozmowie.",
                    },
                    {
                        "text": (
                            "Bezpośrednio do klienta, patrząc na niego: „Czy ma Pan umowę o "
                            "pracę?”."
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak. Klient jest Twoim rozmówcą, a tłumacz tylko przekłada wypowiedzi."
                        ),
                    },
                    {
                        "text": (
                            "Najpierw wszystko wyjaśnić tłumaczowi, a on sam zdecyduje, co "
                            "przekazać."
                        ),
                        "correct": False,
                        "feedback": (
                            "Tłumacz ma przekładać wiernie, a nie streszczać i wybierać informacje "
                            "za urząd."
                        ),
                    },
                ],
                "general_feedback": (
                    "Mów do klienta, patrz na niego i wypowiadaj się krótkimi fragmentami, żeby "
                    "tłumacz mógł przełożyć wszystko. Na koniec poproś o podsumowanie samego "
                    "klienta."
                ),
            },
            {
                "type": "single",
                "text": "Jak najlepiej postąpić z uściskiem dłoni na powitanie klienta?",
                "lesson": "kultura-religia-prywatnosc",
                "choices": [
                    {
                        "text": "Zawsze pierwszy podawać rękę, bo to wyraz profesjonalizmu.",
                        "correct": False,
                        "feedback": (
                            "Niektórzy klienci z powodów religijnych lub osobistych nie podają "
                            "ręki i poczują się niezręcznie."
                        ),
                    },
                    {
                        "text": (
                            "Nie wyciągać ręki pierwszy, ale odwzajemnić gest, jeśli klient poda "
                            "dłoń."
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak. To bezpieczne rozwiązanie, które zostawia wybór klientowi."
                        ),
                    },
                    {
                        "text": "Nigdy nie podawać ręki cudzoziemcom.",
                        "correct": False,
                        "feedback": (
                            "Odmowa odwzajemnienia gestu byłaby nieuprzejma i opiera się na "
                            "uogólnieniu."
                        ),
                    },
                    {
                        "text": "Zapytać klienta o wyznanie, żeby wiedzieć, jak się przywitać.",
                        "correct": False,
                        "feedback": "Pytanie o wyznanie jest niepotrzebne i narusza prywatność.",
                    },
                ],
                "general_feedback": (
                    "Nie inicjuj uścisku dłoni, ale odpowiedz na niego, gdy klient poda rękę. "
                    "Jeśli ktoś nie odpowiada na Twój gest, nie odbieraj tego jako braku szacunku."
                ),
            },
            {
                "type": "multiple",
                "scoring": "partial",
                "text": (
                    "Które zachowania chronią prywatność klienta w sali obsługi? Zaznacz wszystkie "
                    "właściwe odpowiedzi."
                ),
                "lesson": "kultura-religia-prywatnosc",
                "choices": [
                    {
                        "text": "Wskazywanie danych w dokumencie zamiast odczytywania ich na głos.",
                        "correct": True,
                        "feedback": "Tak — osoby w kolejce nie poznają danych klienta.",
                    },
                    {
                        "text": "Ustawienie monitora tak, by nie był widoczny dla osób z kolejki.",
                        "correct": True,
                        "feedback": (
                            "Tak — ekran to częste źródło niezamierzonego ujawnienia danych."
                        ),
                    },
                    {
                        "text": (
                            "Zaproponowanie osłoniętego stanowiska lub pokoju w sprawie delikatnej."
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak — jeśli urząd ma taką możliwość, to proste i skuteczne "
                            "rozwiązanie."
                        ),
                    },
                    {
                        "text": "Zapytanie o religię klienta, żeby lepiej dopasować obsługę.",
                        "correct": False,
                        "feedback": (
                            "Nie — pytaj tylko o informacje potrzebne do załatwienia sprawy."
                        ),
                    },
                    {
                        "text": (
                            "Głośne powtórzenie numeru PESEL, żeby upewnić się, że jest poprawny."
                        ),
                        "correct": False,
                        "feedback": (
                            "Nie — to ujawnienie danych osobom postronnym. Poproś o dokument lub "
                            "zapisanie numeru."
                        ),
                    },
                ],
                "general_feedback": (
                    "Dyskrecja to ciszej prowadzona rozmowa, czysty blat, niewidoczny monitor, "
                    "osłonięte miejsce w sprawach delikatnych i pytania ograniczone do tego, co "
                    "potrzebne w sprawie."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Szacunek dla religii klienta może oznaczać rozsądne dostosowanie sposobu "
                    "obsługi, ale nie zwalnia z wymogów procedury, np. z weryfikacji tożsamości."
                ),
                "lesson": "kultura-religia-prywatnosc",
                "answer": True,
                "feedback_true": (
                    "Tak. Można np. porównać twarz ze zdjęciem w osłoniętym miejscu, ale nie można "
                    "z tej czynności zrezygnować."
                ),
                "feedback_false": (
                    "To zdanie jest prawdziwe. Dostosowujemy sposób obsługi, a nie wymagania "
                    "procedury."
                ),
                "general_feedback": (
                    "Między brakiem szacunku a rezygnacją z procedury jest miejsce na rozsądne "
                    "dostosowania: inne miejsce, inny termin, pracownik tej samej płci — o ile "
                    "urząd ma taką możliwość i przewiduje to procedura."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Która z sytuacji jest przykładem dostosowania obsługi wyrównującego szanse, a "
                    "nie przywileju?"
                ),
                "lesson": "rowne-traktowanie",
                "choices": [
                    {
                        "text": "Przyjęcie poza kolejnością znajomego pracownika.",
                        "correct": False,
                        "feedback": (
                            "To przywilej wynikający z relacji osobistej, a nie z potrzeb klienta."
                        ),
                    },
                    {
                        "text": "Prowadzenie rozmowy na piśmie z klientką niesłyszącą.",
                        "correct": True,
                        "feedback": (
                            "Tak. Dzięki temu klientka może skorzystać z tej samej usługi co inni."
                        ),
                    },
                    {
                        "text": (
                            "Przyjęcie wniosku bez wymaganego dokumentu, bo klient był bardzo miły."
                        ),
                        "correct": False,
                        "feedback": (
                            "To odstępstwo od wymogów, którego nie zastosowano by wobec innych."
                        ),
                    },
                    {
                        "text": "Dodatkowe zaświadczenie wymagane od klientów z wybranych krajów.",
                        "correct": False,
                        "feedback": (
                            "To dyskryminacja: wymóg wynika z pochodzenia, a nie z procedury."
                        ),
                    },
                ],
                "general_feedback": (
                    "Równo nie znaczy identycznie. Dostosowanie usuwa przeszkodę w dostępie do tej "
                    "samej usługi. Przywilej i dyskryminacja to odstępstwa od zasad oparte na tym, "
                    "kim jest klient."
                ),
            },
            {
                "type": "multiple",
                "scoring": "partial",
                "text": (
                    "Które zachowania pracownika mogą być odebrane jako dyskryminujące? Zaznacz "
                    "wszystkie właściwe odpowiedzi."
                ),
                "lesson": "rowne-traktowanie",
                "choices": [
                    {
                        "text": (
                            "Przejście na angielski na podstawie wyglądu klienta, który zaczął "
                            "rozmowę po polsku."
                        ),
                        "correct": True,
                        "feedback": "Tak — to sygnał, że klient „nie pasuje” do polskiego urzędu.",
                    },
                    {
                        "text": (
                            "Żądanie dokumentu, którego nie wymaga się od innych w tej samej "
                            "sytuacji."
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak — wymagania muszą być jednakowe dla wszystkich w podobnej sprawie."
                        ),
                    },
                    {
                        "text": "Stwierdzenie „wy zawsze przynosicie niekompletne wnioski”.",
                        "correct": True,
                        "feedback": "Tak — to krzywdzące uogólnienie dotyczące całej grupy.",
                    },
                    {
                        "text": "Zapytanie klienta, w jakim języku woli rozmawiać.",
                        "correct": False,
                        "feedback": (
                            "Nie — to dobra praktyka, która pozwala dopasować obsługę do klienta."
                        ),
                    },
                    {
                        "text": "Wręczenie klientowi karty informacyjnej w jego języku.",
                        "correct": False,
                        "feedback": "Nie — to dostosowanie, które ułatwia dostęp do informacji.",
                    },
                ],
                "general_feedback": (
                    "Dyskryminacja przy okienku rzadko jest jawna. Najczęściej są to drobne "
                    "zachowania: zmiana tonu lub języka na podstawie wyglądu, dodatkowe wymagania "
                    "i uogólnienia. Pytanie o preferencje klienta i materiały w jego języku to "
                    "dostosowania, a nie nierówne traktowanie."
                ),
            },
            {
                "type": "short",
                "text": (
                    "Podaj jedno słowo: jakim określeniem, kojarzącym się z proszeniem o łaskę, "
                    "nie należy nazywać osoby załatwiającej sprawę w urzędzie?"
                ),
                "lesson": "rowne-traktowanie",
                "answers": [
                    "petent",
                    "petenta",
                    "petentem",
                    "petentka",
                    "petenci",
                    "petentów",
                ],
                "ignore_case": True,
                "ignore_diacritics": True,
                "ignore_spaces": True,
                "general_feedback": (
                    "Mówimy „klient”, „klientka”, „wnioskodawca” albo „cudzoziemiec”. Słowo "
                    "„petent” sugeruje, że urząd łaskawie spełnia prośby, zamiast świadczyć usługę."
                ),
            },
            {
                "type": "matching",
                "text": "Dopasuj sytuację klienta do właściwego dostosowania obsługi.",
                "lesson": "szczegolne-potrzeby",
                "pairs": [
                    [
                        "Niesłysząca klientka z zagranicy",
                        "Zapytać na piśmie o preferowaną formę kontaktu",
                    ],
                    [
                        "Niewidomy klient ma podpisać dokument",
                        "Odczytać treść i wskazać miejsce na podpis",
                    ],
                    [
                        "Osoba na wózku, a stanowisko jest na piętrze",
                        "Obsłużyć klienta w dogodnym miejscu na parterze",
                    ],
                    [
                        "Klient mówi, że zapomniał okularów i przeczyta w domu",
                        "Dyskretnie zaproponować odczytanie dokumentu i pokazać wzór",
                    ],
                    [
                        "Osoba starsza zmęczona długim czekaniem",
                        "Zaproponować obsługę poza kolejnością",
                    ],
                ],
                "general_feedback": (
                    "Zasada „zauważ, zapytaj, dostosuj” prowadzi do różnych rozwiązań: zmiany "
                    "formy komunikacji, miejsca, tempa czy pomocy przy dokumentach. Zawsze "
                    "proponujemy, a nie decydujemy za klienta."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Klientka w trakcie rozmowy mówi, że pracodawca zabrał jej paszport i od dwóch "
                    "miesięcy nie płaci za pracę. Co robisz?"
                ),
                "lesson": "szczegolne-potrzeby",
                "choices": [
                    {
                        "text": "Mówię, że to nie sprawa wydziału, i wracam do wniosku.",
                        "correct": False,
                        "feedback": "Klientka zostaje sama z sygnałem możliwego wyzysku.",
                    },
                    {
                        "text": (
                            "Spokojnie przekazuję jej kontakt do wyspecjalizowanej instytucji lub "
                            "organizacji zgodnie z procedurą urzędu, bez wypytywania o szczegóły, "
                            "a w razie bezpośredniego zagrożenia wzywam pomoc."
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak. Pracownik nie prowadzi dochodzenia, ale nie zostawia klientki "
                            "bez pomocy."
                        ),
                    },
                    {
                        "text": (
                            "Szczegółowo wypytuję o wszystkie okoliczności, żeby sporządzić "
                            "notatkę."
                        ),
                        "correct": False,
                        "feedback": (
                            "Dopytywanie o trudne przeżycia, które nie są potrzebne w sprawie, "
                            "może pogłębić kryzys."
                        ),
                    },
                    {
                        "text": (
                            "Radzę, żeby sama porozmawiała z pracodawcą i poprosiła o zwrot "
                            "paszportu."
                        ),
                        "correct": False,
                        "feedback": "Taka rada może narazić klientkę i nie rozwiązuje problemu.",
                    },
                ],
                "general_feedback": (
                    "Przy sygnałach przemocy, zagrożenia lub wyzysku mów spokojnie, nie dopytuj "
                    "bez potrzeby i przekaż kontakt do właściwej instytucji (np. inspekcji pracy, "
                    "policji, organizacji pomagającej ofiarom wyzysku) zgodnie z procedurą urzędu."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Osobie starszej lub z niepełnosprawnością proponuje się obsługę poza "
                    "kolejnością, ale to ona decyduje, czy z niej skorzysta."
                ),
                "lesson": "szczegolne-potrzeby",
                "answer": True,
                "feedback_true": (
                    "Tak. Niektórzy klienci nie chcą być traktowani inaczej niż pozostali."
                ),
                "feedback_false": (
                    "To zdanie jest prawdziwe. Dostosowanie to propozycja, a nie decyzja podjęta "
                    "za klienta."
                ),
                "general_feedback": (
                    "Zauważ, zapytaj, dostosuj. Obsługę poza kolejnością proponujemy dyskretnie i "
                    "szanujemy odpowiedź klienta. Pamiętaj też o niepełnosprawnościach, których "
                    "nie widać."
                ),
            },
            {
                "type": "ordering",
                "text": (
                    "Ułóż kroki skierowania klienta do innej instytucji we właściwej kolejności."
                ),
                "lesson": "kierowanie-do-instytucji",
                "items": [
                    "Ustal, czego dokładnie dotyczy sprawa",
                    "Sprawdź w wykazie, która instytucja jest właściwa",
                    "Wyjaśnij klientowi, dlaczego kierujesz go gdzie indziej",
                    "Przekaż dane kontaktowe instytucji na piśmie",
                    "Sprawdź, czy klient wie, co ma zrobić dalej",
                ],
                "general_feedback": (
                    "Najpierw rozpoznajesz sprawę (może jednak należy do Twojego wydziału), potem "
                    "sprawdzasz właściwość w aktualnym wykazie. Wyjaśnienie powodu sprawia, że "
                    "klient nie odbiera skierowania jako odmowy, a pisemne dane i sprawdzenie "
                    "zrozumienia chronią go przed krążeniem między urzędami."
                ),
            },
            {
                "type": "matching",
                "text": "Dopasuj sprawę klienta do instytucji, która się nią zajmuje.",
                "lesson": "kierowanie-do-instytucji",
                "pairs": [
                    [
                        "Nadanie numeru PESEL",
                        "Urząd gminy",
                    ],
                    [
                        "Rejestracja oświadczenia o powierzeniu wykonywania pracy",
                        "Powiatowy urząd pracy",
                    ],
                    [
                        "Wydanie nowego paszportu",
                        "Konsulat państwa pochodzenia",
                    ],
                    [
                        "Złożenie wniosku o udzielenie ochrony międzynarodowej",
                        "Straż Graniczna",
                    ],
                    [
                        "Niewypłacanie wynagrodzenia przez pracodawcę",
                        "Państwowa Inspekcja Pracy",
                    ],
                ],
                "general_feedback": (
                    "Klienci często traktują „urząd” jako całość. Znajomość podstawowych "
                    "kompetencji innych instytucji pozwala szybko i trafnie skierować klienta — "
                    "zawsze jednak sprawdzaj dane w aktualnym wykazie urzędu."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Klient chce odwołać się od decyzji wojewody w sprawie pobytowej. Co mu "
                    "przekazujesz?"
                ),
                "lesson": "kierowanie-do-instytucji",
                "choices": [
                    {
                        "text": (
                            "Że musi osobiście zawieźć odwołanie do Urzędu do Spraw Cudzoziemców w "
                            "Warszawie."
                        ),
                        "correct": False,
                        "feedback": (
                            "Szef UdSC rozpatruje odwołanie, ale nie wnosi się go bezpośrednio do "
                            "niego."
                        ),
                    },
                    {
                        "text": (
                            "Że odwołanie wnosi się za pośrednictwem wojewody, który wydał "
                            "decyzję, w terminie wskazanym w pouczeniu — i pokazujesz mu to "
                            "pouczenie."
                        ),
                        "correct": True,
                        "feedback": (
                            "Tak. Pouczenie w decyzji zawiera informację, gdzie i w jakim terminie "
                            "złożyć odwołanie."
                        ),
                    },
                    {
                        "text": "Że nie możesz udzielać żadnych informacji, bo to porada prawna.",
                        "correct": False,
                        "feedback": (
                            "Wskazanie treści pouczenia to informacja, a nie porada prawna."
                        ),
                    },
                ],
                "general_feedback": (
                    "Odwołanie wnosi się za pośrednictwem organu, który wydał decyzję; rozpatruje "
                    "je organ drugiej instancji. Pokaż klientowi pouczenie i wskaż, gdzie może "
                    "uzyskać bezpłatną pomoc prawną."
                ),
            },
            {
                "type": "short",
                "text": (
                    "Podaj jedno słowo: w jakim języku wypełnia się formularz wniosku składanego w "
                    "urzędzie, nawet jeśli klient korzystał z przetłumaczonego wzoru?"
                ),
                "lesson": "informacja-w-jezykach-klientow",
                "answers": [
                    "polskim",
                    "polski",
                    "po polsku",
                    "język polski",
                    "języku polskim",
                    "polskiego",
                ],
                "ignore_case": True,
                "ignore_diacritics": True,
                "ignore_spaces": True,
                "general_feedback": (
                    "Przetłumaczone wzory i karty informacyjne pomagają zrozumieć, co wpisać, ale "
                    "wniosek wypełnia się po polsku, a pisma i decyzje urzędu są sporządzane po "
                    "polsku. Pracownik pomaga w wypełnianiu, ale nie wypełnia wniosku za klienta z "
                    "domysłów."
                ),
            },
            {
                "type": "matching",
                "text": "Dopasuj kanał informacji dla cudzoziemców do jego opisu.",
                "lesson": "informacja-w-jezykach-klientow",
                "pairs": [
                    [
                        "Infolinia",
                        "Nagrane komunikaty w kilku językach i możliwość rozmowy z konsultantem",
                    ],
                    [
                        "Generator wniosków",
                        "Wypełnianie formularza online z podpowiedziami i wykrywaniem błędów",
                    ],
                    [
                        "E-konsultant",
                        "Rozmowa z pracownikiem przez komunikator internetowy",
                    ],
                    [
                        "Webinarium",
                        "Spotkanie informacyjne online dla grupy odbiorców",
                    ],
                    [
                        "Karta informacyjna",
                        "Drukowany opis procedury w języku klienta",
                    ],
                ],
                "general_feedback": (
                    "Znając kanały informacji swojego urzędu, możesz wskazać klientowi ten, z "
                    "którego skorzysta samodzielnie. To oszczędza mu kolejnych wizyt, a "
                    "stanowiskom obsługi — powtarzania tych samych informacji."
                ),
            },
            {
                "type": "multiple",
                "scoring": "partial",
                "text": (
                    "Jak dbać o aktualność przetłumaczonych materiałów? Zaznacz wszystkie właściwe "
                    "odpowiedzi."
                ),
                "lesson": "informacja-w-jezykach-klientow",
                "choices": [
                    {
                        "text": "Oznaczać każdy materiał datą aktualizacji lub numerem wersji.",
                        "correct": True,
                        "feedback": "Tak — dzięki temu łatwo rozpoznać nieaktualny egzemplarz.",
                    },
                    {
                        "text": (
                            "Po zmianie przepisów aktualizować wersję polską, a potem wszystkie "
                            "wersje językowe."
                        ),
                        "correct": True,
                        "feedback": "Tak — wersje językowe nie mogą „zostawać w tyle”.",
                    },
                    {
                        "text": (
                            "Zgłaszać osobie odpowiedzialnej zauważone rozbieżności między "
                            "wersjami."
                        ),
                        "correct": True,
                        "feedback": "Tak — pracownik przy okienku często pierwszy zauważa problem.",
                    },
                    {
                        "text": "Zostawiać stare ulotki w sali obsługi do wyczerpania zapasów.",
                        "correct": False,
                        "feedback": (
                            "Nie — nieaktualny materiał z logo urzędu wprowadza klientów w błąd."
                        ),
                    },
                    {
                        "text": (
                            "Poprawiać nieaktualne ulotki długopisem, tłumacząc zmiany "
                            "samodzielnie."
                        ),
                        "correct": False,
                        "feedback": (
                            "Nie — własne przekłady bywają błędne; materiały aktualizuje się "
                            "centralnie."
                        ),
                    },
                ],
                "general_feedback": (
                    "Nieaktualne tłumaczenie jest groźniejsze niż jego brak, bo klient ufa "
                    "materiałom urzędu. Wersjonowanie, równoczesna aktualizacja wszystkich "
                    "języków, wycofywanie starych egzemplarzy i zgłaszanie rozbieżności to "
                    "podstawa."
                ),
            },
        ],
    },
}
