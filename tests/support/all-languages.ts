// Every test runs with every language's texts loaded, as the widget does.
import '../../shared/i18n/all-languages';
