import { registrationRequest, type RegistrationForm } from './registration-request';

const form: RegistrationForm = { phone: '09121234567', requesterName: '', categoryId: 3, priority: '', subject: '', description: '  VPN وصل نمی‌شود ' };

describe('registrationRequest', () => {
  it('given a known caller during a call, when built, then the person is the requester, the call goes along and the priority is left to the category', () => {
    expect(registrationRequest(form, { personId: 12 }, 40)).toEqual({
      request: { requester: { personId: 12 }, channel: 'phone', categoryId: 3, description: 'VPN وصل نمی‌شود', callId: 40 },
    });
  });

  it('given an unknown caller with a name and a chosen priority and subject, when built, then name and phone are the requester', () => {
    expect(registrationRequest({ ...form, requesterName: ' کاوه ', priority: 'high', subject: 'VPN' }, null, null)).toEqual({
      request: { requester: { name: 'کاوه', phone: '09121234567' }, channel: 'phone', categoryId: 3, priority: 'high', subject: 'VPN', description: 'VPN وصل نمی‌شود' },
    });
  });

  it('given missing answers, when built, then a problem for each field to fix and no request', () => {
    expect(registrationRequest({ ...form, phone: '', categoryId: null, description: ' ' }, { personId: null }, null)).toEqual({
      problems: [
        { field: 'requester.name', messageKey: 'operatorConsole.required' },
        { field: 'requester', messageKey: 'operatorConsole.required' },
        { field: 'categoryId', messageKey: 'operatorConsole.required' },
        { field: 'description', messageKey: 'operatorConsole.required' },
      ],
    });
  });
});
