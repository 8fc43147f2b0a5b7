/** Adds an enterprise to the registry or edits one (with its website domains), as the registry's own fields. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { industryCodes, type Industry } from '../../../../shared/industries';
import { EnterpriseSize, PartyOrgType, type Enterprise, type EnterpriseCreateInput } from '../../../../shared/schemas/enterprise';
import { request } from '../../../lib/api';
import { enumLabel } from '../../../lib/enum-labels';
import { industryLabel } from '../../../lib/labels';
import type { Failure } from '../../../lib/result';
import { useStreets } from '../../../lib/use-streets';
import { ConfirmButton } from '../../ConfirmButton';
import { FailureNote } from '../common/FailureNote';

export type EnterpriseFormProps = { enterprise: Enterprise | null; onSaved: () => void; onCancel: () => void };

type Fields = Omit<EnterpriseCreateInput, 'domains'> & { domains: string };

const blank: Fields = { creditCode: '', name: '', nameEn: null, industry: 'manufacturing', street: '', size: 'small', partyOrgType: 'independent', domains: '', contactName: null, contactPhone: null, contactEmail: null };
const fieldsOf = (e: Enterprise): Fields => ({ ...e, industry: e.industry as Industry, domains: e.domains.join('\n') });
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function EnterpriseForm({ enterprise, onSaved, onCancel }: EnterpriseFormProps) {
  const [fields, setFields] = useState<Fields>(enterprise ? fieldsOf(enterprise) : blank);
  const [error, setError] = useState<Failure | null>(null);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const streets = useStreets();
  const text = (key: 'creditCode' | 'name') => ({ value: fields[key], onInput: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value) });
  const optional = (key: 'nameEn' | 'contactName' | 'contactPhone' | 'contactEmail') => ({ value: fields[key] ?? '', onInput: (e: { currentTarget: { value: string } }) => set(key, orNull(e.currentTarget.value)) });

  const save = async (event: Event) => {
    event.preventDefault();
    const body = { ...fields, domains: fields.domains.split(/\s+/).filter(Boolean) };
    const saved = enterprise
      ? await request((api) => api.api.v1.enterprises[':id'].$patch({ param: { id: String(enterprise.id) }, json: { ...body, version: enterprise.version } }))
      : await request((api) => api.api.v1.enterprises.$post({ json: body }));
    if (!saved.ok) return setError(saved.error);
    onSaved();
  };
  const remove = async () => {
    if (!enterprise) return;
    const done = await request((api) => api.api.v1.enterprises[':id'].$delete({ param: { id: String(enterprise.id) } }));
    return done.ok ? onSaved() : setError(done.error);
  };

  return (
    <form class="panel" onSubmit={save} aria-label={enterprise ? i18n.t('console.enterprises.edit') : i18n.t('console.enterprises.create')}>
      <h2>{enterprise ? enterprise.name : i18n.t('console.enterprises.create')}</h2>
      <div class="form-grid">
        <label>{i18n.t('console.enterprises.creditCode')}<input type="text" required {...text('creditCode')} /></label>
        <label>{i18n.t('console.enterprises.name')}<input type="text" required {...text('name')} /></label>
        <label>{i18n.t('console.enterprises.nameEn')}<input type="text" {...optional('nameEn')} /></label>
        <label>
          {i18n.t('console.enterprises.street')}
          <select required value={fields.street} onChange={(e) => set('street', e.currentTarget.value)}>
            <option value="" />
            {streets.map((s) => <option key={s.id} value={s.name}>{s.name}</option>)}
          </select>
        </label>
        <label>
          {i18n.t('console.enterprises.industry')}
          <select value={fields.industry} onChange={(e) => set('industry', e.currentTarget.value as Industry)}>
            {industryCodes.map((code) => <option key={code} value={code}>{industryLabel(code)}</option>)}
          </select>
        </label>
        <label>
          {i18n.t('console.enterprises.size')}
          <select value={fields.size} onChange={(e) => set('size', e.currentTarget.value as Fields['size'])}>
            {EnterpriseSize.options.map((size) => <option key={size} value={size}>{enumLabel('size', size)}</option>)}
          </select>
        </label>
        <label>
          {i18n.t('console.enterprises.partyOrg')}
          <select value={fields.partyOrgType} onChange={(e) => set('partyOrgType', e.currentTarget.value as Fields['partyOrgType'])}>
            {PartyOrgType.options.map((type) => <option key={type} value={type}>{enumLabel('partyOrgType', type)}</option>)}
          </select>
        </label>
        <label>{i18n.t('console.enterprises.contactName')}<input type="text" {...optional('contactName')} /></label>
        <label>{i18n.t('console.enterprises.contactPhone')}<input type="text" {...optional('contactPhone')} /></label>
        <label>{i18n.t('console.enterprises.contactEmail')}<input type="text" {...optional('contactEmail')} /></label>
        <label class="wide">
          {i18n.t('console.enterprises.domains')}
          <textarea rows={3} value={fields.domains} onInput={(e) => set('domains', e.currentTarget.value)} />
          <span class="muted">{i18n.t('console.enterprises.domainsHint')}</span>
        </label>
      </div>
      {error && <FailureNote error={error} />}
      <div class="row">
        <button type="submit" class="primary">{i18n.t('common.save')}</button>
        <button type="button" onClick={onCancel}>{i18n.t('common.cancel')}</button>
        {enterprise && <ConfirmButton label={i18n.t('console.common.delete')} question={i18n.t('console.enterprises.deleteQuestion')} onConfirm={() => void remove()} />}
      </div>
    </form>
  );
}
