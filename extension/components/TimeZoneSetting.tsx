/** The time zone times are shown in: the district's (Asia/Shanghai) unless the user picks another. */
import { i18n } from '../lib/ports/messages';
import { DISTRICT_TIME_ZONE } from '../lib/locale';
import { displayTimeZone } from '../lib/storage';
import { useStored } from '../lib/use-stored';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const everyZone = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export function TimeZoneSetting() {
  const chosen = useStored(displayTimeZone);
  const others = everyZone.filter((zone) => zone !== DISTRICT_TIME_ZONE && zone !== browserZone);
  return (
    <div>
      <label for="time-zone">{i18n.t('options.timeZone')}</label>
      <select id="time-zone" data-testid="time-zone" value={chosen ?? ''} onChange={(e) => void displayTimeZone.setValue(e.currentTarget.value || null)}>
        <option value="">{i18n.t('options.timeZoneDistrict')}</option>
        {browserZone !== DISTRICT_TIME_ZONE && <option value={browserZone}>{i18n.t('options.timeZoneBrowser', [browserZone])}</option>}
        {others.map((zone) => <option key={zone} value={zone}>{zone}</option>)}
      </select>
    </div>
  );
}
