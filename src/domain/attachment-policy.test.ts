import { describe, expect, it } from 'vitest';
import { attachmentPolicies, checkAttachment, decodeBase64, safeFileName, sniffMime, widgetPolicy } from './attachment-policy';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const PDF = new TextEncoder().encode('%PDF-1.7\n');
const DOCX = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0]);
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]);

describe('attachment policy', () => {
  it('knows a file by its first bytes', () => {
    expect(sniffMime(PNG)).toBe('image/png');
    expect(sniffMime(JPEG)).toBe('image/jpeg');
    expect(sniffMime(new TextEncoder().encode('GIF89a..'))).toBe('image/gif');
    expect(sniffMime(PDF)).toBe('application/pdf');
    expect(sniffMime(new TextEncoder().encode('你好, plain text\n'))).toBe('text/plain');
    expect(sniffMime(EXE)).toBeNull();
  });

  it('takes a file whose bytes are what it says, on a channel that takes its type', () => {
    expect(checkAttachment(attachmentPolicies.chat, 'image/png', PNG)).toEqual({ mime: 'image/png', kind: 'image', size: PNG.length });
    expect(checkAttachment(attachmentPolicies.email, 'application/pdf; name=bill.pdf', PDF)).toMatchObject({ kind: 'file' });
    expect(checkAttachment(attachmentPolicies.chat, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', DOCX)).toMatchObject({ kind: 'file' });
  });

  it('refuses a type the channel does not take (SMS takes none, the widget only pictures)', () => {
    const refused = { code: 'attachment_rejected', details: { reason: 'type' } };
    expect(() => checkAttachment(attachmentPolicies.chat, 'application/x-msdownload', EXE)).toThrow(expect.objectContaining(refused));
    expect(() => checkAttachment(attachmentPolicies.sms, 'image/png', PNG)).toThrow(expect.objectContaining(refused));
    expect(() => checkAttachment(widgetPolicy, 'application/pdf', PDF)).toThrow(expect.objectContaining(refused));
  });

  it('refuses bytes that are not the type they claim (a program named .png)', () => {
    expect(() => checkAttachment(attachmentPolicies.chat, 'image/png', EXE)).toThrow(expect.objectContaining({ details: { reason: 'type' } }));
    expect(() => checkAttachment(attachmentPolicies.chat, 'image/png', JPEG)).toThrow(expect.objectContaining({ details: { reason: 'type' } }));
  });

  it('refuses an empty file and one over the size limit', () => {
    const big = new Uint8Array(attachmentPolicies.chat.maxBytes + 1);
    big.set(PNG);
    expect(() => checkAttachment(attachmentPolicies.chat, 'image/png', big)).toThrow(expect.objectContaining({ details: { reason: 'size' } }));
    expect(() => checkAttachment(attachmentPolicies.chat, 'image/png', new Uint8Array())).toThrow(expect.objectContaining({ details: { reason: 'size' } }));
  });

  it('reads base64 and refuses what is not', () => {
    expect([...decodeBase64(btoa('%PDF-'))]).toEqual([...new TextEncoder().encode('%PDF-')]);
    expect(() => decodeBase64('not base64!')).toThrow(expect.objectContaining({ code: 'attachment_rejected' }));
  });

  it('keeps a file name without its path or control characters', () => {
    expect(safeFileName('C:\\Users\\x\\账单.pdf')).toBe('账单.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('a\u0000"b.png')).toBe('ab.png');
    expect(safeFileName('/')).toBe('attachment');
  });
});
