// The card the signed-out pages and the pages mailed links open are shown on.
import type { ReactNode } from 'react';

export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth">
      <div className="auth-card">
        <div className="brand">
          <img src="/favicon.svg" alt="" width="32" height="32" /> Ordo
        </div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
