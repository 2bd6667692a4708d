// The signed-in frame: sidebar, the search box (and its palette), the notifications bell, the open task, quick add,
// and the keyboard shortcuts; it keeps what is shown current with others' changes (the live stream).
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useMatch, useNavigate, useSearchParams } from 'react-router';
import { useMe, useSignOut, VerifyBanner } from '../features/auth';
import { useFilters } from '../features/filters';
import { NotificationBell, usePushNavigation } from '../features/notifications';
import { useMyInvitations } from '../features/people';
import { ProjectDialog, useProjects } from '../features/projects';
import { SearchLauncher } from '../features/search';
import { QuickAdd, TaskDetail, useLabels } from '../features/tasks';
import { favorites, flatten, projectTree } from '../lib/tree';
import { Dialog } from '../shared/Dialog';
import { useLiveChanges } from './liveChanges';

export const SHORTCUTS: [string, string][] = [
  ['q', 'Quick add a task'],
  ['/', 'Search'],
  ['Ctrl+K or ⌘K', 'Search, even while typing'],
  ['g then i', 'Go to Inbox'],
  ['g then t', 'Go to Today'],
  ['g then u', 'Go to Upcoming'],
  ['g then c', 'Go to Calendar'],
  ['g then a', 'Go to Activity'],
  ['g then s', 'Go to Settings'],
  ['?', 'Show these shortcuts'],
  ['Escape', 'Close a dialog'],
];

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function Layout() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const taskId = params.get('task');
  const [quickAdd, setQuickAdd] = useState(false);
  const [help, setHelp] = useState(false);
  const [newProject, setNewProject] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const navigate = useNavigate();
  const pendingG = useRef(0);
  const projectRoute = useMatch('/projects/:id/*');
  const viewedProject = useProjects().data?.find((p) => p.id === projectRoute?.params.id);
  useLiveChanges();
  usePushNavigation();

  useEffect(() => {
    const theme = me.data?.theme ?? 'system';
    const dark = theme === 'dark' || (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    localStorage.setItem('ordo.theme', dark ? 'dark' : 'light');
  }, [me.data?.theme]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        e.defaultPrevented ||
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        typing(e.target) ||
        document.querySelector('dialog[open]')
      )
        return;
      if (Date.now() - pendingG.current < 1500) {
        pendingG.current = 0;
        const to = { i: '/inbox', t: '/today', u: '/upcoming', c: '/calendar', a: '/activity', s: '/settings' }[e.key];
        if (to) {
          e.preventDefault();
          navigate(to);
        }
        return;
      }
      if (e.key === 'q') {
        e.preventDefault();
        setQuickAdd(true);
      } else if (e.key === '?') {
        e.preventDefault();
        setHelp(true);
      } else if (e.key === 'g') pendingG.current = Date.now();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  const closeTask = () => {
    const next = new URLSearchParams(params);
    next.delete('task');
    setParams(next);
  };

  return (
    <div className={`shell ${menuOpen ? 'menu-open' : ''}`}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <button
          type="button"
          className="icon-button menu-button"
          aria-label="Menu"
          aria-expanded={menuOpen}
          aria-controls="sidebar"
          onClick={() => setMenuOpen((o) => !o)}
        >
          ☰
        </button>
        <Link to="/today" className="brand" aria-label="Ordo — Today">
          <img src="/favicon.svg" alt="" width="22" height="22" /> <span>Ordo</span>
        </Link>
        <SearchLauncher onAddTask={() => setQuickAdd(true)} />
        <button
          type="button"
          className="primary add-button"
          onClick={() => setQuickAdd(true)}
          aria-keyshortcuts="q"
          aria-label="Add task"
        >
          + <span className="hide-narrow">Add task</span>
        </button>
        <NotificationBell />
        <button type="button" className="icon-button" aria-label="Keyboard shortcuts" onClick={() => setHelp(true)}>
          ?
        </button>
      </header>
      <Sidebar onNavigate={() => setMenuOpen(false)} onNewProject={() => setNewProject(true)} />
      <main id="main" className="content" tabIndex={-1}>
        <VerifyBanner user={me.data} />
        <Outlet />
      </main>
      {taskId && <TaskDetail id={taskId} onClose={closeTask} />}
      {quickAdd && (
        <QuickAdd onClose={() => setQuickAdd(false)} project={viewedProject?.inbox ? undefined : viewedProject?.name} />
      )}
      {newProject && <ProjectDialog onClose={() => setNewProject(false)} />}
      {help && (
        <Dialog title="Keyboard shortcuts" onClose={() => setHelp(false)}>
          <table className="shortcuts">
            <tbody>
              {SHORTCUTS.map(([k, d]) => (
                <tr key={k}>
                  <th scope="row">
                    <kbd>{k}</kbd>
                  </th>
                  <td>{d}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Dialog>
      )}
    </div>
  );
}

function Sidebar({ onNavigate, onNewProject }: { onNavigate: () => void; onNewProject: () => void }) {
  const projects = useProjects();
  const labels = useLabels();
  const filters = useFilters();
  const invitations = useMyInvitations();
  const me = useMe();
  const signOut = useSignOut();
  const all = projects.data ?? [];
  const tree = flatten(projectTree(all));
  const favs = favorites(all);
  const link = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link active' : 'nav-link');
  const waiting = invitations.data?.length ?? 0;
  return (
    <nav
      id="sidebar"
      className="sidebar"
      aria-label="Main"
      onClick={(e) => e.target instanceof Element && e.target.closest('a') && onNavigate()}
    >
      <ul className="nav">
        <li>
          <NavLink className={link} to="/inbox">
            Inbox
          </NavLink>
        </li>
        <li>
          <NavLink className={link} to="/today">
            Today
          </NavLink>
        </li>
        <li>
          <NavLink className={link} to="/upcoming">
            Upcoming
          </NavLink>
        </li>
        <li>
          <NavLink className={link} to="/calendar">
            Calendar
          </NavLink>
        </li>
        <li>
          <NavLink className={link} to="/completed">
            Completed
          </NavLink>
        </li>
        <li>
          <NavLink className={link} to="/filters" end>
            Filters &amp; labels
          </NavLink>
        </li>
        <li>
          <NavLink className={link} to="/invitations">
            Invitations
            {waiting > 0 && (
              <span className="badge" aria-label={`${waiting} waiting`}>
                {waiting}
              </span>
            )}
          </NavLink>
        </li>
        <li>
          <NavLink className={link} to="/activity">
            Activity
          </NavLink>
        </li>
      </ul>
      {favs.length > 0 && (
        <section aria-labelledby="fav-title">
          <h2 id="fav-title" className="nav-title">
            Favorites
          </h2>
          <ul className="nav">
            {favs.map((p) => (
              <li key={p.id}>
                <NavLink className={link} to={`/projects/${p.id}`}>
                  <span className={`dot color-${p.color}`} aria-hidden="true" />
                  {p.name}
                </NavLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="projects-title">
        <h2 id="projects-title" className="nav-title">
          Projects
          <button type="button" className="icon-button" aria-label="Add project" onClick={onNewProject}>
            +
          </button>
        </h2>
        <ul className="nav">
          {tree.map(({ project: p, depth }) => (
            <li key={p.id} style={{ paddingLeft: `${depth * 14}px` }}>
              <NavLink className={link} to={`/projects/${p.id}`}>
                <span className={`dot color-${p.color}`} aria-hidden="true" />
                {p.name}
              </NavLink>
            </li>
          ))}
          {projects.isSuccess && tree.length === 0 && <li className="muted small nav-empty">No projects yet.</li>}
        </ul>
      </section>
      {(filters.data ?? []).length > 0 && (
        <section aria-labelledby="filters-title">
          <h2 id="filters-title" className="nav-title">
            Filters
          </h2>
          <ul className="nav">
            {(filters.data ?? []).map((f) => (
              <li key={f.id}>
                <NavLink className={link} to={`/filters/${f.id}`}>
                  {f.name}
                </NavLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(labels.data ?? []).length > 0 && (
        <section aria-labelledby="labels-title">
          <h2 id="labels-title" className="nav-title">
            Labels
          </h2>
          <ul className="nav">
            {(labels.data ?? []).map((l) => (
              <li key={l.id}>
                <NavLink className={link} to={`/labels/${encodeURIComponent(l.name)}`}>
                  <span className={`dot color-${l.color}`} aria-hidden="true" />@{l.name}
                </NavLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="sidebar-footer">
        <NavLink className={link} to="/settings">
          Settings
        </NavLink>
        <button type="button" className="link" onClick={signOut}>
          Sign out{me.data ? ` (${me.data.name})` : ''}
        </button>
      </div>
    </nav>
  );
}
