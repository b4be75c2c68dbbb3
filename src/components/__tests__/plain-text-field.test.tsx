import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlainTextField } from '../plain-text-field';

afterEach(cleanup);

function Field(props: { required?: boolean; type?: string }) {
  const [value, setValue] = useState('');
  return <PlainTextField label="Username" value={value} onChange={(e) => setValue(e.target.value)} {...props} />;
}

describe('PlainTextField', () => {
  it('is a labelled, typed-into text box like TextField', async () => {
    render(<Field />);
    const box = screen.getByRole('textbox', { name: 'Username' });
    await userEvent.setup().type(box, 'zhang.wei');
    expect(box).toHaveValue('zhang.wei');
    expect(box.closest('.MuiTextField-root')).not.toBeNull();
  });

  it('marks a required field on the input and the label', () => {
    render(<Field required type="password" />);
    const input = screen.getByLabelText(/^Username/);
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('type', 'password');
  });
});
